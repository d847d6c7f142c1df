package org.onewindow.platform.internal;

import java.text.Normalizer;

/**
 * Turns the name a citizen's file had into a name that is safe to show: no folders ({@code ../../etc/passwd} →
 * {@code passwd}), no control or direction-changing characters, no leading dots, at most {@link #MAX_LENGTH}
 * characters with the extension kept. The name is only ever displayed; files on disk are named by their hash.
 */
final class FileNames {

	static final int MAX_LENGTH = 120;

	static final String UNNAMED = "未命名文件";

	private static final int MAX_EXTENSION_LENGTH = 10;

	private FileNames() {
	}

	static String forDisplay(String originalName) {
		if (originalName == null) {
			return UNNAMED;
		}
		String name = Normalizer.normalize(originalName, Normalizer.Form.NFC);
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		var clean = new StringBuilder(name.length());
		name.codePoints().forEach(cp -> {
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
				clean.append(' ');
			}
			else if (!isInvisible(cp)) {
				clean.appendCodePoint(cp);
			}
		});
		name = clean.toString().replaceAll(" {2,}", " ").strip().replaceFirst("^[.\\s]+", "");
		if (name.isEmpty()) {
			return UNNAMED;
		}
		return shortened(name);
	}

	/** Control characters (NUL, line breaks, …), format characters (right-to-left overrides, zero widths), unassigned. */
	private static boolean isInvisible(int cp) {
		int type = Character.getType(cp);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
				|| type == Character.PRIVATE_USE || type == Character.SURROGATE;
	}

	private static String shortened(String name) {
		int length = name.codePointCount(0, name.length());
		if (length <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 ? name.substring(dot) : "";
		int extensionLength = extension.codePointCount(0, extension.length());
		if (extensionLength > MAX_EXTENSION_LENGTH) {
			extension = "";
			extensionLength = 0;
		}
		String base = extension.isEmpty() ? name : name.substring(0, dot);
		int keep = MAX_LENGTH - extensionLength - 1;
		return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + "…" + extension;
	}
}
