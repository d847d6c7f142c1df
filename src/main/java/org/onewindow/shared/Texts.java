package org.onewindow.shared;

/**
 * Text that must fit a field or a message: an SMS, a reminder's title, a ledger entry's subject.
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * The text as it is when it has at most {@code max} characters, otherwise its first {@code max - 1} characters and
	 * "…" ({@code max} in all); null stays null.
	 */
	public static String abbreviate(String text, int max) {
		if (text == null) {
			return null;
		}
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
