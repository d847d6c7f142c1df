package org.onewindow.guidance.internal;

import java.util.TreeMap;

import org.onewindow.guidance.GuidanceEvaluation;

/** Train-only top-1 per tag and per kind. */
public final class GuidanceTrainTags {

	public static void main(String[] args) {
		var engine = GuidanceEvaluation.shippedEngine();
		var total = new TreeMap<String, int[]>();
		for (var p : GuidanceEvaluation.phrasings()) {
			if (!p.split().equals("train")) {
				continue;
			}
			var hits = engine.search(p.q(), 3);
			boolean ok = !hits.isEmpty() && GuidanceTrainDiagnostics.matches(hits.get(0), p.expect());
			String first = p.expect().stream().sorted().findFirst().orElse("");
			String kind = first.startsWith("B") ? "kind:bundle" : first.startsWith("SVC") ? "kind:service"
					: first.contains("-") ? "kind:situation" : "kind:item";
			var keys = new java.util.ArrayList<>(p.tags());
			keys.add(kind);
			keys.add(p.tags().isEmpty() ? "untagged" : "tagged");
			for (String key : keys) {
				int[] c = total.computeIfAbsent(key, k -> new int[2]);
				c[0]++;
				if (ok) {
					c[1]++;
				}
			}
		}
		total.forEach((k, c) -> System.out.printf("%-16s %3d %5.1f%%%n", k, c[0], 100.0 * c[1] / c[0]));
	}
}
