package org.onewindow.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.SituationAction;
import org.onewindow.guidance.GuidanceEvaluation;
import org.onewindow.guidance.ResultType;
import org.onewindow.guidance.internal.GuidanceEngine.Hit;

/**
 * The learned re-ranker: its model file, its scoring and ordering, the features it reads from the engine's first
 * candidates (on the shipped catalog), and that a model puts the engine's candidates in its own order.
 */
class GuidanceRerankerUnitTests {

	private static final GuidanceEngine ENGINE = GuidanceEvaluation.shippedEngine();

	private static float[] weights(String name, float weight) {
		float[] weights = new float[RerankFeatures.SIZE];
		weights[RerankFeatures.NAMES.indexOf(name)] = weight;
		return weights;
	}

	private static Reranker read(String json) {
		return Reranker.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aModelFileNamesItsWeightsByFeature() {
		var model = read("""
				{"k": 5, "features": [{"name": "service", "weight": 1.5}, {"name": "first", "weight": -0.25}]}""");
		assertThat(model.k()).isEqualTo(5);
		assertThat(model.active()).isTrue();
		assertThat(model.weights()).containsEntry("service", 1.5f).containsEntry("first", -0.25f)
			.containsEntry("bundle", 0f).hasSize(RerankFeatures.SIZE);
	}

	@Test
	void anUnknownFeatureInTheModelFileIsAnError() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read("{\"k\": 5, \"features\": [{\"name\": \"no_such_feature\", \"weight\": 1}]}"))
			.withMessageContaining("no_such_feature");
	}

	@Test
	void theShippedModelLoadsWithAWeightForEveryFeature() {
		var model = Reranker.shipped();
		assertThat(model.active()).isTrue();
		assertThat(model.k()).isBetween(2, 20);
		assertThat(model.weights().keySet()).containsExactlyElementsOf(RerankFeatures.NAMES);
		assertThat(model.weights().values()).anyMatch(weight -> weight != 0);
	}

	@Test
	void aCandidateScoresTheWeightedSumOfItsFeatures() {
		float[] weights = new float[RerankFeatures.SIZE];
		weights[0] = 2;
		weights[3] = -1;
		var model = new Reranker(8, weights);
		float[] features = new float[RerankFeatures.SIZE];
		features[0] = 0.5f;
		features[3] = 0.25f;
		features[5] = 9;
		assertThat(model.score(features)).isEqualTo(0.75f);
	}

	@Test
	void theOrderFollowsTheWeightsAndEqualSumsKeepTheEngineOrder() {
		int service = RerankFeatures.NAMES.indexOf("service");
		float[][] candidates = new float[3][RerankFeatures.SIZE];
		candidates[2][service] = 1;
		assertThat(new Reranker(8, weights("service", 1)).order(candidates)).containsExactly(2, 0, 1);
		assertThat(new Reranker(8, weights("service", -1)).order(candidates)).containsExactly(0, 1, 2);
		assertThat(new Reranker(8, new float[RerankFeatures.SIZE]).order(candidates)).containsExactly(0, 1, 2);
		assertThat(Reranker.NONE.active()).isFalse();
	}

	@Test
	void featuresDescribeTheEngineCandidates() {
		var candidates = ENGINE.candidates("营业执照丢了", 8);
		assertThat(candidates.docs()).hasSize(8);
		float[][] features = candidates.features();
		assertThat(features).hasNumberOfRows(8);
		int first = RerankFeatures.NAMES.indexOf("first");
		int ratio = RerankFeatures.NAMES.indexOf("score_ratio");
		int actionMatch = RerankFeatures.NAMES.indexOf("action_match");
		assertThat(features[0][first]).isEqualTo(1f);
		assertThat(features[0][ratio]).isEqualTo(1f);
		for (int i = 0; i < features.length; i++) {
			assertThat(features[i]).hasSize(RerankFeatures.SIZE);
			for (float value : features[i]) {
				assertThat(value).isBetween(-3f, 1f);
			}
			if (i > 0) {
				assertThat(features[i][first]).isZero();
				assertThat(features[i][ratio]).isLessThanOrEqualTo(features[i - 1][ratio]);
			}
			var doc = candidates.docs().get(i);
			boolean reissue = doc.type() == ResultType.SITUATION && doc.situation().action() == SituationAction.REISSUE;
			assertThat(features[i][actionMatch]).as(doc.code()).isEqualTo(reissue ? 1f : 0f);
		}
		// the licence's own name holds 营业执照: the weighted share of the query in the name is high for it
		int inName = RerankFeatures.NAMES.indexOf("query_in_name");
		int nameIsMax = RerankFeatures.NAMES.indexOf("name_is_max");
		float max = 0;
		for (float[] f : features) {
			max = Math.max(max, f[inName]);
		}
		assertThat(max).isGreaterThan(0.3f);
		for (float[] f : features) {
			assertThat(f[nameIsMax]).isEqualTo(f[inName] == max ? 1f : 0f);
		}
	}

	@Test
	void theWeightedShareCountsRareTermsMore() {
		var plan = ENGINE.plan("营业执照丢了");
		var query = RerankFeatures.QueryView.of(plan, ENGINE.index());
		assertThat(query.terms()).contains("营业执照", "执照");
		assertThat(RerankFeatures.covered(query, "营业执照 补领", false)).isGreaterThan(0.3f).isLessThan(1f);
		assertThat(RerankFeatures.covered(query, "与此无关", false)).isZero();
		assertThat(RerankFeatures.covered(query, String.join(" ", query.terms()), false)).isEqualTo(1f);
	}

	@Test
	void aModelPutsTheEngineCandidatesInItsOwnOrder() {
		String query = "营业执照丢了";
		var candidates = ENGINE.candidates(query, 3);
		// a weight that turns the engine's first three upside down
		var reversed = ENGINE.withReranker(new Reranker(3, weights("reciprocal_rank", -1)));
		List<Hit> hits = reversed.search(query, 5);
		assertThat(hits.get(0).code()).isEqualTo(candidates.docs().get(2).code());
		assertThat(ENGINE.withReranker(Reranker.NONE).search(query, 5).get(0).code())
			.isEqualTo(candidates.docs().get(0).code());
		// scores stay relative to the first answer and do not increase down the list
		assertThat(hits.get(0).score()).isEqualTo(1f);
		for (int i = 1; i < hits.size(); i++) {
			assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
		}
	}

	@Test
	void bothLearnersPutTheRightCandidateFirstAndAreDeterministic() {
		int service = RerankFeatures.NAMES.indexOf("service");
		int first = RerankFeatures.NAMES.indexOf("first");
		// the engine puts a wrong candidate first; the right one is the hall service, twice in three phrasings
		var examples = new java.util.ArrayList<GuidanceRerankerTraining.Example>();
		for (int e = 0; e < 3; e++) {
			float[][] features = new float[3][RerankFeatures.SIZE];
			features[0][first] = 1;
			features[e == 2 ? 0 : 2][service] = 1;
			boolean[] right = { e == 2, false, e != 2 };
			examples.add(new GuidanceRerankerTraining.Example(features, right));
		}
		var none = new boolean[RerankFeatures.SIZE];
		for (var learner : GuidanceRerankerTraining.Learner.values()) {
			float[] w = GuidanceRerankerTraining.fit(examples, 3, 0.001, none, learner, 300);
			assertThat(w[service]).as(learner.name()).isGreaterThan(w[first]);
			assertThat(GuidanceRerankerTraining.top1(examples, w, 3)).as(learner.name()).startsWith("100.0%");
			assertThat(GuidanceRerankerTraining.fit(examples, 3, 0.001, none, learner, 300)).isEqualTo(w);
			// a masked feature keeps a zero weight
			var masked = new boolean[RerankFeatures.SIZE];
			masked[service] = true;
			assertThat(GuidanceRerankerTraining.fit(examples, 3, 0.001, masked, learner, 300)[service]).isZero();
		}
	}
}
