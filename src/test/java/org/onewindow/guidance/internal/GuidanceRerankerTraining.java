package org.onewindow.guidance.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.onewindow.guidance.GuidanceEvaluation;
import org.onewindow.guidance.GuidanceEvaluation.Phrasing;
import org.onewindow.guidance.ResultType;
import org.onewindow.guidance.internal.GuidanceIndex.Doc;

/**
 * Learns the re-ranker's weights ({@code src/main/resources/guidance/reranker.json}) from the <b>train</b> part of the
 * labelled phrasings only: for each train phrasing the engine's first {@code k} candidates and their
 * {@link RerankFeatures}; a linear model with a softmax over the candidates is fitted to put an expected answer first
 * (maximum likelihood of the expected candidates, L2 penalty, full-batch Adam from zero weights: deterministic).
 * {@code k} and the penalty are chosen on the development set ({@code --grid}); the held-out part is never read here.
 * <p>
 * Retrain: {@code java -cp <test classpath> org.onewindow.guidance.internal.GuidanceRerankerTraining} (writes the
 * model file and prints train and dev figures); {@code --grid} prints the selection table instead.
 */
public final class GuidanceRerankerTraining {

	static final int DEFAULT_K = 8;
	static final double DEFAULT_L2 = 0.001;
	static final int MAX_K = 12;
	static final int ITERATIONS = 2000;

	/** How the weights are fitted. */
	enum Learner {
		/** A softmax over the candidates: maximum likelihood of the right ones (the shipped model). */
		LISTWISE,
		/** The logistic loss of each (right, wrong) pair of candidates, averaged over a phrasing's pairs. */
		PAIRWISE
	}

	/** The learner and the number of Adam steps {@link #fit} uses ({@code --learner=pairwise}, {@code --iterations=}). */
	private static Learner learner = Learner.LISTWISE;
	private static int iterations = ITERATIONS;
	static final Path MODEL = Path.of("src/main/resources/guidance/reranker.json");

	/** One phrasing's candidates: features and which of them are right at rank 1. */
	record Example(float[][] features, boolean[] right) {

		Example limit(int k) {
			int n = Math.min(k, features.length);
			return new Example(Arrays.copyOf(features, n), Arrays.copyOf(right, n));
		}

		boolean anyRight() {
			for (boolean r : right) {
				if (r) {
					return true;
				}
			}
			return false;
		}
	}

	public static void main(String[] args) throws IOException {
		var engine = GuidanceEvaluation.shippedEngine().withReranker(Reranker.NONE);
		List<Phrasing> train = GuidanceEvaluation.phrasings().stream().filter(p -> p.split().equals("train")).toList();
		List<Phrasing> dev = GuidanceEvaluation.devPhrasings();
		var trainExamples = examples(engine, train);
		var devExamples = examples(engine, dev);
		var masked = new boolean[RerankFeatures.SIZE];
		learner = Learner.valueOf(stringArg(args, "--learner=", "listwise").toUpperCase(Locale.ROOT));
		iterations = intArg(args, "--iterations=", ITERATIONS);
		for (String arg : args) {
			if (arg.startsWith("--without=")) {
				for (String name : arg.substring("--without=".length()).split(",")) {
					masked[RerankFeatures.NAMES.indexOf(name)] = true;
				}
			}
		}
		if (Arrays.asList(args).contains("--show")) {
			// development-set lines whose right answer is among the candidates but not first (dev misses may be read)
			boolean trainSplit = Arrays.asList(args).contains("--train");
			var lines = trainSplit ? train : dev;
			for (Phrasing p : lines) {
				var c = engine.candidates(p.q(), 6);
				if (c.docs().isEmpty() || matches(c.docs().get(0), p.expect())) {
					continue;
				}
				boolean any = c.docs().stream().anyMatch(doc -> matches(doc, p.expect()));
				System.out.printf("#%d %s %s%s%n", p.id(), p.q(), p.expect(), any ? "" : "  (not in first 6)");
				for (int i = 0; i < c.docs().size(); i++) {
					Doc doc = c.docs().get(i);
					String name = switch (doc.type()) {
						case SITUATION, ITEM -> doc.situation().name();
						case BUNDLE -> doc.bundle().name();
						case SERVICE -> doc.service().name();
					};
					System.out.printf("   %s %.2f %s %s%n", matches(doc, p.expect()) ? "*" : " ", c.scores()[i] / c.scores()[0],
							doc.code(), name);
				}
			}
			return;
		}
		if (Arrays.asList(args).contains("--cost")) {
			// the added cost of re-ranking per query: the same queries searched alternately without and with the model
			var withModel = engine.withReranker(Reranker.shipped());
			var queries = new ArrayList<String>();
			train.forEach(p -> queries.add(p.q()));
			dev.forEach(p -> queries.add(p.q()));
			long[] totals = new long[2];
			var plain = new ArrayList<Double>();
			var reranked = new ArrayList<Double>();
			for (int round = 0; round < 6; round++) {
				for (String q : queries) {
					long t0 = System.nanoTime();
					engine.search(q, 5);
					long t1 = System.nanoTime();
					withModel.search(q, 5);
					long t2 = System.nanoTime();
					if (round > 0) {
						totals[0] += t1 - t0;
						totals[1] += t2 - t1;
						plain.add((t1 - t0) / 1e6);
						reranked.add((t2 - t1) / 1e6);
					}
				}
			}
			int n = 5 * queries.size();
			System.out.printf(Locale.ROOT, "mean per query: engine order %.3f ms, re-ranked %.3f ms%n", totals[0] / 1e6 / n,
					totals[1] / 1e6 / n);
			plain.sort(null);
			reranked.sort(null);
			System.out.printf(Locale.ROOT, "p50 %.3f → %.3f ms, p99 %.3f → %.3f ms%n", plain.get(plain.size() / 2),
					reranked.get(reranked.size() / 2), plain.get(plain.size() * 99 / 100), reranked.get(reranked.size() * 99 / 100));
			return;
		}
		if (Arrays.asList(args).contains("--ablate")) {
			// each group of features left out in turn, at the default k and two penalties (selection on dev only)
			var groups = new java.util.LinkedHashMap<String, List<String>>();
			groups.put("none", List.of());
			groups.put("engine order", List.of("score_ratio", "log_score_ratio", "first", "reciprocal_rank"));
			groups.put("type", List.of("bundle", "service"));
			groups.put("action/applicant", List.of("action_match", "action_mismatch", "no_action_first_variant",
					"no_action_named_variant", "first_variant", "applicant_match", "applicant_mismatch"));
			groups.put("bundle signals", List.of("bundle_life_event", "bundle_many", "bundle_named_document",
					"bundle_other_action", "bundle_same_action"));
			groups.put("concepts", List.of("concepts_matched"));
			groups.put("siblings", List.of("siblings_in_candidates", "same_item_as_first"));
			groups.put("query in fields", List.of("query_in_name", "query_in_variant", "query_in_aliases",
					"query_in_phrases", "query_in_best_phrase", "query_in_text", "last_clause_in_text"));
			groups.put("is max", List.of("best_phrase_is_max", "variant_is_max", "text_is_max", "name_is_max"));
			for (var group : groups.entrySet()) {
				var without = masked.clone();
				group.getValue().forEach(name -> without[RerankFeatures.NAMES.indexOf(name)] = true);
				for (double l2 : new double[] { 0.001, 0.002 }) {
					float[] w = fit(trainExamples, DEFAULT_K, l2, without);
					System.out.printf(Locale.ROOT, "without %-18s l2=%.3f  train top-1 %s  dev top-1 %s%n", group.getKey(),
							l2, top1(trainExamples, w, DEFAULT_K), top1(devExamples, w, DEFAULT_K));
				}
			}
			return;
		}
		if (Arrays.asList(args).contains("--grid")) {
			System.out.printf("engine order: train top-1 %s, dev top-1 %s%n", top1(trainExamples, null, MAX_K),
					top1(devExamples, null, MAX_K));
			for (int k : new int[] { 3, 5, 8, 12 }) {
				for (double l2 : new double[] { 0.0003, 0.001, 0.002, 0.004, 0.01 }) {
					float[] w = fit(trainExamples, k, l2, masked);
					System.out.printf(Locale.ROOT, "k=%2d l2=%.4f  train top-1 %s  dev top-1 %s%n", k, l2,
							top1(trainExamples, w, k), top1(devExamples, w, k));
				}
			}
			return;
		}
		int k = intArg(args, "--k=", DEFAULT_K);
		double l2 = doubleArg(args, "--l2=", DEFAULT_L2);
		float[] w = fit(trainExamples, k, l2, masked);
		var model = new Reranker(k, w);
		model.weights().forEach((name, weight) -> System.out.printf(Locale.ROOT, "  %-26s %8.4f%n", name, weight));
		var trainSet = GuidanceEvaluation.phrasings();
		var before = engine;
		var after = engine.withReranker(model);
		System.out.println("train before: " + GuidanceEvaluation.score(before, trainSet, p -> p.split().equals("train")));
		System.out.println("train after:  " + GuidanceEvaluation.score(after, trainSet, p -> p.split().equals("train")));
		System.out.println("dev before:   " + GuidanceEvaluation.score(before, dev, p -> true));
		System.out.println("dev after:    " + GuidanceEvaluation.score(after, dev, p -> true));
		if (Arrays.asList(args).contains("--changes")) {
			// development-set lines whose first answer changes between right and wrong (dev lines may be read), against
			// the engine's order or, with --base=<model file>, against that model
			String base = stringArg(args, "--base=", null);
			if (base != null) {
				try (var stream = Files.newInputStream(Path.of(base))) {
					before = engine.withReranker(Reranker.read(stream));
				}
				System.out.println("base model (" + base + ") train: "
						+ GuidanceEvaluation.score(before, trainSet, p -> p.split().equals("train")));
				System.out.println("base model (" + base + ") dev:   " + GuidanceEvaluation.score(before, dev, p -> true));
			}
			for (Phrasing p : dev) {
				var b = before.search(p.q(), 3);
				var a = after.search(p.q(), 3);
				boolean rb = !b.isEmpty() && matches(b.get(0).doc(), p.expect()) && b.get(0).type() != ResultType.ITEM;
				boolean ra = !a.isEmpty() && matches(a.get(0).doc(), p.expect()) && a.get(0).type() != ResultType.ITEM;
				if (rb != ra) {
					System.out.printf("%s #%d %s %s: %s → %s%n", ra ? "FIXED" : "BROKEN", p.id(), p.q(), p.expect(),
							b.get(0).code(), a.get(0).code());
				}
			}
		}
		if (!Arrays.asList(args).contains("--dry")) {
			Files.createDirectories(MODEL.getParent());
			Files.writeString(MODEL, json(k, l2, w), StandardCharsets.UTF_8);
			System.out.println("wrote " + MODEL.toAbsolutePath());
		}
	}

	static List<Example> examples(GuidanceEngine engine, List<Phrasing> phrasings) {
		var result = new ArrayList<Example>();
		for (Phrasing phrasing : phrasings) {
			var candidates = engine.candidates(phrasing.q(), MAX_K);
			boolean[] right = new boolean[candidates.docs().size()];
			for (int i = 0; i < right.length; i++) {
				right[i] = matches(candidates.docs().get(i), phrasing.expect());
			}
			result.add(new Example(candidates.features(), right));
		}
		return result;
	}

	/** The scoring rule of the evaluation: the code is expected, or a situation's item is. */
	static boolean matches(Doc doc, Set<String> expect) {
		return expect.contains(doc.code()) || doc.type() == ResultType.SITUATION && expect.contains(doc.item().code());
	}

	/**
	 * Minimises the mean over phrasings of -log(sum of the softmax probabilities of the right candidates) (the
	 * listwise learner; the pairwise one: the mean logistic loss of the phrasing's (right, wrong) pairs) plus
	 * {@code l2}·|w|², by full-batch Adam from zero weights. Phrasings whose candidates are all right or all wrong
	 * carry no gradient.
	 */
	static float[] fit(List<Example> examples, int k, double l2, boolean[] masked) {
		return fit(examples, k, l2, masked, learner, iterations);
	}

	/** {@link #fit(List, int, double, boolean[])} with the given learner and number of steps. */
	static float[] fit(List<Example> examples, int k, double l2, boolean[] masked, Learner learner, int iterations) {
		int d = RerankFeatures.SIZE;
		double[] w = new double[d];
		double[] m = new double[d];
		double[] v = new double[d];
		var usable = examples.stream().map(e -> e.limit(k)).filter(Example::anyRight).toList();
		double rate = 0.05;
		for (int t = 1; t <= iterations; t++) {
			double[] gradient = new double[d];
			for (Example e : usable) {
				int n = e.features().length;
				double[] s = new double[n];
				double max = Double.NEGATIVE_INFINITY;
				for (int i = 0; i < n; i++) {
					for (int j = 0; j < d; j++) {
						s[i] += w[j] * e.features()[i][j];
					}
					max = Math.max(max, s[i]);
				}
				double[] raw = s.clone();
				double all = 0;
				double good = 0;
				for (int i = 0; i < n; i++) {
					s[i] = Math.exp(s[i] - max);
					all += s[i];
					good += e.right()[i] ? s[i] : 0;
				}
				if (learner == Learner.PAIRWISE) {
					// logistic loss of each (right, wrong) pair, averaged over the phrasing's pairs
					int pairs = 0;
					double[] g = new double[n];
					for (int a = 0; a < n; a++) {
						for (int b = 0; b < n; b++) {
							if (e.right()[a] && !e.right()[b]) {
								double p = 1 / (1 + Math.exp(raw[a] - raw[b]));
								g[a] -= p;
								g[b] += p;
								pairs++;
							}
						}
					}
					for (int i = 0; i < n && pairs > 0; i++) {
						for (int j = 0; j < d; j++) {
							gradient[j] += g[i] / pairs * e.features()[i][j];
						}
					}
					continue;
				}
				for (int i = 0; i < n; i++) {
					// d(-log good/all)/ds_i = p_i - (right ? s_i/good : 0)
					double g = s[i] / all - (e.right()[i] ? s[i] / good : 0);
					for (int j = 0; j < d; j++) {
						gradient[j] += g * e.features()[i][j];
					}
				}
			}
			for (int j = 0; j < d; j++) {
				double g = masked[j] ? 0 : gradient[j] / usable.size() + 2 * l2 * w[j];
				m[j] = 0.9 * m[j] + 0.1 * g;
				v[j] = 0.999 * v[j] + 0.001 * g * g;
				double mHat = m[j] / (1 - Math.pow(0.9, t));
				double vHat = v[j] / (1 - Math.pow(0.999, t));
				w[j] -= rate * mHat / (Math.sqrt(vHat) + 1e-8);
			}
		}
		float[] result = new float[d];
		for (int j = 0; j < d; j++) {
			result[j] = masked[j] ? 0 : (float) w[j];
		}
		return result;
	}

	/** Top-1 over the examples when the first {@code k} are put in the model's order (null: the engine's order). */
	static String top1(List<Example> examples, float[] w, int k) {
		int right = 0;
		var model = w == null ? Reranker.NONE : new Reranker(k, w);
		for (Example e : examples) {
			if (e.features().length == 0) {
				continue;
			}
			var limited = e.limit(k);
			int first = model.active() ? model.order(limited.features())[0] : 0;
			right += limited.right()[first] ? 1 : 0;
		}
		return String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * right / examples.size(), right, examples.size());
	}

	static String json(int k, double l2, float[] w) {
		var out = new StringBuilder();
		out.append("{\n  \"about\": \"Guidance re-ranker: linear weights over the engine's first k candidates, learned on the train ")
			.append("phrasings only by org.onewindow.guidance.internal.GuidanceRerankerTraining (see docs/guidance.md, Re-ranking)\",\n");
		out.append("  \"k\": ").append(k).append(",\n");
		out.append("  \"l2\": ").append(l2).append(",\n");
		out.append("  \"features\": [\n");
		for (int i = 0; i < w.length; i++) {
			out.append(String.format(Locale.ROOT, "    {\"name\": \"%s\", \"weight\": %.5f}%s%n", RerankFeatures.NAMES.get(i),
					w[i], i + 1 < w.length ? "," : ""));
		}
		out.append("  ]\n}\n");
		return out.toString();
	}

	private static String stringArg(String[] args, String prefix, String fallback) {
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return arg.substring(prefix.length());
			}
		}
		return fallback;
	}

	private static int intArg(String[] args, String prefix, int fallback) {
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return Integer.parseInt(arg.substring(prefix.length()));
			}
		}
		return fallback;
	}

	private static double doubleArg(String[] args, String prefix, double fallback) {
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return Double.parseDouble(arg.substring(prefix.length()));
			}
		}
		return fallback;
	}
}
