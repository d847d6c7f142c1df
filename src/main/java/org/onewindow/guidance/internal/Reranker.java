package org.onewindow.guidance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A linear re-ranker over the engine's first {@code k} candidates: each candidate's {@link RerankFeatures} are
 * weighted and summed, and the candidates are put in the order of that sum (the engine's order breaks ties). The
 * weights are learned on the train phrasings ({@code GuidanceRerankerTraining} in the test tree) and shipped as
 * {@code guidance/reranker.json}, the feature names next to their weights.
 */
final class Reranker {

	static final String RESOURCE = "/guidance/reranker.json";

	/** Keeps the engine's order. */
	static final Reranker NONE = new Reranker(0, new float[RerankFeatures.SIZE]);

	private final int k;
	private final float[] weights;

	Reranker(int k, float[] weights) {
		if (weights.length != RerankFeatures.SIZE) {
			throw new IllegalArgumentException("expected " + RerankFeatures.SIZE + " weights, got " + weights.length);
		}
		this.k = k;
		this.weights = weights.clone();
	}

	/** The shipped model, or {@link #NONE} when none is shipped. */
	static Reranker shipped() {
		try (InputStream stream = Reranker.class.getResourceAsStream(RESOURCE)) {
			return stream == null ? NONE : read(stream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads {@code {"k": 8, "features": [{"name": "score_ratio", "weight": 1.2}, …]}}; unknown names are an error. */
	static Reranker read(InputStream stream) {
		JsonNode root = JsonMapper.builder().build().readTree(stream);
		float[] weights = new float[RerankFeatures.SIZE];
		for (JsonNode feature : root.get("features")) {
			String name = feature.get("name").asString();
			int index = RerankFeatures.NAMES.indexOf(name);
			if (index < 0) {
				throw new IllegalArgumentException("unknown re-ranking feature " + name);
			}
			weights[index] = (float) feature.get("weight").asDouble();
		}
		return new Reranker(root.get("k").asInt(), weights);
	}

	int k() {
		return k;
	}

	boolean active() {
		return k > 1;
	}

	/** The weights by feature name, in the order of {@link RerankFeatures#NAMES}. */
	Map<String, Float> weights() {
		var result = new LinkedHashMap<String, Float>();
		for (int i = 0; i < weights.length; i++) {
			result.put(RerankFeatures.NAMES.get(i), weights[i]);
		}
		return result;
	}

	float score(float[] features) {
		float sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * features[i];
		}
		return sum;
	}

	/** The candidates' positions in the re-ranked order, best first; equal sums keep the engine's order. */
	int[] order(float[][] features) {
		float[] sums = new float[features.length];
		Integer[] positions = new Integer[features.length];
		for (int i = 0; i < features.length; i++) {
			sums[i] = score(features[i]);
			positions[i] = i;
		}
		Arrays.sort(positions, Comparator.<Integer>comparingDouble(i -> -sums[i]).thenComparingInt(i -> i));
		return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
	}
}
