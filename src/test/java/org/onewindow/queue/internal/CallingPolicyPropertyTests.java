package org.onewindow.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The priority policy simulated on one category: whatever the arrivals, a waiting normal ticket is passed by at
 * most {@code ratio} priority tickets in a row, every ticket is called exactly once, and lanes keep their order.
 */
class CallingPolicyPropertyTests {

	/** One step of a day: a priority arrival, a normal arrival, or a call. */
	enum Step {
		PRIORITY, NORMAL, CALL
	}

	@Provide
	Arbitrary<List<Step>> days() {
		return Arbitraries.of(Step.class).list().ofMinSize(1).ofMaxSize(300);
	}

	@Property
	void noNormalTicketIsStarved(@ForAll("days") List<Step> day, @ForAll @IntRange(min = 1, max = 6) int ratio) {
		var priority = new ArrayDeque<Integer>();
		var normal = new ArrayDeque<Integer>();
		var calls = new LinkedList<Boolean>(); // most recent first
		var called = new ArrayList<Integer>();
		int next = 0;
		int passedWhileNormalWaits = 0;
		for (Step step : day) {
			switch (step) {
				case PRIORITY -> priority.add(next++);
				case NORMAL -> normal.add(next++);
				case CALL -> {
					boolean normalWaiting = !normal.isEmpty();
					Boolean wasPriority = call(priority, normal, calls, ratio, called);
					if (wasPriority == null) {
						break;
					}
					if (wasPriority && normalWaiting) {
						passedWhileNormalWaits++;
						assertThat(passedWhileNormalWaits).isLessThanOrEqualTo(ratio);
					}
					if (!wasPriority) {
						passedWhileNormalWaits = 0;
					}
				}
			}
		}
		// the day ends with calls until both lanes are empty: everything issued is called exactly once
		while (call(priority, normal, calls, ratio, called) != null) {
			// keep calling
		}
		assertThat(called).hasSize(next).doesNotHaveDuplicates();
	}

	@Property
	void withOnlyOneLaneTheOrderIsTheOrderOfIssue(@ForAll @IntRange(min = 1, max = 100) int tickets,
			@ForAll @IntRange(min = 1, max = 6) int ratio, @ForAll boolean priorityLane) {
		var priority = new ArrayDeque<Integer>();
		var normal = new ArrayDeque<Integer>();
		for (int i = 0; i < tickets; i++) {
			(priorityLane ? priority : normal).add(i);
		}
		var called = new ArrayList<Integer>();
		var calls = new LinkedList<Boolean>();
		while (call(priority, normal, calls, ratio, called) != null) {
			// keep calling
		}
		assertThat(called).isSorted().hasSize(tickets);
	}

	/** Calls one ticket as the counter would; null when both lanes are empty. */
	private static Boolean call(Deque<Integer> priority, Deque<Integer> normal, LinkedList<Boolean> calls, int ratio,
			List<Integer> called) {
		var decision = CallingPolicy.decide(calls.subList(0, Math.min(ratio, calls.size())), ratio);
		for (CallingPolicy.Lane lane : decision.order()) {
			var queue = lane == CallingPolicy.Lane.PRIORITY ? priority : normal;
			if (!queue.isEmpty()) {
				called.add(queue.poll());
				calls.addFirst(lane == CallingPolicy.Lane.PRIORITY);
				return lane == CallingPolicy.Lane.PRIORITY;
			}
		}
		return null;
	}
}
