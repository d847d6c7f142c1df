package org.onewindow.guidance.internal;

import java.util.HashSet;

import org.onewindow.guidance.GuidanceEvaluation;
import org.onewindow.guidance.GuidanceEvaluation.Phrasing;

/** Train-only diagnostics: every train line that misses top-1 or top-3, with the plan and the first five answers. */
public final class GuidanceTrainDiagnostics {

	public static void main(String[] args) {
		var engine = GuidanceEvaluation.shippedEngine();
		boolean top3Only = args.length > 0 && args[0].equals("top3");
		for (Phrasing p : GuidanceEvaluation.phrasings()) {
			if (!p.split().equals("train")) {
				continue;
			}
			var hits = engine.search(p.q(), 5);
			boolean top1 = !hits.isEmpty() && matches(hits.get(0), p.expect());
			var ok = new HashSet<>(p.expect());
			ok.addAll(p.alsoOk());
			boolean top3 = hits.stream().limit(3).anyMatch(h -> matches(h, ok));
			if (top1 || (top3Only && top3)) {
				continue;
			}
			var plan = engine.plan(p.q());
			System.out.printf("#%d %s  expect=%s ok=%s %s | action=%s applicant=%s life=%s%n", p.id(), p.q(), p.expect(),
					p.alsoOk(), top3 ? "" : "TOP3-MISS", plan.action(), plan.applicant(), plan.lifeEvent() + " " + plan.normalized());
			for (var h : hits) {
				System.out.printf("    %.3f %s %s %s%s%n", h.score(), h.type(), h.code(), name(h),
						matches(h, p.expect()) ? "  <== expect" : matches(h, ok) ? "  <- ok" : "");
			}
		}
	}

	static boolean matches(GuidanceEngine.Hit hit, java.util.Set<String> codes) {
		if (codes.contains(hit.code())) {
			return true;
		}
		return (hit.type() == org.onewindow.guidance.ResultType.SITUATION
				|| hit.type() == org.onewindow.guidance.ResultType.ITEM) && codes.contains(hit.doc().item().code());
	}

	static String name(GuidanceEngine.Hit hit) {
		return switch (hit.type()) {
			case SITUATION -> hit.doc().situation().name();
			case ITEM -> hit.doc().item().name();
			case BUNDLE -> hit.doc().bundle().name();
			case SERVICE -> hit.doc().service().name();
		};
	}
}
