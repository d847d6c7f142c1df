package org.onewindow.guidance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.onewindow.catalog.CatalogSetup;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.internal.SeedCatalogReader;
import org.onewindow.guidance.internal.GuidanceEngine;
import org.onewindow.guidance.internal.GuidanceEngine.Hit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores guidance on the labelled citizen phrasings ({@code guidance/phrasings.jsonl}, rules in its README): top-1,
 * top-3, situation accuracy and latency.
 */
public final class GuidanceEvaluation {

	public record Phrasing(int id, String q, Set<String> expect, Set<String> alsoOk, String situation, String split,
			List<String> tags) {
	}

	public record Score(int total, int top1, int top3, int situationTotal, int situationRight, double p50Millis,
			double p99Millis, List<String> misses) {

		public double top1Rate() {
			return total == 0 ? 0 : (double) top1 / total;
		}

		public double top3Rate() {
			return total == 0 ? 0 : (double) top3 / total;
		}

		public double situationRate() {
			return situationTotal == 0 ? 0 : (double) situationRight / situationTotal;
		}

		@Override
		public String toString() {
			return String.format("%d phrasings: top-1 %.1f%%, top-3 %.1f%%, situation %.1f%% (%d/%d), latency p50 %.2f ms p99 %.2f ms",
					total, 100 * top1Rate(), 100 * top3Rate(), 100 * situationRate(), situationRight, situationTotal,
					p50Millis, p99Millis);
		}
	}

	private GuidanceEvaluation() {
	}

	public static GuidanceEngine shippedEngine() {
		return GuidanceEngine.build(CatalogSnapshot.of(1, SeedCatalogReader.read(CatalogSetup.SHIPPED)));
	}

	public static List<Phrasing> phrasings() {
		return phrasings(GuidanceEvaluation.class.getResourceAsStream("/guidance/phrasings.jsonl"));
	}

	/**
	 * The development set: 340 further phrasings written later, blind to the engine and to the labelled set, whose
	 * misses may be read while improving the engine (see the README beside it).
	 */
	public static List<Phrasing> devPhrasings() {
		return phrasings(GuidanceEvaluation.class.getResourceAsStream("/guidance/dev-phrasings.jsonl"));
	}

	/** Phrasings in the same format from another file (a development set kept outside the repository). */
	public static List<Phrasing> phrasings(Path file) {
		try {
			return phrasings(Files.newInputStream(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Phrasing> phrasings(InputStream stream) {
		var json = JsonMapper.builder().build();
		try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			var result = new ArrayList<Phrasing>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = json.readTree(line);
				result.add(new Phrasing(node.get("id").asInt(), node.get("q").asString(), strings(node.get("expect")),
						strings(node.get("alsoOk")), node.get("situation").isNull() ? null : node.get("situation").asString(),
						node.get("split").asString(), List.copyOf(strings(node.get("tags")))));
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> strings(JsonNode array) {
		var set = new HashSet<String>();
		if (array != null) {
			array.forEach(value -> set.add(value.asString()));
		}
		return set;
	}

	public static Score score(GuidanceEngine engine, List<Phrasing> phrasings, Predicate<Phrasing> which) {
		int total = 0;
		int top1 = 0;
		int top3 = 0;
		int situationTotal = 0;
		int situationRight = 0;
		var latencies = new ArrayList<Double>();
		var misses = new ArrayList<String>();
		for (Phrasing phrasing : phrasings) {
			if (!which.test(phrasing)) {
				continue;
			}
			total++;
			long started = System.nanoTime();
			List<Hit> hits = engine.search(phrasing.q(), 5);
			latencies.add((System.nanoTime() - started) / 1e6);
			if (!hits.isEmpty() && matches(hits.get(0), phrasing.expect())) {
				top1++;
			}
			else {
				misses.add(phrasing.id() + " " + phrasing.q() + " → " + (hits.isEmpty() ? "(none)"
						: hits.get(0).code() + " " + name(hits.get(0))) + "  expected " + phrasing.expect());
			}
			var acceptable = new HashSet<>(phrasing.expect());
			acceptable.addAll(phrasing.alsoOk());
			if (hits.stream().limit(3).anyMatch(hit -> matches(hit, acceptable))) {
				top3++;
			}
			if (phrasing.situation() != null) {
				situationTotal++;
				if (hits.stream().filter(hit -> hit.type() == ResultType.SITUATION).findFirst()
					.map(hit -> hit.code().equals(phrasing.situation())).orElse(false)) {
					situationRight++;
				}
			}
		}
		double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new Score(total, top1, top3, situationTotal, situationRight, percentile(sorted, 0.50),
				percentile(sorted, 0.99), misses);
	}

	/** A result matches when its code is expected; a situation or item result also when its item is. */
	static boolean matches(Hit hit, Set<String> codes) {
		if (codes.contains(hit.code())) {
			return true;
		}
		return (hit.type() == ResultType.SITUATION || hit.type() == ResultType.ITEM)
				&& codes.contains(hit.doc().item().code());
	}

	private static String name(Hit hit) {
		return switch (hit.type()) {
			case SITUATION -> hit.doc().situation().name();
			case ITEM -> hit.doc().item().name();
			case BUNDLE -> hit.doc().bundle().name();
			case SERVICE -> hit.doc().service().name();
		};
	}

	static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	/** Prints the figures and the misses: {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test ...}. */
	public static void main(String[] args) {
		var engine = shippedEngine();
		int file = Arrays.asList(args).indexOf("--file");
		var phrasings = file >= 0 ? phrasings(Path.of(args[file + 1]))
				: args.length > 0 && args[0].equals("dev") ? devPhrasings() : phrasings();
		String split = args.length > 0 ? args[0] : "train";
		if (split.equals("--query")) {
			for (Hit hit : engine.search(args[1], 8)) {
				System.out.printf("%.3f %s %s %s | %s%n", hit.score(), hit.type(), hit.code(), name(hit), hit.why());
			}
			return;
		}
		engine.search("预热", 5);
		var score = score(engine, phrasings, p -> split.equals("all") || p.split().equals(split));
		System.out.println(split + ": " + score);
		if (Arrays.asList(args).contains("--tags")) {
			phrasings.stream().flatMap(p -> p.tags().stream()).distinct().sorted().forEach(tag -> System.out.println(
					"  " + tag + ": " + score(engine, phrasings, p -> (split.equals("all") || p.split().equals(split))
							&& p.tags().contains(tag))));
		}
		if (Arrays.asList(args).contains("--misses")) {
			score.misses().forEach(System.out::println);
		}
	}
}
