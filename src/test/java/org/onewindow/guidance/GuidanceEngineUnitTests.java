package org.onewindow.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.guidance.internal.GuidanceEngine;
import org.onewindow.guidance.internal.GuidanceEngine.Hit;

/**
 * The layers of guidance on the shipped catalog, without Spring: the alias layer, action words, pinyin typed on a
 * kiosk, homophone typos, life events first, and a reason for every answer.
 */
class GuidanceEngineUnitTests {

	private static final GuidanceEngine ENGINE = GuidanceEvaluation.shippedEngine();

	private static List<Hit> search(String query) {
		return ENGINE.search(query, 5);
	}

	private static List<String> codes(String query) {
		return search(query).stream().map(Hit::code).toList();
	}

	@Test
	void aLifeEventFindsItsBundleFirstWithItsMembers() {
		var top = search("我想开饭店").get(0);
		assertThat(top.type()).isEqualTo(ResultType.BUNDLE);
		assertThat(top.code()).isEqualTo("B001");
		assertThat(codes("我想开饭店")).anyMatch(code -> code.startsWith("0101010000") || code.startsWith("1001014000"));
	}

	@Test
	void theAliasLayerMapsEverydayWordsToCatalogTerms() {
		var hit = search("小饭馆的证要到期了").get(0);
		assertThat(hit.doc().item().code()).isIn("0101010000", "1001014000");
		assertThat(hit.doc().situation().action().name()).isEqualTo("RENEW");
		assertThat(hit.why()).contains("饭馆→");
		var medical = search("新农合怎么交").get(0);
		assertThat(medical.code()).startsWith("2003001000");
		assertThat(medical.why()).contains("新农合→");
	}

	@Test
	void actionWordsPickTheSituation() {
		var lost = search("营业执照丢了").get(0);
		assertThat(lost.doc().item().code()).isEqualTo("1001009000");
		assertThat(lost.doc().situation().action().name()).isEqualTo("REISSUE");
		assertThat(lost.why()).contains("丢了→");

		var closing = search("个体户不干了").get(0);
		assertThat(closing.doc().situation().action().name()).isEqualTo("CANCEL");
		assertThat(closing.doc().situation().applicantType().name()).isEqualTo("INDIVIDUAL_BUSINESS");
	}

	@Test
	void startingAKindOfBusinessIsALifeEvent() {
		assertThat(codes("屋里做米果，想办个小作坊").get(0)).isEqualTo("B020");
		assertThat(codes("办个私立幼儿园").get(0)).isEqualTo("B037");
		assertThat(codes("想注册个公司，从哪一步开始弄").get(0)).isEqualTo("B004");
		// a licence of its own is still one step
		assertThat(codes("办个营业执照").get(0)).doesNotStartWith("B");
	}

	@Test
	void aShopIsAnIndividualBusinessAndAWorkerIsNotTheCompany() {
		assertThat(codes("店子的营业执照寻不到了").get(0)).isEqualTo("1001009000-02");
		// 在厂里干活: the worker applies, not the factory (用人单位申请)
		assertThat(codes("在厂里干活受伤了算工伤吗").get(0)).isNotEqualTo("0702021000-01");
		assertThat(codes("合作社有几个社员退出了，要去变更").get(0)).isEqualTo("0101007000-02");
	}

	@Test
	void pinyinAndInitialsFromTheKioskKeyboard() {
		assertThat(codes("shipinjingying")).anyMatch(code -> code.startsWith("0101010000"));
		assertThat(codes("spjyxk")).anyMatch(code -> code.startsWith("0101010000"));
		assertThat(codes("yingyezhizhao diule")).first().satisfies(code -> assertThat(code).startsWith("1001009000"));
	}

	@Test
	void homophoneTyposStillFindWhatWasMeant() {
		assertThat(codes("身分证丢了").get(0)).isEqualTo("0705001000-05");
		assertThat(codes("营业职照补办")).first().satisfies(code -> assertThat(code).startsWith("1001009000"));
	}

	@Test
	void pinyinIsReadBackIntoCatalogWords() {
		var bundle = search("kai yaodian").get(0);
		assertThat(bundle.code()).isEqualTo("B003");
		assertThat(codes("yyzz bl").get(0)).startsWith("1001009000");
		assertThat(search("yyzz bl").get(0).doc().situation().action().name()).isEqualTo("REISSUE");
	}

	@Test
	void actionWordsThatSoundAlikeCount() {
		var hit = search("营业执照补正").get(0);
		assertThat(hit.doc().item().code()).isEqualTo("1001009000");
		assertThat(hit.doc().situation().action().name()).isEqualTo("REISSUE");
		assertThat(hit.why()).contains("音近");
	}

	@Test
	void aBundleOfTheNamedActionIsNotDampedByIt() {
		assertThat(codes("企业注销要跑哪些部门").get(0)).isEqualTo("B022");
	}

	@Test
	void issuingACertificateIsNotOpeningABusiness() {
		var hit = search("开个无犯罪证明").get(0);
		assertThat(hit.type()).isEqualTo(ResultType.SITUATION);
		assertThat(hit.doc().item().code()).isEqualTo("2005009000");
	}

	@Test
	void aNeedAddedInPassingComesSecond() {
		assertThat(codes("驾照到期了，顺便问问社保卡的事").get(0)).startsWith("0105014000");
	}

	@Test
	void hallServicesAreFound() {
		assertThat(codes("跑了好几趟都没办成")).contains("SVC-ESCALATION");
		assertThat(codes("能不能预约周末来办")).contains("SVC-APPOINTMENT");
	}

	@Test
	void everyAnswerSaysWhyAndScoresAreRelative() {
		var hits = search("退休手续");
		assertThat(hits).isNotEmpty().allSatisfy(hit -> {
			assertThat(hit.why()).isNotBlank();
			assertThat(hit.score()).isBetween(0f, 1f);
		});
		assertThat(hits.get(0).score()).isEqualTo(1f);
	}

	@Test
	void anItemWithManyVariantsIsOfferedForNarrowing() {
		assertThat(search("食品经营许可证").stream().map(Hit::type)).contains(ResultType.ITEM);
	}

	@Test
	void nonsenseFindsNothingRatherThanFailing() {
		assertThat(search("￥￥￥")).isEmpty();
	}
}
