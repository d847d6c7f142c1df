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
			"best_phrase_is_max", "variant_is_max", "text_is_max", "name_is_max");

	static final int SIZE = NAMES.size();

	private static final int NAME = NAMES.indexOf("query_in_name");
	private static final int VARIANT = NAMES.indexOf("query_in_variant");
	private static final int BEST_PHRASE = NAMES.indexOf("query_in_best_phrase");
	private static final int TEXT = NAMES.indexOf("query_in_text");

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

	/** What the features need to know about the query, computed once per query. */
	record QueryView(QueryPlan plan, String[] terms, float[] weights, boolean[] inLastClause) {

		/** The query's words and bigrams (its own and the alias layer's) weighted by the plan and by how rare they are. */
		static QueryView of(QueryPlan plan, GuidanceIndex index) {
			String typed = plan.normalized();
			String lastClause = typed;
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
			for (var entry : entries) {
				String term = entry.getKey();
				var postings = index.postings(term);
				if ((term.startsWith("w:") || term.startsWith("b:")) && postings != null) {
					float idf = (float) Math.log(1 + (double) index.size() / postings.docs().length);
					terms.add(term.substring(2));
					weights.add(entry.getValue() * idf);
					inLast.add(lastTerms.contains(term));
				}
			}
			float[] w = new float[weights.size()];
			boolean[] l = new boolean[weights.size()];
			for (int i = 0; i < w.length; i++) {
				w[i] = weights.get(i);
				l[i] = inLast.get(i);
			}
			return new QueryView(plan, terms.toArray(String[]::new), w, l);
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
		return result;
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
