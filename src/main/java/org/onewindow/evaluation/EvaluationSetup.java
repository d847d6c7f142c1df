package org.onewindow.evaluation;

import java.util.Arrays;
import java.util.List;

import org.onewindow.evaluation.internal.EvaluationRecords.RatedService;
import org.onewindow.evaluation.internal.EvaluationRecords.Rectification;
import org.onewindow.evaluation.internal.Level;
import org.onewindow.evaluation.internal.RatingService;
import org.onewindow.evaluation.internal.RatingService.Verdict;
import org.onewindow.evaluation.internal.RectificationService;
import org.springframework.stereotype.Service;

/**
 * 好差评 steps for code that runs without a browser (the demo county's cases), through the services the HTTP
 * endpoints named in the comments call: the clerk hands out a delivered case's rating link, the citizen rates with it
 * (no staff in the security context, as on the citizen's phone), the department records the 回访 of the
 * rectification a 差评 opened. Never exposed over HTTP.
 */
@Service
public class EvaluationSetup {

	private final RatingService ratings;
	private final RectificationService rectifications;

	EvaluationSetup(RatingService ratings, RectificationService rectifications) {
		this.ratings = ratings;
		this.rectifications = rectifications;
	}

	/**
	 * {@code GET /api/evaluation/services?caseId=}: the rating token of a delivered case, as the staff member of the
	 * security context hands it out (QR code on the receipt).
	 */
	public String ratingToken(long caseId) {
		return service(caseId).token();
	}

	/**
	 * {@code POST /api/public/evaluation/ratings/{token}}: the citizen's rating (online, after the delivery).
	 *
	 * @param level one of the five levels as the citizen reads them: 非常满意, 满意, 基本满意, 不满意, 非常不满意
	 * @param reasons for a 差评, reasons of the national list (服务效率, 服务态度 …)
	 * @return the rating's id
	 */
	public long rate(String token, String level, List<String> reasons, String comment) {
		Level chosen = Arrays.stream(Level.values())
			.filter(l -> l.label().equals(level))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no such level: " + level));
		return ratings.rateByToken(token, new Verdict(chosen, reasons, comment)).id();
	}

	/**
	 * {@code POST /api/evaluation/rectifications/{id}/call-back}: the 回访 of the rectification the rating opened, by
	 * the department's staff member of the security context.
	 */
	public void callBack(long ratingId, String text) {
		Rectification r = rectifications.inbox(true)
			.stream()
			.filter(open -> open.ratingId() == ratingId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("rating " + ratingId + " has no open rectification here"));
		rectifications.callBack(r.id(), r.version(), text);
	}

	private RatedService service(long caseId) {
		return ratings.services(caseId, null)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("case " + caseId + " has no service to rate yet"));
	}
}
