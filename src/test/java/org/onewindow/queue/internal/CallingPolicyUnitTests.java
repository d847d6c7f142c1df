package org.onewindow.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.onewindow.queue.internal.CallingPolicy.Lane.NORMAL;
import static org.onewindow.queue.internal.CallingPolicy.Lane.PRIORITY;

import java.util.List;

import org.junit.jupiter.api.Test;

class CallingPolicyUnitTests {

	@Test
	void theGreenChannelGoesFirstAtTheStartOfTheDay() {
		var decision = CallingPolicy.decide(List.of(), 3);
		assertThat(decision.order()).containsExactly(PRIORITY, NORMAL);
		assertThat(decision.reason()).isEqualTo("priority-first");
	}

	@Test
	void afterRatioPriorityCallsInARowTheNormalQueueGoesFirst() {
		assertThat(CallingPolicy.decide(List.of(true, true, true), 3).order()).containsExactly(NORMAL, PRIORITY);
		assertThat(CallingPolicy.decide(List.of(true, true, true, false), 3).reason()).isEqualTo("ratio-reached");
	}

	@Test
	void aNormalCallAmongTheLatestResetsTheCount() {
		assertThat(CallingPolicy.decide(List.of(true, false, true), 3).order()).containsExactly(PRIORITY, NORMAL);
		assertThat(CallingPolicy.decide(List.of(true, true), 3).order()).containsExactly(PRIORITY, NORMAL);
	}

	@Test
	void theRatioIsAtLeastOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> CallingPolicy.decide(List.of(), 0));
	}
}
