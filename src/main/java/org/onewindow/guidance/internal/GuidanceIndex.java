package org.onewindow.guidance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.HallService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.guidance.ResultType;

/**
 * The in-memory search index of one published catalog version: every situation, bundle and hall service is a
 * document with weighted fields; each term (HanLP word, character bigram, pinyin syllable bigram, word initials,
 * word pinyin) has a posting list of precomputed BM25 impacts, so a query costs one pass over the postings of its
 * terms.
 */
public final class GuidanceIndex {

	/* Field weights (checked on the train phrasings by coordinate search and 5-fold cross-validation). */
	static final float NAME = 3.0f;
	static final float ALIAS = 2.0f;
	static final float PHRASE = 1.5f;
	static final float CONTEXT = 0.4f;
	static final float MEMBER = 1.0f;
	static final float ITEM_NAME = 2.1f;
	static final float DETAIL = 1.5f;
	static final float KEYWORD = 1.2f;
	static final float SERVICE_PHRASE = 1.8f;

	private static final float K1 = 1.2f;
	private static final float B = 0.5f;

	private final int version;
	private final Doc[] docs;
	private final Map<String, Postings> postings;

	private GuidanceIndex(int version, Doc[] docs, Map<String, Postings> postings) {
		this.version = version;
		this.docs = docs;
		this.postings = postings;
	}

	int version() {
		return version;
	}

	Doc doc(int id) {
		return docs[id];
	}

	int size() {
		return docs.length;
	}

	/** The HanLP words and character bigrams of the index with (about) the number of documents containing each. */
	Map<String, Integer> wordFrequencies() {
		var frequencies = new HashMap<String, Integer>();
		postings.forEach((term, list) -> {
			if (term.startsWith("w:")) {
				frequencies.merge(term.substring(2), list.docs().length, Math::max);
			}
			else if (term.startsWith("b:") && term.length() == 4) {
				// character bigrams stand in for words the segmenter does not know (通办, 补证)
				frequencies.merge(term.substring(2), 1 + list.docs().length / 20, Math::max);
			}
		});
		return frequencies;
	}

	Postings postings(String term) {
		return postings.get(term);
	}

	/** One searchable entry. */
	public record Doc(ResultType type, String code, Situation situation, ServiceItem item, Bundle bundle, HallService service,
			String searchText) {
	}

	/** The documents containing a term, with the term's impact in each. */
	record Postings(int[] docs, float[] impacts) {
	}

	static GuidanceIndex build(CatalogSnapshot snapshot) {
		var builder = new Builder();
		for (Situation situation : snapshot.content().situations()) {
			ServiceItem item = snapshot.item(situation.itemCode()).orElseThrow();
			var fields = new ArrayList<Field>();
			fields.add(new Field(NAME, situation.name()));
			fields.add(new Field(ITEM_NAME, item.name()));
			fields.add(new Field(DETAIL, situation.actionDetail()));
			situation.aliases().forEach(alias -> fields.add(new Field(ALIAS, alias)));
			item.keywords().forEach(keyword -> fields.add(new Field(KEYWORD, keyword)));
			situation.phrases().forEach(phrase -> fields.add(new Field(PHRASE, phrase)));
			situation.faqs().forEach(faq -> fields.add(new Field(CONTEXT, faq.q())));
			fields.add(new Field(CONTEXT, situation.guide()));
			builder.add(new Doc(ResultType.SITUATION, situation.code(), situation, item, null, null,
					text(fields)), fields);
		}
		for (Bundle bundle : snapshot.content().bundles()) {
			var fields = new ArrayList<Field>();
			fields.add(new Field(NAME, bundle.name().replace("一件事", "")));
			fields.add(new Field(ALIAS, bundle.lifeEvent()));
			bundle.phrases().forEach(phrase -> fields.add(new Field(SERVICE_PHRASE, phrase)));
			bundle.members()
				.forEach(member -> snapshot.situation(member.situation())
					.ifPresent(situation -> fields.add(new Field(MEMBER, situation.name()))));
			fields.add(new Field(CONTEXT, bundle.guide()));
			builder.add(new Doc(ResultType.BUNDLE, bundle.code(), null, null, bundle, null, text(fields)), fields);
		}
		for (HallService service : snapshot.content().hallServices()) {
			var fields = new ArrayList<Field>();
			fields.add(new Field(NAME, service.name()));
			service.phrases().forEach(phrase -> fields.add(new Field(SERVICE_PHRASE, phrase)));
			fields.add(new Field(CONTEXT, service.description()));
			builder.add(new Doc(ResultType.SERVICE, service.code(), null, null, null, service, text(fields)), fields);
		}
		return builder.build(snapshot.version());
	}

	private static String text(List<Field> fields) {
		var text = new StringBuilder();
		fields.forEach(field -> text.append(TextAnalyzer.normalize(field.text() == null ? "" : field.text())).append(' '));
		return text.toString();
	}

	record Field(float weight, String text) {
	}

	/** Terms of a piece of text, each with its kind prefix. */
	static List<String> terms(String text) {
		String normalized = TextAnalyzer.normalize(text);
		var terms = new ArrayList<String>();
		List<String> words = TextAnalyzer.words(normalized);
		for (String word : words) {
			terms.add("w:" + word);
			var syllables = TextAnalyzer.syllables(word);
			if (syllables.size() >= 2) {
				terms.add("i:" + TextAnalyzer.initials(syllables));
				terms.add("f:" + String.join("", syllables));
			}
		}
		TextAnalyzer.bigrams(normalized).forEach(gram -> terms.add("b:" + gram));
		TextAnalyzer.syllableBigrams(TextAnalyzer.syllables(normalized)).forEach(gram -> terms.add("p:" + gram));
		return terms;
	}

	/**
	 * For short fields (names, aliases, keywords): the initials and the pinyin of the whole field and of its cores
	 * without brackets, so that "spjyxk" or "shipinjingyingxuke" typed on a kiosk finds 食品经营许可.
	 */
	static List<String> wholeFieldKeys(String text) {
		var keys = new ArrayList<String>();
		String core = text.replaceAll("[（(].*?[)）]", "").replace("一件事", "");
		for (String candidate : new String[] { text, core }) {
			String normalized = TextAnalyzer.normalize(candidate).replace(" ", "");
			if (normalized.length() < 2 || normalized.length() > 14) {
				continue;
			}
			var syllables = TextAnalyzer.syllables(normalized);
			if (syllables.size() >= 2) {
				keys.add("i:" + TextAnalyzer.initials(syllables));
				keys.add("f:" + String.join("", syllables));
			}
		}
		return keys;
	}

	private static final class Builder {

		private final List<Doc> docs = new ArrayList<>();
		private final Map<String, Integer> termIds = new HashMap<>();
		private final List<int[]> docTerms = new ArrayList<>();
		private final List<float[]> docWeights = new ArrayList<>();
		private final List<Float> lengths = new ArrayList<>();
		/** Names, keywords and aliases repeat across situations: each distinct text is analysed once per build. */
		private final Map<String, List<String>> analysed = new HashMap<>();
		private final Map<String, List<String>> wholeFields = new HashMap<>();

		void add(Doc doc, List<Field> fields) {
			var termWeights = new HashMap<Integer, Float>();
			float length = 0;
			for (Field field : fields) {
				if (field.text() == null || field.text().isBlank()) {
					continue;
				}
				for (String term : analysed.computeIfAbsent(field.text(), GuidanceIndex::terms)) {
					int id = termIds.computeIfAbsent(term, key -> termIds.size());
					termWeights.merge(id, field.weight(), Float::sum);
					length += field.weight();
				}
				for (String term : wholeFields.computeIfAbsent(field.text(), GuidanceIndex::wholeFieldKeys)) {
					int id = termIds.computeIfAbsent(term, key -> termIds.size());
					termWeights.merge(id, field.weight(), Float::sum);
				}
			}
			int[] ids = new int[termWeights.size()];
			float[] values = new float[termWeights.size()];
			int i = 0;
			for (var entry : termWeights.entrySet()) {
				ids[i] = entry.getKey();
				values[i++] = entry.getValue();
			}
			docs.add(doc);
			docTerms.add(ids);
			docWeights.add(values);
			lengths.add(length);
		}

		GuidanceIndex build(int version) {
			int n = docs.size();
			double averageLength = lengths.stream().mapToDouble(Float::doubleValue).average().orElse(1);
			int[] documentFrequency = new int[termIds.size()];
			docTerms.forEach(ids -> {
				for (int id : ids) {
					documentFrequency[id]++;
				}
			});
			int[][] postingDocs = new int[termIds.size()][];
			float[][] postingImpacts = new float[termIds.size()][];
			for (int term = 0; term < documentFrequency.length; term++) {
				postingDocs[term] = new int[documentFrequency[term]];
				postingImpacts[term] = new float[documentFrequency[term]];
			}
			int[] fill = new int[termIds.size()];
			for (int doc = 0; doc < n; doc++) {
				float norm = (float) (K1 * (1 - B + B * lengths.get(doc) / averageLength));
				int[] ids = docTerms.get(doc);
				float[] values = docWeights.get(doc);
				for (int i = 0; i < ids.length; i++) {
					int term = ids[i];
					int df = documentFrequency[term];
					float idf = (float) Math.log(1 + (n - df + 0.5) / (df + 0.5));
					int position = fill[term]++;
					postingDocs[term][position] = doc;
					postingImpacts[term][position] = idf * values[i] * (K1 + 1) / (values[i] + norm);
				}
			}
			var postings = new HashMap<String, Postings>(termIds.size() * 2);
			termIds.forEach((term, id) -> postings.put(term, new Postings(postingDocs[id], postingImpacts[id])));
			return new GuidanceIndex(version, docs.toArray(Doc[]::new), postings);
		}
	}
}
