package org.onewindow.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The evaluation harness in CI: on the held-out part of the labelled citizen phrasings, at least 95% have an
 * acceptable answer among the first three. (The figures themselves are reported by {@code bench/guidance-eval}.)
 */
class GuidanceEvaluationTests {

	@Test
	void heldOutPhrasingsFindAnAcceptableAnswerInTheTopThree() {
		var score = GuidanceEvaluation.score(GuidanceEvaluation.shippedEngine(), GuidanceEvaluation.phrasings(),
				phrasing -> phrasing.split().equals("holdout"));
		System.out.println("guidance holdout: " + score);
		assertThat(score.total()).isGreaterThanOrEqualTo(200);
		assertThat(score.top3Rate()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
	}
}
