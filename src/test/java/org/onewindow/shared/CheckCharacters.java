package org.onewindow.shared;

/**
 * Completes code bodies with their check character, computed here independently of the
 * production code: straight from ISO 7064 MOD 11-2 (GB 11643) and from the definition
 * of GB 32100 (weights 3^i mod 31), not from copied weight tables.
 */
public final class CheckCharacters {

	public static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private CheckCharacters() {
	}

	/** The 17 digits followed by the check character that makes a valid id number. */
	public static String completeIdNumber(String first17) {
		var sum = 0;
		for (var i = 0; i < 17; i++) {
			var weight = pow(2, 17 - i, 11);
			sum += (first17.charAt(i) - '0') * weight;
		}
		var check = (12 - sum % 11) % 11;
		return first17 + (check == 10 ? "X" : Integer.toString(check));
	}

	/** The 17 characters followed by the check character that makes a valid credit code. */
	public static String completeCreditCode(String first17) {
		var sum = 0;
		for (var i = 0; i < 17; i++) {
			var weight = pow(3, i, 31);
			sum += CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * weight;
		}
		return first17 + CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31);
	}

	private static int pow(int base, int exponent, int modulus) {
		var result = 1;
		for (var i = 0; i < exponent; i++) {
			result = result * base % modulus;
		}
		return result;
	}

}
