package org.onewindow.citizen.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.random.RandomGenerator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes sign-in codes and keeps them only as an HMAC-SHA256 under the installation's key, bound to the phone: a copy
 * of the table without the key tells nothing, and a code sent to one phone never opens another.
 */
public final class CodeHasher {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	public CodeHasher(byte[] key) {
		if (key.length < 32) {
			throw new IllegalArgumentException("the key must have at least 256 bits");
		}
		this.key = new SecretKeySpec(key.clone(), ALGORITHM);
	}

	/** Six random digits, leading zeros kept ({@code 004711}). */
	public static String newCode(RandomGenerator random) {
		return "%06d".formatted(random.nextInt(1_000_000));
	}

	public byte[] hash(String phone, String code) {
		try {
			var mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal((phone + ":" + code).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

	/** Compares in constant time. */
	public boolean matches(byte[] hash, String phone, String code) {
		return MessageDigest.isEqual(hash, hash(phone, code));
	}
}
