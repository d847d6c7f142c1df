package org.onewindow.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onewindow.platform.DomainException;
import org.onewindow.platform.FileStore;
import org.onewindow.platform.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link FileStore} on the local disk: {@code $ONEWINDOW_HOME/files/<first 2 hex>/<sha256>}. The folder and the
 * file name come only from the content's hash, so no name a citizen sends can reach the file system.
 * <p>
 * The content streams into a temporary file in {@code files/tmp} while its SHA-256 is computed and its size counted
 * (the limit is enforced on the bytes actually read, never on a declared size); the type comes from the first bytes.
 * Accepted content is moved atomically to its place, so a reader never sees half a file. Equal content is kept once on
 * disk; every upload still gets its own {@code pf_file} row with its own original name and time. A row whose
 * transaction rolls back leaves its content on disk, where the next upload of the same content finds it.
 */
@Component
class DiskFileStore implements FileStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final JdbcClient jdbc;
	private final Clock clock;
	private final Path root;
	private final long maxSize;

	DiskFileStore(JdbcClient jdbc, Clock clock, PlatformProperties platform, FileStoreProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.root = platform.home().resolve("files").toAbsolutePath().normalize();
		this.maxSize = properties.maxSize().toBytes();
	}

	@Override
	@Transactional
	public StoredFile store(String originalName, InputStream content) {
		Objects.requireNonNull(content, "content");
		String displayName = FileNames.forDisplay(originalName);
		Path temp = null;
		try {
			Path tempFolder = Files.createDirectories(root.resolve("tmp"));
			temp = Files.createTempFile(tempFolder, "upload-", ".part");
			var received = receive(content, temp);
			if (received.size() == 0) {
				throw DomainException.badRequest("file.empty");
			}
			String mediaType = FileTypes.detect(received.head(), received.headLength())
				.orElseThrow(() -> DomainException.badRequest("file.unsupported-type"));
			Path target = pathOf(received.sha256());
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				moveInPlace(temp, target);
			}
			// microseconds, as PostgreSQL keeps them, so that the returned file equals the one read back
			OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
			long id = jdbc.sql("""
					insert into pf_file (sha256, media_type, size, original_name, stored_at)
					values (:sha256, :mediaType, :size, :originalName, :storedAt)
					returning id
					""")
				.param("sha256", received.sha256())
				.param("mediaType", mediaType)
				.param("size", received.size())
				.param("originalName", displayName)
				.param("storedAt", now)
				.query(Long.class)
				.single();
			return new StoredFile(id, received.sha256(), mediaType, received.size(), displayName, now.toInstant());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an uploaded file", ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// a leftover in files/tmp is harmless
				}
			}
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredFile> find(long id) {
		return jdbc.sql("select id, sha256, media_type, size, original_name, stored_at from pf_file where id = :id")
			.param("id", id)
			.query(DiskFileStore::storedFile)
			.optional();
	}

	@Override
	public InputStream open(StoredFile file) {
		try {
			return Files.newInputStream(pathOf(file.sha256()));
		}
		catch (NoSuchFileException ex) {
			throw DomainException.notFound("file.content-missing", String.valueOf(file.id()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read stored file " + file.id(), ex);
		}
	}

	/** Where content with this hash lives; refuses anything but 64 lowercase hex digits. */
	Path pathOf(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
		}
		Path path = root.resolve(sha256.substring(0, 2)).resolve(sha256).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalStateException("file path outside the store: " + path);
		}
		return path;
	}

	private Received receive(InputStream content, Path temp) throws IOException {
		MessageDigest digest = sha256();
		byte[] head = new byte[FileTypes.HEAD_LENGTH];
		int headLength = 0;
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(temp)) {
			int read;
			while ((read = content.read(buffer)) != -1) {
				if (read == 0) {
					continue;
				}
				size += read;
				if (size > maxSize) {
					throw DomainException.badRequest("file.too-large", readable(maxSize));
				}
				if (headLength < head.length) {
					int take = Math.min(head.length - headLength, read);
					System.arraycopy(buffer, 0, head, headLength, take);
					headLength += take;
				}
				digest.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		return new Received(HexFormat.of().formatHex(digest.digest()), size, head, headLength);
	}

	private static void moveInPlace(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			// another upload of the same content got there first: same bytes, nothing to do
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("files/tmp and the store must be on one file system", ex);
		}
	}

	/** {@code 10 MB}, {@code 512 KB} or {@code 100 字节}, as the limit is shown to the citizen. */
	static String readable(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return bytes / 1024 + " KB";
		}
		return bytes + " 字节";
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static StoredFile storedFile(ResultSet rs, int row) throws SQLException {
		return new StoredFile(rs.getLong("id"), rs.getString("sha256"), rs.getString("media_type"), rs.getLong("size"),
				rs.getString("original_name"), rs.getObject("stored_at", OffsetDateTime.class).toInstant());
	}

	private record Received(String sha256, long size, byte[] head, int headLength) {
	}
}
