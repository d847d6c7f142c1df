package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingUnitTests {

	@ParameterizedTest
	@CsvSource({ "张三, 张*", "张三丰, 张**", "欧阳修, 欧阳*", "欧阳娜娜, 欧阳**", "司马相如, 司马**", "欧阳, 欧*",
			"' 李四 ', 李*", "王, *", "阿卜杜拉·艾买提, 阿*******", "𠇔三, 𠇔*", "John Smith, J*********" })
	void aNameKeepingOnlyTheSurname(String name, String masked) {
		assertThat(Masking.name(name)).isEqualTo(masked);
	}

	@Test
	void anEmptyNameAsEmpty() {
		assertThat(Masking.name(" ")).isEmpty();
	}

	@Test
	void noNullName() {
		assertThatNullPointerException().isThrownBy(() -> Masking.name(null));
	}

	@ParameterizedTest
	@CsvSource({ "13812345678, 3, 4, 138****5678", "11010519491231002X, 6, 4, 110105********002X",
			"abcdef, 0, 2, ****ef", "abcdef, 2, 0, ab****", "abcdef, 3, 3, ******", "abc, 3, 4, ***",
			"张三丰先生, 1, 1, 张***生" })
	void theMiddleOfAValue(String value, int head, int tail, String masked) {
		assertThat(Masking.middle(value, head, tail)).isEqualTo(masked);
	}

	@Test
	void noNegativeLengthToKeep() {
		assertThatIllegalArgumentException().isThrownBy(() -> Masking.middle("abc", -1, 1));
	}

}
