package org.onewindow.platform;

import java.io.InputStream;
import java.util.Optional;

/**
 * Uploaded scans (PDF, JPEG, PNG) kept on disk under {@code ONEWINDOW_HOME} by their content hash, with a database
 * row per file. The type is decided by the content, never by the file name's extension; names never become paths.
 */
public interface FileStore {

	/**
	 * Stores a file.
	 *
	 * @param originalName the name the citizen's file had, kept for display only
	 * @throws DomainException 400 when the content is empty, too large or not a PDF, JPEG or PNG
	 */
	StoredFile store(String originalName, InputStream content);

	Optional<StoredFile> find(long id);

	/** The content of a stored file. */
	InputStream open(StoredFile file);
}
