package org.onewindow.platform.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the one-time codes (验证码) in text messages before staff read them in the outbox: whoever reads a citizen's
 * sign-in code can sign in as that citizen. A message is a code message when its purpose ends in {@code -code}
 * (such as {@code sign-in-code}); there every run of four or more digits is the code or part of it and is masked. In
 * any other message the digits that follow a code word (验证码, 校验码, 动态码, 动态密码, 确认码) closely are masked,
 * so that a code sent under another purpose is hidden too. Everything else (case numbers, dates, tracking numbers)
 * stays whole.
 */
final class OneTimeCodes {

	static final String CODE_PURPOSE_SUFFIX = "-code";

	private static final Pattern DIGIT_RUN = Pattern.compile("(?<!\\d)\\d{4,}(?!\\d)");

	private static final Pattern AFTER_CODE_WORD = Pattern
		.compile("(验证码|校验码|动态码|动态密码|确认码)([^\\d，。；,;]{0,8}?)(\\d{4,8})(?!\\d)");

	private OneTimeCodes() {
	}

	/** The text with its one-time codes replaced by one {@code *} per digit. */
	static String mask(String purpose, String text) {
		if (text == null) {
			return null;
		}
		if (purpose != null && purpose.endsWith(CODE_PURPOSE_SUFFIX)) {
			return DIGIT_RUN.matcher(text).replaceAll(match -> stars(match.group().length()));
		}
		return AFTER_CODE_WORD.matcher(text)
			.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + match.group(2))
					+ stars(match.group(3).length()));
	}

	private static String stars(int count) {
		return "*".repeat(count);
	}
}
