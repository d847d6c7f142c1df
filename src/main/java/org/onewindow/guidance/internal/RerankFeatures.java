package org.onewindow.guidance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.Situation;
import org.onewindow.catalog.SituationAction;
import org.onewindow.guidance.ResultType;
import org.onewindow.guidance.internal.GuidanceIndex.Doc;

/**
 * The explainable features of the engine's first candidates for a query, as the re-ranker sees them: the engine's own
 * score and rank, the result type, whether the action and applicant the words ask for agree, the life-event signals
 * for bundles, the alias chains the candidate carries, its siblings among the candidates, and how much of the query
 * (its words and bigrams, its own and the alias layer's, each weighted by the plan and by how rare it is in the
 * catalog) the candidate's name, variant, aliases, phrases and whole text contain — all of the query and its last
 * clause, where citizens put the request. Every value lies in [-3, 1].
 */
final class RerankFeatures {

	/** The feature names, in the order of the values; the model file names its weights by these. */
	static final List<String> NAMES = List.of(
			"score_ratio", "log_score_ratio", "first", "reciprocal_rank",
			"bundle", "service",
			"action_match", "action_mismatch", "no_action_first_variant", "no_action_named_variant", "first_variant",
			"applicant_match", "applicant_mismatch",
			"bundle_life_event", "bundle_many", "bundle_named_document", "bundle_other_action", "bundle_same_action",
			"concepts_matched",
			"siblings_in_candidates", "same_item_as_first",
			"query_in_name", "query_in_variant", "query_in_aliases", "query_in_phrases", "query_in_best_phrase",
			"query_in_text", "last_clause_in_text",
			"best_phrase_is_max", "variant_is_max", "text_is_max", "name_is_max",
			"text_margin", "best_phrase_margin", "last_clause_margin", "sibling_variant_margin", "sibling_phrase_margin",
			"unique_terms",
			"object_in_action_clause", "object_near_action", "strongest_in_last_clause",
			"bundle_concepts", "bundle_long",
			"words_in_text", "words_in_phrases", "words_in_best_phrase", "words_in_name", "words_margin",
			"words_sibling_margin", "phrase_support", "phrase_support_sibling_margin",
			"long_score_ratio", "long_phrases", "long_best_phrase", "long_last_clause", "long_text");

	static final int SIZE = NAMES.size();

	private static final int NAME = NAMES.indexOf("query_in_name");
	private static final int VARIANT = NAMES.indexOf("query_in_variant");
	private static final int BEST_PHRASE = NAMES.indexOf("query_in_best_phrase");
	private static final int TEXT = NAMES.indexOf("query_in_text");
	private static final int LAST_CLAUSE = NAMES.indexOf("last_clause_in_text");
	private static final int TEXT_MARGIN = NAMES.indexOf("text_margin");
	private static final int WORDS = NAMES.indexOf("words_in_text");

	private static final Set<SituationAction> NAMED_ACTIONS = Set.of(SituationAction.CANCEL, SituationAction.REISSUE,
			SituationAction.RENEW, SituationAction.CHANGE, SituationAction.SUSPEND, SituationAction.RESUME,
			SituationAction.TRANSFER);

	private final GuidanceIndex index;
	private final CatalogSnapshot snapshot;
	private final Map<String, Set<SituationAction>> bundleActions;
	/** Each document's fields, normalized once, when it first becomes a candidate. */
	private final AtomicReferenceArray<Texts> texts;

	RerankFeatures(GuidanceIndex index, CatalogSnapshot snapshot, Map<String, Set<SituationAction>> bundleActions) {
		this.index = index;
		this.snapshot = snapshot;
		this.bundleActions = bundleActions;
		this.texts = new AtomicReferenceArray<>(index.size());
	}

	/** A document's fields as the features read them, normalized. */
	record Texts(String name, String variant, String aliases, String phrases, List<String> phraseList) {

		static Texts of(Doc doc) {
			var names = new ArrayList<String>();
			var aliases = new ArrayList<String>();
			var phrases = new ArrayList<String>();
			String variant = "";
			switch (doc.type()) {
				case SITUATION, ITEM -> {
					Situation situation = doc.situation();
					names.add(situation.name());
					variant = situation.name().replace(doc.item().name(), "") + " "
							+ (situation.actionDetail() == null ? "" : situation.actionDetail());
					aliases.addAll(situation.aliases());
					aliases.addAll(doc.item().keywords());
					phrases.addAll(situation.phrases());
				}
				case BUNDLE -> {
					names.add(doc.bundle().name().replace("一件事", ""));
					aliases.add(doc.bundle().lifeEvent());
					phrases.addAll(doc.bundle().phrases());
				}
				case SERVICE -> {
					names.add(doc.service().name());
					phrases.addAll(doc.service().phrases());
				}
			}
			var phraseList = phrases.stream().map(p -> TextAnalyzer.normalize(p == null ? "" : p)).toList();
			return new Texts(normalize(names), TextAnalyzer.normalize(variant), normalize(aliases),
					String.join(" ", phraseList), phraseList);
		}

		private static String normalize(List<String> parts) {
			var out = new StringBuilder();
			parts.forEach(part -> out.append(TextAnalyzer.normalize(part == null ? "" : part)).append(' '));
			return out.toString();
		}
	}

	/**
	 * What the features need to know about the query, computed once per query: its weighted terms, where each of the
	 * query's own terms sits in the typed words ({@code -1} for the alias layer's), which clause each character belongs
	 * to, the last clause that holds Chinese (where citizens put the request) and the span of the action word.
	 */
	record QueryView(QueryPlan plan, String[] terms, float[] weights, boolean[] inLastClause, boolean[] words, int[] positions,
			int[] clauses, int lastClause, int actionStart, int actionEnd, int hanCount) {

		/** The query's words and bigrams (its own and the alias layer's) weighted by the plan and by how rare they are. */
		static QueryView of(QueryPlan plan, GuidanceIndex index) {
			String typed = plan.normalized();
			String lastClause = typed;
			int[] clauses = new int[typed.length()];
			int clause = 0;
			int last = 0;
			int hanCount = 0;
			for (int c = 0; c < typed.length(); c++) {
				if (typed.charAt(c) == ' ' && c > 0 && typed.charAt(c - 1) != ' ') {
					clause++;
				}
				clauses[c] = clause;
				if (TextAnalyzer.isHan(typed.charAt(c))) {
					last = clause;
					hanCount++;
				}
			}
			for (String part : typed.split(" +")) {
				if (part.chars().anyMatch(c -> TextAnalyzer.isHan((char) c))) {
					lastClause = part;
				}
			}
			var lastTerms = new HashSet<>(GuidanceIndex.terms(lastClause));
			var entries = new ArrayList<>(plan.terms().entrySet());
			entries.sort(Map.Entry.comparingByKey());
			var terms = new ArrayList<String>();
			var weights = new ArrayList<Float>();
			var inLast = new ArrayList<Boolean>();
			var words = new ArrayList<Boolean>();
			for (var entry : entries) {
				String term = entry.getKey();
				var postings = index.postings(term);
				if ((term.startsWith("w:") || term.startsWith("b:")) && postings != null) {
					float idf = (float) Math.log(1 + (double) index.size() / postings.docs().length);
					terms.add(term.substring(2));
					weights.add(entry.getValue() * idf);
					inLast.add(lastTerms.contains(term));
					words.add(term.startsWith("w:") && term.length() >= 4);
				}
			}
			float[] w = new float[weights.size()];
			boolean[] l = new boolean[weights.size()];
			int[] positions = new int[weights.size()];
			boolean[] isWord = new boolean[weights.size()];
			for (int i = 0; i < w.length; i++) {
				isWord[i] = words.get(i);
				w[i] = weights.get(i);
				l[i] = inLast.get(i);
				positions[i] = typed.indexOf(terms.get(i));
			}
			int actionStart = -1;
			int actionEnd = -1;
			if (plan.actionWhy() != null) {
				String word = plan.actionWhy().replace("音近 ", "");
				word = word.substring(0, word.contains("→") ? word.indexOf('→') : word.length());
				actionStart = word.isEmpty() ? -1 : typed.indexOf(TextAnalyzer.normalize(word));
				actionEnd = actionStart < 0 ? -1 : actionStart + TextAnalyzer.normalize(word).length();
			}
			return new QueryView(plan, terms.toArray(String[]::new), w, l, isWord, positions, clauses, last, actionStart,
					actionEnd, hanCount);
		}

		int clauseAt(int position) {
			return clauses[Math.min(position, clauses.length - 1)];
		}

		/** Whether the query's words run over more than one clause (a sentence with background). */
		boolean severalClauses() {
			return clauses.length > 0 && clauses[clauses.length - 1] > 0;
		}
	}

	/** The features of each candidate; {@code ids} and {@code scores} are in the engine's order, best first. */
	float[][] of(QueryPlan plan, int[] ids, float[] scores) {
		var query = QueryView.of(plan, index);
		var docs = new Doc[ids.length];
		var itemCounts = new HashMap<String, Integer>();
		for (int i = 0; i < ids.length; i++) {
			docs[i] = index.doc(ids[i]);
			if (docs[i].type() == ResultType.SITUATION) {
				itemCounts.merge(docs[i].item().code(), 1, Integer::sum);
			}
		}
		String firstItem = docs[0].type() == ResultType.SITUATION ? docs[0].item().code() : null;
		var result = new float[ids.length][];
		for (int rank = 0; rank < ids.length; rank++) {
			Texts fields = texts.get(ids[rank]);
			if (fields == null) {
				fields = Texts.of(docs[rank]);
				texts.set(ids[rank], fields);
			}
			result[rank] = of(query, docs[rank], fields, rank, scores[rank] / scores[0], itemCounts, firstItem);
		}
		markMaximum(result, BEST_PHRASE, NAMES.indexOf("best_phrase_is_max"));
		markMaximum(result, VARIANT, NAMES.indexOf("variant_is_max"));
		markMaximum(result, TEXT, NAMES.indexOf("text_is_max"));
		markMaximum(result, NAME, NAMES.indexOf("name_is_max"));
		relate(query, docs, ids, result);
		return result;
	}

	/**
	 * The features that compare a candidate with the others and read the sentence's structure: how far its coverage
	 * of the query is ahead of the best other candidate's (of all of them, and of its siblings of the same item, where
	 * the variant's words decide), the share of the query only it holds, whether the catalog object it names sits next
	 * to (in the clause of) the action word, whether its strongest term is in the last clause, and for bundles how many
	 * catalog concepts and how long a sentence are asked about.
	 */
	private void relate(QueryView query, Doc[] docs, int[] ids, float[][] result) {
		int n = docs.length;
		int f = TEXT_MARGIN;
		for (int c = 0; c < n; c++) {
			result[c][f] = margin(result, c, TEXT, null);
			result[c][f + 1] = margin(result, c, BEST_PHRASE, null);
			result[c][f + 2] = margin(result, c, LAST_CLAUSE, null);
			result[c][WORDS + 4] = margin(result, c, WORDS, null);
			if (docs[c].type() == ResultType.SITUATION) {
				String item = docs[c].item().code();
				boolean[] siblings = new boolean[n];
				boolean any = false;
				for (int o = 0; o < n; o++) {
					siblings[o] = o != c && docs[o].type() == ResultType.SITUATION && docs[o].item().code().equals(item);
					any |= siblings[o];
				}
				if (any) {
					result[c][f + 3] = margin(result, c, VARIANT, siblings);
					result[c][f + 4] = margin(result, c, BEST_PHRASE, siblings);
					result[c][WORDS + 5] = margin(result, c, WORDS, siblings);
					result[c][WORDS + 7] = margin(result, c, WORDS + 6, siblings);
				}
			}
		}
		// the share of the query's weight held by one candidate only
		int terms = query.terms().length;
		float total = 0;
		for (float weight : query.weights()) {
			total += weight;
		}
		boolean[][] holds = new boolean[n][terms];
		int[] holders = new int[terms];
		for (int c = 0; c < n; c++) {
			String text = docs[c].searchText();
			for (int t = 0; t < terms; t++) {
				holds[c][t] = text.contains(query.terms()[t]);
				holders[t] += holds[c][t] ? 1 : 0;
			}
		}
		for (int c = 0; c < n; c++) {
			float unique = 0;
			int strongest = -1;
			for (int t = 0; t < terms; t++) {
				if (holds[c][t] && holders[t] == 1) {
					unique += query.weights()[t];
				}
				if (holds[c][t] && query.positions()[t] >= 0
						&& (strongest < 0 || query.weights()[t] > query.weights()[strongest])) {
					strongest = t;
				}
			}
			result[c][f + 5] = total == 0 ? 0 : unique / total;
			result[c][f + 8] = strongest >= 0 && query.severalClauses()
					&& query.clauseAt(query.positions()[strongest]) == query.lastClause() ? 1 : 0;
			Texts fields = texts.get(ids[c]);
			if (query.actionStart() >= 0 && fields != null) {
				int object = -1;
				int distance = Integer.MAX_VALUE;
				for (int t = 0; t < terms; t++) {
					int start = query.positions()[t];
					int end = start + query.terms()[t].length();
					if (start < 0 || query.terms()[t].length() < 2 || start < query.actionEnd() && end > query.actionStart()
							|| !(fields.name().contains(query.terms()[t]) || fields.aliases().contains(query.terms()[t]))) {
						continue;
					}
					distance = Math.min(distance, Math.max(start - query.actionEnd(), query.actionStart() - end));
					if (object < 0 || query.weights()[t] > query.weights()[object]) {
						object = t;
					}
				}
				if (object >= 0) {
					result[c][f + 6] = query.clauseAt(query.positions()[object]) == query.clauseAt(query.actionStart()) ? 1 : 0;
					result[c][f + 7] = 1f / (1 + Math.max(0, distance) / 4f);
				}
			}
			if (query.severalClauses()) {
				int l = NAMES.indexOf("long_score_ratio");
				result[c][l] = result[c][0];
				result[c][l + 1] = result[c][NAMES.indexOf("query_in_phrases")];
				result[c][l + 2] = result[c][BEST_PHRASE];
				result[c][l + 3] = result[c][LAST_CLAUSE];
				result[c][l + 4] = result[c][TEXT];
			}
			if (docs[c].type() == ResultType.BUNDLE) {
				result[c][f + 9] = Math.min(1f, query.plan().chains().size() / 3f);
				result[c][f + 10] = Math.min(1f, query.hanCount() / 30f);
			}
		}
	}

	/** A candidate's value of a feature minus the highest value among the others (those marked, when given). */
	private static float margin(float[][] features, int candidate, int feature, boolean[] among) {
		float best = 0;
		boolean any = false;
		for (int o = 0; o < features.length; o++) {
			if (o != candidate && (among == null || among[o])) {
				best = any ? Math.max(best, features[o][feature]) : features[o][feature];
				any = true;
			}
		}
		return any ? features[candidate][feature] - best : 0;
	}

	private float[] of(QueryView query, Doc doc, Texts fields, int rank, float ratio, Map<String, Integer> itemCounts,
			String firstItem) {
		QueryPlan plan = query.plan();
		float[] f = new float[SIZE];
		int i = 0;
		f[i++] = ratio;
		f[i++] = (float) Math.max(-3, Math.log(Math.max(ratio, 1e-6)));
		f[i++] = rank == 0 ? 1 : 0;
		f[i++] = 1f / (rank + 1);
		f[i++] = doc.type() == ResultType.BUNDLE ? 1 : 0;
		f[i++] = doc.type() == ResultType.SERVICE ? 1 : 0;
		if (doc.type() == ResultType.SITUATION) {
			Situation situation = doc.situation();
			boolean first = snapshot.situationsOf(situation.itemCode()).get(0) == situation;
			f[i++] = plan.action() != null && situation.action() == plan.action() ? 1 : 0;
			f[i++] = plan.action() != null && situation.action() != plan.action() ? 1 : 0;
			f[i++] = plan.action() == null && first ? 1 : 0;
			f[i++] = plan.action() == null && NAMED_ACTIONS.contains(situation.action()) ? 1 : 0;
			f[i++] = first ? 1 : 0;
			f[i++] = plan.applicant() != null && situation.applicantType() == plan.applicant() ? 1 : 0;
			f[i++] = plan.applicant() != null && situation.applicantType() != plan.applicant() ? 1 : 0;
		}
		else {
			i += 7;
		}
		if (doc.type() == ResultType.BUNDLE) {
			boolean otherAction = plan.action() != null && plan.action() != SituationAction.NEW;
			boolean sameAction = otherAction && bundleActions.getOrDefault(doc.code(), Set.of()).contains(plan.action());
			f[i++] = plan.lifeEvent() ? 1 : 0;
			f[i++] = plan.many() ? 1 : 0;
			f[i++] = plan.namedDocument() && !plan.many() ? 1 : 0;
			f[i++] = otherAction && !sameAction ? 1 : 0;
			f[i++] = sameAction ? 1 : 0;
		}
		else {
			i += 5;
		}
		int matched = 0;
		for (String chain : plan.chains()) {
			if (doc.searchText().contains(TextAnalyzer.normalize(chain.substring(chain.lastIndexOf('→') + 1)))) {
				matched++;
			}
		}
		f[i++] = plan.chains().isEmpty() ? 0 : (float) matched / plan.chains().size();
		boolean situation = doc.type() == ResultType.SITUATION;
		f[i++] = situation ? Math.min(1f, (itemCounts.get(doc.item().code()) - 1) / 3f) : 0;
		f[i++] = situation && doc.item().code().equals(firstItem) ? 1 : 0;
		f[i++] = covered(query, fields.name(), false);
		f[i++] = fields.variant().isBlank() ? 0 : covered(query, fields.variant(), false);
		f[i++] = covered(query, fields.aliases(), false);
		f[i++] = covered(query, fields.phrases(), false);
		float bestPhrase = 0;
		for (String phrase : fields.phraseList()) {
			bestPhrase = Math.max(bestPhrase, covered(query, phrase, false));
		}
		f[i++] = bestPhrase;
		f[i++] = covered(query, doc.searchText(), false);
		f[i++] = covered(query, doc.searchText(), true);
		f[WORDS] = coveredWords(query, doc.searchText());
		f[WORDS + 1] = coveredWords(query, fields.phrases());
		float bestWords = 0;
		for (String phrase : fields.phraseList()) {
			bestWords = Math.max(bestWords, coveredWords(query, phrase));
		}
		f[WORDS + 2] = bestWords;
		f[WORDS + 3] = coveredWords(query, fields.name() + " " + fields.variant() + " " + fields.aliases());
		float support = 0;
		for (String phrase : fields.phraseList()) {
			support += covered(query, phrase, false);
		}
		f[WORDS + 6] = fields.phraseList().isEmpty() ? 0 : support / fields.phraseList().size();
		// the *_is_max indicators are set over all candidates by markMaximum
		return f;
	}

	/** 1 for the candidates whose value of a feature is the highest (and above zero) among the candidates. */
	private static void markMaximum(float[][] features, int value, int indicator) {
		float max = 0;
		for (float[] f : features) {
			max = Math.max(max, f[value]);
		}
		for (float[] f : features) {
			f[indicator] = max > 0 && f[value] == max ? 1 : 0;
		}
	}

	/** The weighted share of the query's words of two or more characters (not its bigrams) that occur in a text. */
	static float coveredWords(QueryView query, String normalized) {
		float total = 0;
		float found = 0;
		for (int t = 0; t < query.terms().length; t++) {
			if (query.words()[t]) {
				total += query.weights()[t];
				if (normalized.contains(query.terms()[t])) {
					found += query.weights()[t];
				}
			}
		}
		return total == 0 ? 0 : found / total;
	}

	/** The weighted share of the query's terms (of its last clause only, when asked) that occur in a normalized text. */
	static float covered(QueryView query, String normalized, boolean lastClause) {
		float total = 0;
		float found = 0;
		for (int t = 0; t < query.terms().length; t++) {
			if (lastClause && !query.inLastClause()[t]) {
				continue;
			}
			total += query.weights()[t];
			if (normalized.contains(query.terms()[t])) {
				found += query.weights()[t];
			}
		}
		return total == 0 ? 0 : found / total;
	}
}
