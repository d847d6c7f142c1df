package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionUnitTests {

	@Test
	void formatsTheChineseMessageOfItsCodeWithItsArguments() {
		var exception = new InvalidValueException("shared.id-number.check-digit", "X");

		assertThat(exception.code()).isEqualTo("shared.id-number.check-digit");
		assertThat(exception.args()).containsExactly("X");
		assertThat(exception.getMessage()).isEqualTo("身份证号码校验位错误（按前17位计算，最后一位应为X），请逐位核对后重新输入");
		assertThat(exception).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void formatsNumbersWithoutGroupingSeparators() {
		var exception = new InvalidValueException("shared.credit-code.length", 1234);

		assertThat(exception.getMessage()).contains("您输入的是1234位");
	}

	@Test
	void fallsBackToTheCodeForAnUnknownCode() {
		var exception = new InvalidValueException("shared.no-such-code", "a", 1);

		assertThat(exception.getMessage()).isEqualTo("shared.no-such-code [a, 1]");
	}

	@Test
	void doesNotExposeItsArgumentsForChange() {
		var exception = new InvalidValueException("shared.id-number.check-digit", "X");

		exception.args()[0] = "5";

		assertThat(exception.args()).containsExactly("X");
	}

	@Test
	void theFallbackBundleIsIdenticalToTheChineseOne() throws IOException {
		assertThat(resource("/i18n/shared.properties")).isEqualTo(resource("/i18n/shared_zh_CN.properties"));
	}

	@Test
	void everyMessageIsAChineseMessageFormatPatternForASharedCode() throws IOException {
		var messages = new Properties();
		try (var in = getClass().getResourceAsStream("/i18n/shared_zh_CN.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}

		assertThat(messages).isNotEmpty();
		messages.forEach((code, pattern) -> {
			assertThat((String) code).matches("shared\\.[a-z-]+\\.[a-z0-9-]+");
			assertThat((String) pattern).as(code.toString())
				.containsPattern("\\p{IsHan}")
				.doesNotContain("'")
				.isEqualTo(new MessageFormat((String) pattern, Locale.SIMPLIFIED_CHINESE).toPattern());
		});
	}

	private byte[] resource(String path) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return in.readAllBytes();
		}
	}

}
