package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsUnitTests {

	@Test
	void textThatFitsStaysAsItIs() {
		assertThat(Texts.abbreviate("差评整改", 4)).isEqualTo("差评整改");
		assertThat(Texts.abbreviate("", 1)).isEmpty();
		assertThat(Texts.abbreviate(null, 10)).isNull();
	}

	@Test
	void longerTextEndsInAnEllipsisWithinTheLimit() {
		assertThat(Texts.abbreviate("差评整改反馈", 4)).isEqualTo("差评整…").hasSize(4);
		assertThat(Texts.abbreviate("意".repeat(501), 500)).hasSize(500).endsWith("意…");
	}
}
