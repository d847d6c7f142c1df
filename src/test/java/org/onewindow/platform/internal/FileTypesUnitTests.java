package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileTypesUnitTests {

	static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	@Test
	void pdfJpegAndPngAreKnownByTheirFirstBytes() {
		assertThat(detect("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileTypes.PDF);
		assertThat(detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F' }))
			.isEqualTo(FileTypes.JPEG);
		assertThat(detect(PNG_SIGNATURE)).isEqualTo(FileTypes.PNG);
	}

	@Test
	void anExecutableIsRefusedWhateverItsName() {
		assertThat(detect(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 })).isNull();
		assertThat(detect(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 })).isNull();
	}

	@Test
	void nearMissesAndShortContentAreRefused() {
		assertThat(detect("%PDF".getBytes(StandardCharsets.US_ASCII))).as("magic cut short").isNull();
		assertThat(detect(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).as("leading space").isNull();
		assertThat(detect("%pdf-1.4".getBytes(StandardCharsets.US_ASCII))).as("lower case").isNull();
		assertThat(detect(new byte[] { (byte) 0xFF, (byte) 0xD8 })).as("two JPEG bytes").isNull();
		assertThat(detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, 0 })).as("broken PNG").isNull();
		assertThat(detect("<html><body>".getBytes(StandardCharsets.US_ASCII))).isNull();
		assertThat(detect(new byte[0])).isNull();
	}

	@Test
	void onlyTheBytesThatWereReadCount() {
		byte[] head = new byte[FileTypes.HEAD_LENGTH];
		System.arraycopy(PNG_SIGNATURE, 0, head, 0, 8);
		assertThat(FileTypes.detect(head, 7)).isEmpty();
		assertThat(FileTypes.detect(head, 8)).contains(FileTypes.PNG);
	}

	private static String detect(byte[] content) {
		byte[] head = new byte[FileTypes.HEAD_LENGTH];
		int length = Math.min(content.length, head.length);
		System.arraycopy(content, 0, head, 0, length);
		return FileTypes.detect(head, length).orElse(null);
	}
}
