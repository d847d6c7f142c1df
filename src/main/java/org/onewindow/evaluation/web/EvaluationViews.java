package org.onewindow.evaluation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.evaluation.internal.EvaluationRecords.RatedService;
import org.onewindow.evaluation.internal.EvaluationRecords.Rating;
import org.onewindow.evaluation.internal.Level;

/**
 * What the evaluation endpoints answer. Texts are plain text: the front end renders them escaped.
 */
final class EvaluationViews {

	private EvaluationViews() {
	}

	record LevelOption(Level code, String label, boolean bad) {
	}

	record Options(List<LevelOption> levels, List<String> reasons) {
	}

	record RatingView(long id, Level level, String levelLabel, String channel, String channelLabel,
			List<String> reasons, String comment, Instant ratedAt, boolean annulled, Level followUpLevel,
			String followUpLabel, String followUpComment, Instant followedUpAt) {

		static RatingView of(Rating r) {
			return new RatingView(r.id(), r.level(), r.level().label(), r.channel().name(), r.channel().label(),
					r.reasons(), r.comment(), r.ratedAt(), r.annulled(), r.followUpLevel(),
					r.followUpLevel() == null ? null : r.followUpLevel().label(), r.followUpComment(),
					r.followedUpAt());
		}
	}

	/** A service as the citizen sees it (no staff or internal ids besides its own). */
	record PublicService(long id, String kind, String description, Instant finishedAt, RatingView rating,
			boolean followUpAllowed) {

		static PublicService of(RatedService s, Rating rating) {
			return new PublicService(s.id(), s.kind(), s.description(), s.finishedAt(),
					rating == null ? null : RatingView.of(rating),
					rating != null && rating.followedUpAt() == null);
		}
	}

	record StaffService(long id, String kind, Long ticketId, Long caseId, String description, String token,
			String ratingPath, Instant finishedAt, boolean rated) {

		static StaffService of(RatedService s, boolean rated) {
			return new StaffService(s.id(), s.kind(), s.ticketId(), s.caseId(), s.description(), s.token(),
					"/m/rate/" + s.token(), s.finishedAt(), rated);
		}
	}

	record Step(String text, String by, Instant at) {
	}

	record RectificationView(long id, long siteId, String siteName, Long departmentId, String departmentName,
			String staffName, String service, String reason, String status, String light, LocalDate openedOn,
			LocalDate callBackDue, LocalDate feedbackDue, Step callBack, Step verification, Step feedback,
			Step appeal, String appealDecision, Step decision, Instant closedAt, Boolean onTime, boolean annulled,
			int version, RatingView rating, int round, LocalDate reopenedOn, String reopenReason, Revisit revisit,
			List<EarlierRound> earlierRounds) {
	}

	/** The citizen's satisfied 追评, the rectification's 回访 result. */
	record Revisit(String level, String levelLabel, String comment, Instant at) {
	}

	/** A closed round of a rectification reopened by a 追评. */
	record EarlierRound(int round, LocalDate openedOn, LocalDate callBackDue, LocalDate feedbackDue,
			String callBackText, Instant callBackAt, String verifyText, Instant verifyAt, String feedbackText,
			Instant feedbackAt, Instant closedAt, Boolean onTime) {
	}
}
