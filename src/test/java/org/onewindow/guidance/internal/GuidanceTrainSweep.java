package org.onewindow.guidance.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.onewindow.guidance.GuidanceEvaluation;
import org.onewindow.guidance.GuidanceEvaluation.Phrasing;

/**
 * Train-only fitting of the engine's boost factors: coordinate search over a grid, scored by 5-fold cross-validation
 * on the train lines (fit on four folds, score the fifth). Holdout lines are never read.
 */
public final class GuidanceTrainSweep {

	static final String[] PARAMS = { "ACTION_MATCH", "ACTION_MISMATCH", "NAMED_VARIANT", "FIRST_VARIANT",
			"APPLICANT_MATCH", "APPLICANT_MISMATCH", "PERSON_DEFAULT", "BUNDLE_LIFE_EVENT", "BUNDLE_OTHER_ACTION",
			"BUNDLE_SAME_ACTION", "SERVICE", "BUNDLE_NAMED_DOCUMENT", "SIBLING_SPREAD" };

	static final float[] GRID = { 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.85f, 0.9f, 0.95f, 1.0f, 1.05f, 1.1f, 1.15f, 1.2f, 1.3f, 1.4f,
			1.6f, 1.8f, 2.0f, 2.4f, 2.8f };

	public static void main(String[] args) throws Exception {
		var engine = GuidanceEvaluation.shippedEngine();
		var train = GuidanceEvaluation.phrasings().stream().filter(p -> p.split().equals("train")).toList();
		while (args.length > 0 && args[0].contains("=")) {
			String[] pair = args[0].split("=");
			GuidanceEngine.class.getDeclaredField(pair[0]).setFloat(null, Float.parseFloat(pair[1]));
			args = java.util.Arrays.copyOfRange(args, 1, args.length);
		}
		if (args.length > 0 && args[0].equals("fields")) {
			for (int a = 1; a < args.length; a++) {
				Field field = GuidanceIndex.class.getDeclaredField(args[a]);
				float original = field.getFloat(null);
				var line = new StringBuilder(args[a]).append(':');
				for (float factor : new float[] { 0.25f, 0.5f, 0.75f, 1.0f, 1.33f, 2.0f }) {
					field.setFloat(null, original * factor);
					line.append(String.format(" x%.2f→%.4f", factor, objective(GuidanceEvaluation.shippedEngine(), train)));
				}
				field.setFloat(null, original);
				System.out.println(line);
			}
			return;
		}
		float[] start = get();
		if (args.length > 0 && args[0].equals("scan")) {
			for (int a = 1; a < args.length; a++) {
				Field field = GuidanceEngine.class.getDeclaredField(args[a]);
				var line = new StringBuilder(args[a]).append(':');
				for (float value : GRID) {
					field.setFloat(null, value);
					line.append(String.format(" %.2f→%.4f", value, objective(engine, train)));
				}
				System.out.println(line);
				set(start);
			}
			return;
		}
		System.out.printf("start %s  train %.4f%n", str(start), objective(engine, train));
		int folds = 5;
		double cv = 0;
		for (int f = 0; f < folds; f++) {
			set(start);
			int fold = f;
			var fit = new ArrayList<Phrasing>();
			var test = new ArrayList<Phrasing>();
			for (int i = 0; i < train.size(); i++) {
				(i % folds == fold ? test : fit).add(train.get(i));
			}
			float[] best = search(engine, fit);
			set(best);
			double score = objective(engine, test);
			set(start);
			double base = objective(engine, test);
			System.out.printf("fold %d fitted %s  test %.4f (start %.4f)%n", f, str(best), score, base);
			cv += score;
		}
		System.out.printf("cv %.4f%n", cv / folds);
		set(start);
		float[] all = search(engine, train);
		set(all);
		System.out.printf("all %s  train %.4f%n", str(all), objective(engine, train));
	}

	static float[] search(GuidanceEngine engine, List<Phrasing> lines) throws Exception {
		double best = objective(engine, lines);
		for (int round = 0; round < 2; round++) {
			boolean improved = false;
			for (String name : PARAMS) {
				Field field = GuidanceEngine.class.getDeclaredField(name);
				float current = field.getFloat(null);
				float bestValue = current;
				for (float value : GRID) {
					field.setFloat(null, value);
					double score = objective(engine, lines);
					if (score > best + 1e-9) {
						best = score;
						bestValue = value;
						improved = true;
					}
				}
				field.setFloat(null, bestValue);
			}
			if (!improved) {
				break;
			}
		}
		return get();
	}

	/** top-1 + top-3/2 over the lines. */
	static double objective(GuidanceEngine engine, List<Phrasing> lines) {
		int top1 = 0;
		int top3 = 0;
		for (Phrasing p : lines) {
			var hits = engine.search(p.q(), 3);
			if (!hits.isEmpty() && GuidanceTrainDiagnostics.matches(hits.get(0), p.expect())) {
				top1++;
			}
			var ok = new HashSet<>(p.expect());
			ok.addAll(p.alsoOk());
			if (hits.stream().anyMatch(h -> GuidanceTrainDiagnostics.matches(h, ok))) {
				top3++;
			}
		}
		return (top1 + top3 / 2.0) / lines.size();
	}

	static float[] get() throws Exception {
		float[] values = new float[PARAMS.length];
		for (int i = 0; i < PARAMS.length; i++) {
			values[i] = GuidanceEngine.class.getDeclaredField(PARAMS[i]).getFloat(null);
		}
		return values;
	}

	static void set(float[] values) throws Exception {
		for (int i = 0; i < PARAMS.length; i++) {
			GuidanceEngine.class.getDeclaredField(PARAMS[i]).setFloat(null, values[i]);
		}
	}

	static String str(float[] values) {
		var out = new StringBuilder();
		for (int i = 0; i < PARAMS.length; i++) {
			out.append(PARAMS[i]).append('=').append(values[i]).append(' ');
		}
		return out.toString();
	}
}
