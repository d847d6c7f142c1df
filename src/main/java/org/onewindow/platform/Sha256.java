package org.onewindow.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text (its UTF-8 bytes), for secrets and keys that are stored or compared only as their hash. */
public final class Sha256 {

	private Sha256() {
	}

	public static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** The digest as 64 lower-case hexadecimal digits. */
	public static String hex(String text) {
		return HexFormat.of().formatHex(digest(text));
	}
}
