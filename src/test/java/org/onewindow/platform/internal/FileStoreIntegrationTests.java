package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.FileStore;
import org.onewindow.platform.StoredFile;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The file store on disk: what goes in comes back, bad content is refused before a row exists, and the disk only
 * ever sees hashes.
 */
@HallIntegrationTest
class FileStoreIntegrationTests {

	@Autowired
	FileStore files;

	@Autowired
	PlatformProperties platform;

	@Autowired
	FileStoreProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void aStoredFileComesBackWithItsTypeHashAndName() throws IOException {
		byte[] pdf = pdf();
		StoredFile stored = files.store("营业执照申请表.pdf", new ByteArrayInputStream(pdf));

		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(stored.sha256()).isEqualTo(sha256(pdf));
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.originalName()).isEqualTo("营业执照申请表.pdf");
		assertThat(files.find(stored.id())).contains(stored);
		try (InputStream in = files.open(stored)) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		Path onDisk = store().resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256());
		assertThat(onDisk).exists().hasBinaryContent(pdf);
		assertThat(files.find(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void theOriginalNameNeverBecomesAPath() {
		String marker = "evil" + UUID.randomUUID().toString().substring(0, 8);
		byte[] png = png();
		StoredFile traversal = files.store("../../../../tmp/" + marker + "/../etc/passwd", new ByteArrayInputStream(png));
		StoredFile withNul = files.store(marker + "\u0000.png", new ByteArrayInputStream(jpeg()));

		assertThat(traversal.originalName()).isEqualTo("passwd");
		assertThat(withNul.originalName()).isEqualTo(marker + ".png");
		assertThat(withNul.mediaType()).as("type from the content, not the name").isEqualTo("image/jpeg");
		assertThat(Path.of("/tmp", marker)).doesNotExist();
		try (Stream<Path> all = Files.walk(store())) {
			List<Path> paths = all.toList();
			assertThat(paths).noneMatch(path -> path.toString().contains(marker) || path.toString().contains("passwd"));
			assertThat(paths).contains(store().resolve(traversal.sha256().substring(0, 2)).resolve(traversal.sha256()),
					store().resolve(withNul.sha256().substring(0, 2)).resolve(withNul.sha256()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void equalContentIsKeptOnceOnDiskWithARowPerUpload() throws IOException {
		byte[] jpeg = jpeg();
		StoredFile first = files.store("身份证正面.jpg", new ByteArrayInputStream(jpeg));
		StoredFile second = files.store("扫描件.jpeg", new ByteArrayInputStream(jpeg));

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(second.originalName()).isEqualTo("扫描件.jpeg");
		try (Stream<Path> folder = Files.list(store().resolve(first.sha256().substring(0, 2)))) {
			assertThat(folder.filter(path -> path.getFileName().toString().equals(first.sha256()))).hasSize(1);
		}
		try (InputStream in = files.open(second)) {
			assertThat(in.readAllBytes()).isEqualTo(jpeg);
		}
	}

	@Test
	void anExecutableRenamedToPdfIsRefused() {
		byte[] exe = ("MZ\u0090\u0000 This program cannot be run in DOS mode " + UUID.randomUUID())
			.getBytes(StandardCharsets.ISO_8859_1);
		assertRefused(() -> files.store("营业执照.pdf", new ByteArrayInputStream(exe)), "file.unsupported-type");
		assertThat(rowsWith(sha256(exe))).isZero();
		assertThat(store().resolve(sha256(exe).substring(0, 2)).resolve(sha256(exe))).doesNotExist();
	}

	@Test
	void anEmptyFileIsRefused() {
		assertRefused(() -> files.store("空白.pdf", InputStream.nullInputStream()), "file.empty");
	}

	@Test
	void theSizeLimitIsCountedOnTheBytesReadNotOnAnyDeclaredSize() {
		long max = properties.maxSize().toBytes();
		var endless = new EndlessPdf();
		assertRefused(() -> files.store("大文件.pdf", endless), "file.too-large");
		assertThat(endless.served).as("stopped reading soon after the limit").isGreaterThan(max).isLessThan(max + 1024 * 1024);
		assertThat(messages.getMessage("file.too-large.detail", new Object[] { DiskFileStore.readable(max) },
				Locale.SIMPLIFIED_CHINESE)).contains("10 MB");

		// the same content every run: kept once on disk however often the tests run
		byte[] exactly = new byte[(int) max];
		System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, exactly, 0, 9);
		assertThat(files.store("刚好.pdf", new ByteArrayInputStream(exactly)).size()).isEqualTo(max);
	}

	@Test
	void refusedUploadsLeaveNoTemporaryFilesBehind() throws IOException {
		Path tmp = store().resolve("tmp");
		files.store("a.png", new ByteArrayInputStream(png()));
		assertRefused(() -> files.store("b.pdf", new ByteArrayInputStream("not a pdf".getBytes(StandardCharsets.UTF_8))),
				"file.unsupported-type");
		assertRefused(() -> files.store("c.pdf", new EndlessPdf()), "file.too-large");
		try (Stream<Path> left = Files.list(tmp)) {
			assertThat(left).isEmpty();
		}
	}

	private void assertRefused(Runnable upload, String code) {
		assertThatThrownBy(upload::run).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.code()).isEqualTo(code);
			assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(messages.getMessage(code + ".title", null, Locale.SIMPLIFIED_CHINESE)).isNotBlank();
		});
	}

	private long rowsWith(String sha256) {
		return jdbc.sql("select count(*) from pf_file where sha256 = :sha").param("sha", sha256).query(Long.class).single();
	}

	private Path store() {
		return platform.home().resolve("files").toAbsolutePath().normalize();
	}

	/** A unique small PDF, so that every test run stores new content. */
	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + UUID.randomUUID() + "\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] png() {
		byte[] tail = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
		byte[] png = new byte[8 + tail.length];
		System.arraycopy(FileTypesUnitTests.PNG_SIGNATURE, 0, png, 0, 8);
		System.arraycopy(tail, 0, png, 8, tail.length);
		return png;
	}

	static byte[] jpeg() {
		byte[] tail = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
		byte[] jpeg = new byte[4 + tail.length];
		jpeg[0] = (byte) 0xFF;
		jpeg[1] = (byte) 0xD8;
		jpeg[2] = (byte) 0xFF;
		jpeg[3] = (byte) 0xE0;
		System.arraycopy(tail, 0, jpeg, 4, tail.length);
		return jpeg;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A PDF that never ends, as a client lying about its size would send. */
	static final class EndlessPdf extends InputStream {

		private static final byte[] HEAD = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

		long served;

		@Override
		public int read() {
			return served < HEAD.length ? HEAD[(int) served++] : (int) (served++ & 0x7F);
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			for (int i = 0; i < length; i++) {
				buffer[offset + i] = (byte) read();
			}
			return length;
		}
	}
}
