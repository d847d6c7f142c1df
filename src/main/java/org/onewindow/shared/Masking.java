package org.onewindow.shared;

import java.util.Objects;
import java.util.Set;

/**
 * Masks personal data for display, logs and {@code toString()}.
 */
public final class Masking {

	private static final char MASK = '*';

	/** Common two-character (compound) surnames, kept whole like a single-character one. */
	private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
			"公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯", "澹台", "轩辕", "端木", "独孤", "南宫", "西门", "百里",
			"呼延", "万俟", "申屠", "太史", "闻人", "钟离", "宗政", "濮阳", "公冶", "赫连", "拓跋", "司空", "第五");

	private Masking() {
	}

	/**
	 * Masks a person's name, keeping only the surname: {@code 张三} → {@code 张*},
	 * {@code 张三丰} → {@code 张**}, {@code 欧阳娜娜} → {@code 欧阳**}. A compound surname is
	 * kept whole only when a given name follows it ({@code 欧阳} alone → {@code 欧*}). Every
	 * other character (letters, the middle dot of minority names) becomes one {@code *},
	 * so the length stays visible but nothing else. A one-character name is fully masked.
	 */
	public static String name(String name) {
		var stripped = Objects.requireNonNull(name, "name").strip();
		var length = stripped.codePointCount(0, stripped.length());
		if (length <= 1) {
			return String.valueOf(MASK).repeat(length);
		}
		var surnameLength = length > 2 && COMPOUND_SURNAMES.contains(firstCodePoints(stripped, 2)) ? 2 : 1;
		return firstCodePoints(stripped, surnameLength) + String.valueOf(MASK).repeat(length - surnameLength);
	}

	/**
	 * Replaces every character except the first {@code head} and the last {@code tail}
	 * with {@code *}: {@code middle("13812345678", 3, 4)} → {@code 138****5678}. A value
	 * too short to keep both ends is fully masked.
	 */
	public static String middle(String value, int head, int tail) {
		Objects.requireNonNull(value, "value");
		if (head < 0 || tail < 0) {
			throw new IllegalArgumentException("head and tail must not be negative");
		}
		var length = value.codePointCount(0, value.length());
		if (head + tail >= length) {
			return String.valueOf(MASK).repeat(length);
		}
		var tailStart = value.offsetByCodePoints(0, length - tail);
		return firstCodePoints(value, head) + String.valueOf(MASK).repeat(length - head - tail)
				+ value.substring(tailStart);
	}

	private static String firstCodePoints(String value, int count) {
		return value.substring(0, value.offsetByCodePoints(0, count));
	}

}
