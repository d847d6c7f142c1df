package org.onewindow.guidance.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * Sentence embeddings of a Chinese text-embedding model (BAAI bge-small-zh-v1.5, quantized, run in process by ONNX
 * Runtime): a text becomes a unit vector, and two texts that mean the same thing in different words (腿脚不方便 /
 * 行动不便) lie close. The model is loaded once per JVM; the vectors of texts seen before are kept.
 */
final class SentenceEmbeddings {

	private static volatile BgeSmallZhV15QuantizedEmbeddingModel model;

	private final Map<String, float[]> known = new ConcurrentHashMap<>();

	private static BgeSmallZhV15QuantizedEmbeddingModel model() {
		var current = model;
		if (current == null) {
			synchronized (SentenceEmbeddings.class) {
				current = model;
				if (current == null) {
					current = new BgeSmallZhV15QuantizedEmbeddingModel();
					model = current;
				}
			}
		}
		return current;
	}

	/** The unit vector of a text, computed once. */
	float[] of(String text) {
		float[] vector = known.get(text);
		if (vector == null) {
			vector = unit(model().embed(text).content().vector());
			known.put(text, vector);
		}
		return vector;
	}

	/** The unit vector of a text, computed anew and not kept (a citizen's query). */
	float[] ofQuery(String text) {
		float[] vector = known.get(text);
		return vector != null ? vector : unit(model().embed(text).content().vector());
	}

	/** Computes the vectors of texts not seen yet, in batches. */
	void precompute(List<String> texts) {
		var missing = texts.stream().distinct().filter(text -> !known.containsKey(text)).toList();
		for (int from = 0; from < missing.size(); from += 64) {
			var batch = missing.subList(from, Math.min(missing.size(), from + 64));
			var vectors = model().embedAll(batch.stream().map(TextSegment::from).toList()).content();
			for (int i = 0; i < batch.size(); i++) {
				known.put(batch.get(i), unit(vectors.get(i).vector()));
			}
		}
	}

	/** Reads vectors written by {@link #write}, keeping those of texts not seen yet. */
	void read(java.io.DataInputStream in) throws java.io.IOException {
		int count = in.readInt();
		int dimensions = in.readInt();
		for (int n = 0; n < count; n++) {
			String text = in.readUTF();
			float[] vector = new float[dimensions];
			for (int i = 0; i < dimensions; i++) {
				vector[i] = in.readFloat();
			}
			known.putIfAbsent(text, vector);
		}
	}

	void write(java.io.DataOutputStream out) throws java.io.IOException {
		var entries = new java.util.TreeMap<>(known);
		out.writeInt(entries.size());
		out.writeInt(entries.isEmpty() ? 0 : entries.firstEntry().getValue().length);
		for (var entry : entries.entrySet()) {
			out.writeUTF(entry.getKey());
			for (float v : entry.getValue()) {
				out.writeFloat(v);
			}
		}
	}

	int size() {
		return known.size();
	}

	Map<String, float[]> known() {
		return known;
	}

	static float cosine(float[] a, float[] b) {
		float sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static float[] unit(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
		float[] result = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			result[i] = vector[i] * scale;
		}
		return result;
	}
}
