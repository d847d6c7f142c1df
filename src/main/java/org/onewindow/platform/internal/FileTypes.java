package org.onewindow.platform.internal;

import java.util.Optional;

/**
 * Decides a file's type from its first bytes (the "magic number"), never from its name: PDF ({@code %PDF-}), JPEG
 * ({@code FF D8 FF}) and PNG (the 8-byte signature) are the scans OneWindow accepts.
 */
final class FileTypes {

	static final String PDF = "application/pdf";
	static final String JPEG = "image/jpeg";
	static final String PNG = "image/png";

	/** How many leading bytes {@link #detect} needs at most. */
	static final int HEAD_LENGTH = 8;

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };
	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private FileTypes() {
	}

	/**
	 * @param head the first bytes of the content
	 * @param length how many of {@code head} are content (a short file has fewer than {@link #HEAD_LENGTH})
	 * @return the media type, or empty for anything else
	 */
	static Optional<String> detect(byte[] head, int length) {
		if (startsWith(head, length, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(head, length, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, length, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] head, int length, byte[] magic) {
		if (length < magic.length || head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
