package org.onewindow.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.acceptance.internal.AcceptancePolicy;
import org.onewindow.acceptance.internal.AcceptancePolicy.DeficiencyTerms;
import org.onewindow.acceptance.internal.AcceptancePolicy.Reason;
import org.onewindow.acceptance.internal.CaseMaterial;
import org.onewindow.acceptance.internal.MaterialStatus;

/**
 * The front desk's decisions without Spring.
 */
class AcceptancePolicyUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
	static final LocalDate PROMISED = LocalDate.of(2026, 12, 4);
	static final LocalDate LATEST = LocalDate.of(2026, 12, 18);

	static CaseMaterial line(int line, boolean required, boolean key, MaterialStatus status) {
		return new CaseMaterial(1, line, "材料" + line, "原件", 1, required, required ? null : "委托他人代为办理的", key,
				false, null, null, null, null, List.of(), status, null, null, null, null, null, false, List.of());
	}

	@Test
	void acceptsWhenEveryNeededLineIsHandedInReusedOrPledged() {
		var lines = List.of(line(1, true, true, MaterialStatus.PROVIDED_ORIGINAL),
				line(2, true, false, MaterialStatus.PROVIDED_COPY), line(3, true, true, MaterialStatus.E_LICENSE),
				line(4, true, false, MaterialStatus.PLEDGE), line(5, false, true, MaterialStatus.NOT_APPLICABLE));
		assertThat(AcceptancePolicy.accept(lines).allowed()).isTrue();
	}

	@Test
	void refusesWithEveryMissingLineIncludingAnApplicableConditionalOne() {
		var lines = List.of(line(1, true, true, MaterialStatus.MISSING), line(2, true, false, MaterialStatus.MISSING),
				line(3, false, true, MaterialStatus.MISSING), line(4, false, true, MaterialStatus.NOT_APPLICABLE));
		var decision = AcceptancePolicy.accept(lines);
		assertThat(decision.allowed()).isFalse();
		assertThat(decision.findings()).extracting(AcceptancePolicy.Finding::line).containsExactly(1, 2, 3);
		assertThat(decision.findings()).allMatch(f -> f.reason() == Reason.MATERIAL_MISSING);
		assertThat(decision.findings().get(0).message()).isEqualTo("第1项“材料1”未提供");
		assertThat(decision.findings().get(0).field()).isEqualTo("materials[1]");
	}

	@Test
	void instantOnlyForAnInstantSituationWithEverythingThere() {
		var complete = List.of(line(1, true, true, MaterialStatus.PROVIDED_ORIGINAL));
		assertThat(AcceptancePolicy.instant(true, complete).allowed()).isTrue();
		var promised = AcceptancePolicy.instant(false, complete);
		assertThat(promised.allowed()).isFalse();
		assertThat(promised.has(Reason.NOT_INSTANT)).isTrue();
		var incomplete = AcceptancePolicy.instant(true, List.of(line(1, true, true, MaterialStatus.MISSING)));
		assertThat(incomplete.has(Reason.MATERIAL_MISSING)).isTrue();
		assertThat(incomplete.has(Reason.NOT_INSTANT)).isFalse();
	}

	@Test
	void deficiencyForNonKeyMaterialsWithAPledgeAndADeadlineInTime() {
		var lines = List.of(line(1, true, true, MaterialStatus.PROVIDED_ORIGINAL),
				line(2, true, false, MaterialStatus.MISSING));
		var ok = AcceptancePolicy.deficiency(lines, new DeficiencyTerms("本人承诺于期限内补齐", PROMISED), TODAY,
				PROMISED, LATEST, false);
		assertThat(ok.allowed()).isTrue();
		var lastDay = AcceptancePolicy.deficiency(lines, new DeficiencyTerms("承诺", TODAY.plusDays(1)), TODAY,
				PROMISED, LATEST, false);
		assertThat(lastDay.allowed()).isTrue();
	}

	@Test
	void deficiencyRefusedForAKeyMaterialNamingIt() {
		var lines = List.of(line(1, true, true, MaterialStatus.MISSING), line(2, true, false, MaterialStatus.MISSING));
		var decision = AcceptancePolicy.deficiency(lines, new DeficiencyTerms("承诺", PROMISED), TODAY, PROMISED,
				LATEST, false);
		assertThat(decision.findings()).extracting(AcceptancePolicy.Finding::reason)
			.containsExactly(Reason.KEY_MATERIAL_MISSING);
		assertThat(decision.findings().get(0).line()).isEqualTo(1);
		assertThat(decision.findings().get(0).message()).contains("要件");
	}

	@Test
	void deficiencyDeadlineBoundsAndTheOtherRulesAreAllReported() {
		var lines = List.of(line(1, true, false, MaterialStatus.MISSING));
		assertThat(AcceptancePolicy.deficiency(lines, new DeficiencyTerms("承诺", PROMISED.plusDays(1)), TODAY,
				PROMISED, LATEST, false).has(Reason.DEADLINE_AFTER_PROMISED)).isTrue();
		var farPromise = LocalDate.of(2027, 3, 1);
		var tooFar = AcceptancePolicy.deficiency(lines, new DeficiencyTerms("承诺", LATEST.plusDays(1)), TODAY,
				farPromise, LATEST, false);
		assertThat(tooFar.findings()).extracting(AcceptancePolicy.Finding::reason)
			.containsExactly(Reason.DEADLINE_TOO_FAR);
		assertThat(AcceptancePolicy.deficiency(lines, new DeficiencyTerms("承诺", LATEST), TODAY, farPromise, LATEST,
				false).allowed()).isTrue();
		assertThat(AcceptancePolicy.deficiency(lines, new DeficiencyTerms("承诺", TODAY), TODAY, PROMISED, LATEST,
				false).has(Reason.DEADLINE_NOT_AFTER_TODAY)).isTrue();
		assertThat(AcceptancePolicy.deficiency(lines, new DeficiencyTerms("承诺", null), TODAY, PROMISED, LATEST,
				false).has(Reason.DEADLINE_NOT_AFTER_TODAY)).isTrue();

		var everything = AcceptancePolicy.deficiency(List.of(line(1, true, true, MaterialStatus.MISSING)),
				new DeficiencyTerms(" ", PROMISED.plusDays(1)), TODAY, PROMISED, LATEST, true);
		assertThat(everything.findings()).extracting(AcceptancePolicy.Finding::reason)
			.containsExactlyInAnyOrder(Reason.APPLICANT_BLACKLISTED, Reason.KEY_MATERIAL_MISSING,
					Reason.PLEDGE_REQUIRED, Reason.DEADLINE_AFTER_PROMISED);
	}

	@Test
	void deficiencyWithNothingMissingIsPlainAcceptance() {
		var lines = List.of(line(1, true, false, MaterialStatus.PROVIDED_ORIGINAL));
		assertThat(AcceptancePolicy.deficiency(lines, new DeficiencyTerms("承诺", PROMISED), TODAY, PROMISED, LATEST,
				false).findings()).extracting(AcceptancePolicy.Finding::reason).containsExactly(Reason.NOTHING_OWED);
	}

	@Test
	void aBlacklistedApplicantMayNotUseDeficiency() {
		var lines = List.of(line(1, true, false, MaterialStatus.MISSING));
		var decision = AcceptancePolicy.deficiency(lines, new DeficiencyTerms("承诺", PROMISED), TODAY, PROMISED,
				LATEST, true);
		assertThat(decision.findings()).extracting(AcceptancePolicy.Finding::reason)
			.containsExactly(Reason.APPLICANT_BLACKLISTED);
	}
}
