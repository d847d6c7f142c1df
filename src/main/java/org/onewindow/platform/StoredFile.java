package org.onewindow.platform;

import java.time.Instant;

/**
 * A file in the {@link FileStore}.
 *
 * @param mediaType {@code application/pdf}, {@code image/jpeg} or {@code image/png}, from the content
 * @param sha256 the hex SHA-256 of the content
 */
public record StoredFile(long id, String sha256, String mediaType, long size, String originalName,
		Instant storedAt) {
}
