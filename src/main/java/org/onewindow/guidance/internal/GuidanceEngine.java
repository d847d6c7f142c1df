package org.onewindow.guidance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.onewindow.catalog.ApplicantType;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.catalog.SituationAction;
import org.onewindow.guidance.ResultType;
import org.onewindow.guidance.internal.GuidanceIndex.Doc;
import org.onewindow.guidance.internal.QueryPlan.SynonymLayer;

/**
 * Ranks the catalog for a citizen's words: BM25 over the index, then the action and applicant the words ask for,
 * then life events first (bundles), then the learned {@link Reranker} over the first candidates, an item when the
 * words do not decide its variant, at most three situations of one item, and a reason for each answer.
 */
public final class GuidanceEngine {

	private static final int CANDIDATES = 60;
	private static final int SITUATIONS_PER_ITEM = 3;
	/** The largest factor {@link #boosted} can apply: a document below floor / MAX_BOOST cannot enter the top. */
	private static float maxBoost() {
		return Math.max(BUNDLE_LIFE_EVENT * BUNDLE_SAME_ACTION,
				Math.max(ACTION_MATCH, FIRST_VARIANT) * Math.max(APPLICANT_MATCH, PERSON_DEFAULT));
	}
	/**
	 * Terms in more than a quarter of a large catalog (许可, 登记, 申请 …) say almost nothing and cost the most; they
	 * are skipped once the catalog has more than four times this many documents.
	 */
	private static final int FREQUENT_TERM_FLOOR = 5_000;

	private final GuidanceIndex index;
	private final SynonymLayer synonyms;
	private final CatalogSnapshot snapshot;
	private final ThreadLocal<float[]> scratch;
	private final ThreadLocal<int[]> touchedScratch;

	private final Reranker reranker;
	private final RerankFeatures rerankFeatures;

	private GuidanceEngine(GuidanceIndex index, SynonymLayer synonyms, CatalogSnapshot snapshot, Reranker reranker) {
		this.index = index;
		this.synonyms = synonyms;
		this.snapshot = snapshot;
		this.reranker = reranker;
		this.scratch = ThreadLocal.withInitial(() -> new float[index.size()]);
		this.touchedScratch = ThreadLocal.withInitial(() -> new int[index.size()]);
		for (Bundle bundle : snapshot.content().bundles()) {
			var actions = EnumSet.noneOf(SituationAction.class);
			bundle.members().forEach(member -> snapshot.situation(member.situation())
				.ifPresent(situation -> actions.add(situation.action())));
			bundleActions.put(bundle.code(), actions);
		}
		this.rerankFeatures = new RerankFeatures(index, snapshot, bundleActions);
	}

	/** The actions of each bundle's members (企业注销一件事: 注销): a named action of the bundle does not damp it. */
	private final Map<String, Set<SituationAction>> bundleActions = new HashMap<>();

	public static GuidanceEngine build(CatalogSnapshot snapshot) {
		var index = GuidanceIndex.build(snapshot);
		var synonyms = snapshot.content().synonyms();
		return new GuidanceEngine(index,
				new SynonymLayer(synonyms).withLexicon(new PinyinLexicon(index.wordFrequencies(), synonyms)), snapshot,
				Reranker.shipped());
	}

	/** This engine over the same index with another re-ranker ({@link Reranker#NONE}: the engine's own order). */
	GuidanceEngine withReranker(Reranker other) {
		return new GuidanceEngine(index, synonyms, snapshot, other);
	}

	public int version() {
		return index.version();
	}

	public CatalogSnapshot snapshot() {
		return snapshot;
	}

	GuidanceIndex index() {
		return index;
	}

	QueryPlan plan(String query) {
		return QueryPlan.of(query, synonyms);
	}

	public List<Hit> search(String query, int limit) {
		var plan = QueryPlan.of(query, synonyms);
		return assemble(rerank(retrieve(plan), plan), plan, limit);
	}

	/** The engine's first {@code k} candidates for a query with their re-ranking features, in the engine's order. */
	Candidates candidates(String query, int k) {
		var plan = QueryPlan.of(query, synonyms);
		var ranked = retrieve(plan);
		int n = Math.min(k, ranked.size());
		int[] ids = new int[n];
		float[] scores = new float[n];
		var docs = new ArrayList<Doc>(n);
		for (int i = 0; i < n; i++) {
			ids[i] = ranked.get(i).id();
			scores[i] = ranked.get(i).score();
			docs.add(index.doc(ids[i]));
		}
		return new Candidates(docs, scores, n == 0 ? new float[0][] : rerankFeatures.of(plan, ids, scores));
	}

	/** The first candidates of a query, their engine scores and their re-ranking features. */
	record Candidates(List<Doc> docs, float[] scores, float[][] features) {
	}

	/**
	 * The first {@link Reranker#k()} candidates in the re-ranker's order. Scores are kept non-increasing (a candidate
	 * moved up keeps no more than its own score, one moved down no more than the one now before it), so {@code score}
	 * stays relative to the first answer.
	 */
	private List<Scored> rerank(List<Scored> ranked, QueryPlan plan) {
		if (!reranker.active() || ranked.size() < 2) {
			return ranked;
		}
		int n = Math.min(reranker.k(), ranked.size());
		int[] ids = new int[n];
		float[] scores = new float[n];
		for (int i = 0; i < n; i++) {
			ids[i] = ranked.get(i).id();
			scores[i] = ranked.get(i).score();
		}
		int[] order = reranker.order(rerankFeatures.of(plan, ids, scores));
		var result = new ArrayList<Scored>(ranked.size());
		float previous = Float.MAX_VALUE;
		for (int i = 0; i < ranked.size(); i++) {
			Scored scored = ranked.get(i < n ? order[i] : i);
			previous = Math.min(previous, scored.score());
			result.add(new Scored(scored.id(), previous));
		}
		return result;
	}

	private List<Scored> retrieve(QueryPlan plan) {
		float[] scores = scratch.get();
		int[] touched = touchedScratch.get();
		int touchedCount = 0;
		int frequent = Math.max(FREQUENT_TERM_FLOOR, index.size() / 4);
		for (var term : plan.terms().entrySet()) {
			var postings = index.postings(term.getKey());
			if (postings == null || postings.docs().length > frequent) {
				continue;
			}
			float weight = term.getValue();
			int[] docs = postings.docs();
			float[] impacts = postings.impacts();
			for (int i = 0; i < docs.length; i++) {
				int doc = docs[i];
				if (scores[doc] == 0) {
					touched[touchedCount++] = doc;
				}
				scores[doc] += weight * impacts[i];
			}
		}
		var heap = new PriorityQueue<Scored>((a, b) -> Float.compare(a.score(), b.score()));
		float floor = 0;
		for (int t = 0; t < touchedCount; t++) {
			int id = touched[t];
			float raw = scores[id];
			scores[id] = 0;
			if (raw * maxBoost() <= floor) {
				continue;
			}
			float score = boosted(index.doc(id), raw, plan);
			if (heap.size() < CANDIDATES) {
				heap.add(new Scored(id, score));
			}
			else if (score > heap.peek().score()) {
				heap.poll();
				heap.add(new Scored(id, score));
			}
			if (heap.size() == CANDIDATES) {
				floor = heap.peek().score();
			}
		}
		var ranked = new ArrayList<>(heap);
		ranked.sort((a, b) -> Float.compare(b.score(), a.score()));
		return ranked;
	}

	/** Variants a citizen has to name (注销, 补领, 变更 …): without such words the common variant comes first. */
	private static final Set<SituationAction> NAMED_ACTIONS = EnumSet.of(SituationAction.CANCEL, SituationAction.REISSUE,
			SituationAction.RENEW, SituationAction.CHANGE, SituationAction.SUSPEND, SituationAction.RESUME,
			SituationAction.TRANSFER);

	/*
	 * Boost factors. They are fitted on the train phrasings only (coordinate search and 5-fold
	 * cross-validation on train; the optimum is flat).
	 */
	static final float ACTION_MATCH = 1.6f;
	static final float ACTION_MISMATCH = 0.8f;
	static final float NAMED_VARIANT = 0.9f;
	static final float FIRST_VARIANT = 1.1f;
	static final float APPLICANT_MATCH = 1.3f;
	static final float APPLICANT_MISMATCH = 0.85f;
	static final float PERSON_DEFAULT = 1.0f;
	static final float BUNDLE_LIFE_EVENT = 2.4f;
	static final float BUNDLE_OTHER_ACTION = 0.7f;
	static final float BUNDLE_SAME_ACTION = 1.0f;
	static final float SERVICE = 1.3f;
	static final float BUNDLE_NAMED_DOCUMENT = 0.8f;

	private float boosted(Doc doc, float score, QueryPlan plan) {
		float result = score;
		switch (doc.type()) {
			case SITUATION -> {
				Situation situation = doc.situation();
				if (plan.action() != null) {
					result *= situation.action() == plan.action() ? ACTION_MATCH : ACTION_MISMATCH;
				}
				else {
					if (NAMED_ACTIONS.contains(situation.action())) {
						result *= NAMED_VARIANT;
					}
					if (snapshot.situationsOf(situation.itemCode()).get(0) == situation) {
						result *= FIRST_VARIANT;
					}
				}
				if (plan.applicant() != null) {
					result *= situation.applicantType() == plan.applicant() ? APPLICANT_MATCH : APPLICANT_MISMATCH;
				}
				else if (situation.applicantType() == ApplicantType.PERSON) {
					result *= PERSON_DEFAULT;
				}
			}
			case BUNDLE -> {
				boolean otherAction = plan.action() != null && plan.action() != SituationAction.NEW;
				boolean sameAction = otherAction && bundleActions.get(doc.bundle().code()).contains(plan.action());
				if (otherAction && !sameAction) {
					result *= BUNDLE_OTHER_ACTION;
				}
				else {
					if (sameAction) {
						result *= BUNDLE_SAME_ACTION;
					}
					if (plan.lifeEvent()) {
						result *= BUNDLE_LIFE_EVENT;
					}
					if (plan.namedDocument() && !plan.many()) {
						result *= BUNDLE_NAMED_DOCUMENT;
					}
				}
			}
			case SERVICE -> result *= SERVICE;
			default -> {
			}
		}
		return result;
	}

	private List<Hit> assemble(List<Scored> ranked, QueryPlan plan, int limit) {
		var hits = new ArrayList<Hit>();
		if (ranked.isEmpty()) {
			return hits;
		}
		float best = ranked.get(0).score();
		boolean specific = plan.action() != null || plan.applicant() != null;
		var perItem = new HashMap<String, Integer>();
		var itemsShown = new HashSet<String>();
		for (int i = 0; i < ranked.size() && hits.size() < limit; i++) {
			Scored scored = ranked.get(i);
			Doc doc = index.doc(scored.id());
			if (doc.type() != ResultType.SITUATION) {
				hits.add(new Hit(doc.type(), doc, scored.score() / best, why(doc, plan)));
				continue;
			}
			ServiceItem item = doc.item();
			if (perItem.merge(item.code(), 1, Integer::sum) > SITUATIONS_PER_ITEM) {
				continue;
			}
			hits.add(new Hit(ResultType.SITUATION, doc, scored.score() / best, why(doc, plan)));
			if (!specific && itemsShown.add(item.code()) && hits.size() < limit && ambiguous(ranked, i, item.code())) {
				hits.add(new Hit(ResultType.ITEM, doc, scored.score() / best,
						"该事项有" + snapshot.situationsOf(item.code()).size() + "种办事情形，可逐步选择"));
			}
		}
		return hits;
	}

	/** The words do not tell this item's situations apart: another one of the same item scores almost as high. */
	private boolean ambiguous(List<Scored> ranked, int position, String itemCode) {
		float score = ranked.get(position).score();
		for (int j = position + 1; j < ranked.size(); j++) {
			Doc other = index.doc(ranked.get(j).id());
			if (ranked.get(j).score() < score * 0.85f) {
				return false;
			}
			if (other.type() == ResultType.SITUATION && other.item().code().equals(itemCode)) {
				return snapshot.situationsOf(itemCode).size() > 1;
			}
		}
		return false;
	}

	private static String why(Doc doc, QueryPlan plan) {
		var reasons = new ArrayList<String>();
		for (String chain : plan.chains()) {
			String last = chain.substring(chain.lastIndexOf('→') + 1);
			if (doc.searchText().contains(TextAnalyzer.normalize(last))) {
				reasons.add("匹配 " + chain);
			}
		}
		if (plan.actionWhy() != null && doc.type() == ResultType.SITUATION && doc.situation().action() == plan.action()) {
			reasons.add("办理动作 " + plan.actionWhy());
		}
		String name = TextAnalyzer.normalize(switch (doc.type()) {
			case SITUATION, ITEM -> doc.situation().name();
			case BUNDLE -> doc.bundle().name();
			case SERVICE -> doc.service().name();
		});
		String longest = "";
		for (String word : TextAnalyzer.words(plan.normalized())) {
			if (word.length() >= 2 && name.contains(word) && word.length() > longest.length()) {
				longest = word;
			}
		}
		if (!longest.isEmpty()) {
			reasons.add("名称含“" + longest + "”");
		}
		if (doc.type() == ResultType.BUNDLE) {
			reasons.add("一件事一次办：" + doc.bundle().members().size() + "个事项合并办理");
		}
		if (reasons.isEmpty()) {
			reasons.add(doc.type() == ResultType.SERVICE ? "与大厅服务的常见问法相近" : "与常见问法相近");
		}
		return String.join("；", reasons);
	}

	private record Scored(int id, float score) {
	}

	/** One ranked answer before site awareness. */
	public record Hit(ResultType type, Doc doc, float score, String why) {

		public String code() {
			return switch (type) {
				case SITUATION -> doc.situation().code();
				case ITEM -> doc.item().code();
				case BUNDLE -> doc.bundle().code();
				case SERVICE -> doc.service().code();
			};
		}
	}
}
