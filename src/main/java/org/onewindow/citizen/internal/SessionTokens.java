package org.onewindow.citizen.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import org.onewindow.platform.Sha256;

/**
 * The {@code OW_CITIZEN} cookie's value: 256 random bits, base64url. The database keeps only its SHA-256 (a random
 * token of that length needs no key), so a copy of the session table opens nobody's session.
 */
public final class SessionTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private SessionTokens() {
	}

	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether a cookie value can be a token at all (anything else is not looked up). */
	public static boolean wellFormed(String token) {
		return token != null && SHAPE.matcher(token).matches();
	}

	public static byte[] hash(String token) {
		return Sha256.digest(token);
	}
}
