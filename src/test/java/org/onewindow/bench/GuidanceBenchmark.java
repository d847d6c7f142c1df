package org.onewindow.bench;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.internal.SyntheticCatalog;
import org.onewindow.guidance.GuidanceEvaluation;
import org.onewindow.guidance.GuidanceEvaluation.Phrasing;
import org.onewindow.guidance.internal.GuidanceEngine;

/**
 * The guidance benchmark ({@code bench/guidance-eval/run.sh}): accuracy on the labelled phrasings against the shipped
 * catalog (train and held-out parts), then latency per query on the synthetic 12,500-item / 100,000-situation
 * catalog, in this JVM, after warm-up. Prints figures; asserts nothing.
 */
public final class GuidanceBenchmark {

	private GuidanceBenchmark() {
	}

	public static void main(String[] args) {
		int items = args.length > 0 ? Integer.parseInt(args[0]) : 12_500;
		int perItem = args.length > 1 ? Integer.parseInt(args[1]) : 8;
		List<Phrasing> phrasings = GuidanceEvaluation.phrasings();

		var shipped = GuidanceEvaluation.shippedEngine();
		warmUp(shipped, phrasings);
		System.out.println("shipped catalog, train:   " + GuidanceEvaluation.score(shipped, phrasings, p -> p.split().equals("train")));
		System.out.println("shipped catalog, holdout: " + GuidanceEvaluation.score(shipped, phrasings, p -> p.split().equals("holdout")));
		System.out.println("shipped catalog, dev:     " + GuidanceEvaluation.score(shipped, GuidanceEvaluation.devPhrasings(), p -> true));

		long started = System.nanoTime();
		var content = SyntheticCatalog.generate(items, perItem, 20261121L);
		long generated = System.nanoTime();
		var engine = GuidanceEngine.build(CatalogSnapshot.of(1, content));
		long built = System.nanoTime();
		System.gc();
		long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
		System.out.printf("synthetic catalog %d items / %d situations: generated in %.1f s, index built in %.1f s, heap after build %d MB%n",
				content.items().size(), content.situations().size(), (generated - started) / 1e9, (built - generated) / 1e9,
				heap / (1024 * 1024));
		warmUp(engine, phrasings);
		var latencies = new ArrayList<Double>();
		for (int round = 0; round < 3; round++) {
			for (Phrasing phrasing : phrasings) {
				long t = System.nanoTime();
				engine.search(phrasing.q(), 5);
				latencies.add((System.nanoTime() - t) / 1e6);
			}
		}
		double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		System.out.printf("synthetic catalog latency over %d queries: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
				sorted.length, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1]);
	}

	private static void warmUp(GuidanceEngine engine, List<Phrasing> phrasings) {
		for (int round = 0; round < 2; round++) {
			phrasings.forEach(phrasing -> engine.search(phrasing.q(), 5));
		}
	}

	private static double at(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}
}
