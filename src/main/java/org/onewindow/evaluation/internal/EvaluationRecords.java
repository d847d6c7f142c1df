package org.onewindow.evaluation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows of the evaluation tables.
 */
public final class EvaluationRecords {

	private EvaluationRecords() {
	}

	/** Something that can be rated: a served ticket or a delivered case. */
	public record RatedService(long id, String kind, Long ticketId, Long caseId, long siteId, Long counterId,
			Long staffId, Long departmentId, String description, String token, Instant finishedAt) {
	}

	/** A rating; card ratings have no service and carry no personal data. */
	public record Rating(long id, Long serviceId, long siteId, Long counterId, Long staffId, Long departmentId,
			Channel channel, Level level, List<String> reasons, String comment, Instant ratedAt, boolean annulled,
			Level followUpLevel, String followUpComment, Instant followedUpAt) {
	}

	/** The rectification (整改) of a 差评. */
	public record Rectification(long id, long ratingId, long siteId, Long departmentId, Long staffId, String service,
			String reason, String status, LocalDate openedOn, Instant openedAt, LocalDate callBackDue,
			LocalDate feedbackDue, String callBackText, Long callBackBy, Instant callBackAt, String verifyText,
			Long verifyBy, Instant verifyAt, String feedbackText, Long feedbackBy, Instant feedbackAt,
			String appealText, Long appealBy, Instant appealAt, String appealDecision, String decisionText,
			Long decidedBy, Instant decidedAt, Instant closedAt, Boolean onTime, boolean annulled, int version,
			int round, LocalDate reopenedOn, Instant reopenedAt, String reopenReason, Boolean earlierOnTime,
			Level revisitLevel, String revisitComment, Instant revisitAt) {

		/** The day the current round's deadlines count from: the 差评, or the 追评 that reopened it. */
		public LocalDate roundOpenedOn() {
			return reopenedOn != null ? reopenedOn : openedOn;
		}

		public boolean open() {
			return "OPEN".equals(status);
		}

		public boolean appealPending() {
			return appealAt != null && appealDecision == null;
		}
	}
}
