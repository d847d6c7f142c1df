package org.onewindow.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.evaluation.internal.RatingService.Verdict;

/**
 * The pure rules of 好差评: which levels are 差评, the reason list, what a verdict keeps, what counts as personal
 * data on an anonymous card, the rating token.
 */
class EvaluationUnitTests {

	@Test
	void onlyTheLastTwoLevelsAreBad() {
		assertThat(Arrays.stream(Level.values()).filter(Level::bad)).containsExactly(Level.DISSATISFIED,
				Level.VERY_DISSATISFIED);
		assertThat(Arrays.stream(Level.values()).map(Level::label)).containsExactly("非常满意", "满意", "基本满意", "不满意",
				"非常不满意");
	}

	@Test
	void theNationalOnSiteReasonsAreEightWithOtherLast() {
		assertThat(BadRatingReasons.ON_SITE).hasSize(8).startsWith("服务效率", "服务水平", "服务态度").endsWith("其他");
		assertThat(BadRatingReasons.known("服务环境")).isTrue();
		assertThat(BadRatingReasons.known("态度太好")).isFalse();
	}

	@Test
	void aVerdictDropsDuplicateReasonsAndBlankText() {
		var verdict = new Verdict(Level.DISSATISFIED, List.of("服务态度", "服务态度", "办理时限"), "   ");
		assertThat(verdict.reasons()).containsExactly("服务态度", "办理时限");
		assertThat(verdict.comment()).isNull();
		assertThat(new Verdict(Level.SATISFIED, null, " 很好 ").comment()).isEqualTo("很好");
	}

	@Test
	void idAndMobileNumbersArePersonalDataButOtherNumbersAreNot() {
		assertThat(RatingService.containsPersonalData("身份证110101199003070011")).isTrue();
		assertThat(RatingService.containsPersonalData("11010119900307001X号")).isTrue();
		assertThat(RatingService.containsPersonalData("电话 13912345678")).isTrue();
		assertThat(RatingService.containsPersonalData("电话１３９１２３４５６７８")).as("full-width").isTrue();
		assertThat(RatingService.containsPersonalData("电话 139-1234-5678")).as("in groups").isTrue();
		assertThat(RatingService.containsPersonalData("11010119900307001Ｘ")).as("full-width X").isTrue();
		assertThat(RatingService.containsPersonalData("等了 45 分钟，3号窗口")).isFalse();
		assertThat(RatingService.containsPersonalData("办件 12-20261121-0003")).isFalse();
		assertThat(RatingService.containsPersonalData("23912345678")).isFalse();
		assertThat(RatingService.containsPersonalData(null)).isFalse();
	}

	@Test
	void ratingTokensAreLongAndDifferent() {
		String one = RatingService.newToken();
		assertThat(one).hasSize(32).matches("[A-Za-z0-9_-]+");
		assertThat(RatingService.newToken()).isNotEqualTo(one);
	}
}
