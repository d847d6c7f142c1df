package org.onewindow.evaluation.web;

import java.time.Instant;
import java.util.List;

import org.onewindow.evaluation.internal.EvaluationRecords.Rectification;
import org.onewindow.evaluation.internal.RatingLookup;
import org.onewindow.evaluation.internal.RectificationService;
import org.onewindow.evaluation.web.EvaluationViews.EarlierRound;
import org.onewindow.evaluation.web.EvaluationViews.RatingView;
import org.onewindow.evaluation.web.EvaluationViews.RectificationView;
import org.onewindow.evaluation.web.EvaluationViews.Revisit;
import org.onewindow.evaluation.web.EvaluationViews.Step;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.StaffManagement;
import org.springframework.stereotype.Component;

/**
 * A rectification with the names, the lamp and its rating, as the inbox and the detail page show it.
 */
@Component
class RectificationViews {

	private final RectificationService rectifications;
	private final RatingLookup ratings;
	private final SiteManagement sites;
	private final StaffManagement staff;

	RectificationViews(RectificationService rectifications, RatingLookup ratings, SiteManagement sites,
			StaffManagement staff) {
		this.rectifications = rectifications;
		this.ratings = ratings;
		this.sites = sites;
		this.staff = staff;
	}

	RectificationView view(Rectification r) {
		var rating = ratings.rating(r.ratingId());
		return new RectificationView(r.id(), r.siteId(), sites.findSite(r.siteId()).map(s -> s.name()).orElse(""),
				r.departmentId(),
				r.departmentId() == null ? null
						: sites.findDepartment(r.departmentId()).map(d -> d.name()).orElse(null),
				r.staffId() == null ? null : name(r.staffId()), r.service(), r.reason(), r.status(),
				rectifications.light(r), r.openedOn(), r.callBackDue(), r.feedbackDue(),
				step(r.callBackText(), r.callBackBy(), r.callBackAt()),
				step(r.verifyText(), r.verifyBy(), r.verifyAt()),
				step(r.feedbackText(), r.feedbackBy(), r.feedbackAt()),
				step(r.appealText(), r.appealBy(), r.appealAt()), r.appealDecision(),
				step(r.decisionText(), r.decidedBy(), r.decidedAt()), r.closedAt(), r.onTime(), r.annulled(),
				r.version(), RatingView.of(rating), r.round(), r.reopenedOn(), r.reopenReason(),
				r.revisitAt() == null ? null
						: new Revisit(r.revisitLevel().name(), r.revisitLevel().label(), r.revisitComment(),
								r.revisitAt()),
				r.round() == 1 ? List.<EarlierRound>of()
						: rectifications.earlierRounds(r.id())
							.stream()
							.map(x -> new EarlierRound(x.round(), x.openedOn(), x.callBackDue(), x.feedbackDue(),
									x.callBackText(), x.callBackAt(), x.verifyText(), x.verifyAt(), x.feedbackText(),
									x.feedbackAt(), x.closedAt(), x.onTime()))
							.toList());
	}

	private Step step(String text, Long by, Instant at) {
		return at == null ? null : new Step(text, by == null ? null : name(by), at);
	}

	private String name(long staffId) {
		return staff.find(staffId).map(s -> s.displayName()).orElse("#" + staffId);
	}
}
