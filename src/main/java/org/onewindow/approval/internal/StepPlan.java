package org.onewindow.approval.internal;

import java.util.List;
import java.util.OptionalInt;

import org.onewindow.catalog.ApprovalStep;
import org.onewindow.catalog.StepRole;

/**
 * A situation's steps as the handbook defines them, read as the back office's route: the steps of the
 * {@link StepRole#ACCEPTOR} role were done at the front desk and are skipped; approving a step moves to the next
 * back-office step, returning goes to the previous one, and the last back-office step decides.
 */
public record StepPlan(List<ApprovalStep> steps) {

	public StepPlan {
		steps = List.copyOf(steps);
	}

	/** The first back-office step; empty when the front desk did everything (an instant member of a bundle). */
	public OptionalInt first() {
		return next(-1);
	}

	public OptionalInt next(int index) {
		for (int i = index + 1; i < steps.size(); i++) {
			if (backOffice(i)) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	public OptionalInt previous(int index) {
		for (int i = Math.min(index, steps.size()) - 1; i >= 0; i--) {
			if (backOffice(i)) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	public boolean isLast(int index) {
		return next(index).isEmpty();
	}

	public ApprovalStep step(int index) {
		return steps.get(index);
	}

	/** The back-office steps only, in order. */
	public List<ApprovalStep> backOfficeSteps() {
		return steps.stream().filter(step -> step.role() != StepRole.ACCEPTOR).toList();
	}

	/** The 1-based position of a step among the back-office steps ("第 2 步，共 3 步"). */
	public int position(int index) {
		int position = 0;
		for (int i = 0; i <= index && i < steps.size(); i++) {
			if (backOffice(i)) {
				position++;
			}
		}
		return position;
	}

	private boolean backOffice(int index) {
		return steps.get(index).role() != StepRole.ACCEPTOR;
	}
}
