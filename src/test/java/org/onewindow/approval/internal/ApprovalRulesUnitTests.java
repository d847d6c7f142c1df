package org.onewindow.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.ApprovalStep;
import org.onewindow.catalog.StepRole;
import org.onewindow.platform.DomainException;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteSummary;
import org.springframework.http.HttpStatus;

/**
 * The small rules of the back office: steps as data, which site decides, and the task's guarded transitions (what an
 * approval issues is the licence module's {@code ResultDocumentsUnitTests}).
 */
class ApprovalRulesUnitTests {

	@Nested
	class Steps {

		final StepPlan plan = new StepPlan(List.of(new ApprovalStep("窗口受理", StepRole.ACCEPTOR, "SCJG", 0, true),
				new ApprovalStep("材料审查", StepRole.APPROVER, "SCJG", 1, true),
				new ApprovalStep("专家评审", StepRole.APPROVER, "SCJG", 10, false),
				new ApprovalStep("许可决定", StepRole.APPROVER, "SCJG", 1, true)));

		@Test
		void theFrontDesksStepsAreSkipped() {
			assertThat(plan.first()).hasValue(1);
			assertThat(plan.position(1)).isEqualTo(1);
			assertThat(plan.backOfficeSteps()).extracting(ApprovalStep::name)
				.containsExactly("材料审查", "专家评审", "许可决定");
		}

		@Test
		void approvingMovesOnAndTheLastStepDecides() {
			assertThat(plan.next(1)).hasValue(2);
			assertThat(plan.next(2)).hasValue(3);
			assertThat(plan.isLast(3)).isTrue();
			assertThat(plan.isLast(2)).isFalse();
			assertThat(plan.position(3)).isEqualTo(3);
		}

		@Test
		void returningGoesToThePreviousBackOfficeStepNeverToTheFrontDesk() {
			assertThat(plan.previous(3)).hasValue(2);
			assertThat(plan.previous(2)).hasValue(1);
			assertThat(plan.previous(1)).isEmpty();
		}

		@Test
		void aSituationDoneAtTheFrontDeskHasNoBackOfficeStep() {
			var instant = new StepPlan(List.of(new ApprovalStep("即办", StepRole.ACCEPTOR, "SWJ", 0, true)));
			assertThat(instant.first()).isEmpty();
			assertThat(new StepPlan(List.of()).first()).isEmpty();
		}
	}

	@Nested
	class Routing {

		final SiteSummary village = new SiteSummary(3, "桃源村便民服务站", SiteLevel.VILLAGE, 2L, "360899100201", true);
		final SiteSummary town = new SiteSummary(2, "青山镇便民服务中心", SiteLevel.TOWN, 1L, "360899100000", true);
		final SiteSummary county = new SiteSummary(1, "青山县政务服务中心", SiteLevel.COUNTY, null, "360899000000", true);

		@Test
		void theNearestSiteThatMayDecideDecides() {
			var ancestry = List.of(village, town, county);
			assertThat(TaskRouting.decidingSite(ancestry, Set.of(SiteLevel.COUNTY, SiteLevel.TOWN))).isEqualTo(town);
			assertThat(TaskRouting.decidingSite(ancestry, Set.of(SiteLevel.COUNTY))).isEqualTo(county);
			assertThat(TaskRouting.decidingSite(List.of(town, county), Set.of(SiteLevel.TOWN))).isEqualTo(town);
		}

		@Test
		void withoutADecidingSiteOnTheWayUpTheAcceptingSiteDecides() {
			assertThat(TaskRouting.decidingSite(List.of(county), Set.of(SiteLevel.TOWN))).isEqualTo(county);
			assertThat(TaskRouting.decidingSite(List.of(town, county), Set.of())).isEqualTo(town);
		}
	}

	@Nested
	class Tasks {

		final Instant now = Instant.parse("2026-11-20T02:00:00Z");

		final Task open = new Task(7, 1, 2, 3, 4, "SCJG", "市场监管局", 1, "材料审查", 1, true, false, TaskState.OPEN,
				null, null, null, now, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23), null, null, null, null, 0);

		@Test
		void aClaimedTaskBelongsToItsHolder() {
			var claimed = open.claim(11, "王审批", now);
			assertThat(claimed.state()).isEqualTo(TaskState.CLAIMED);
			claimed.requireHeldBy(11);
			assertThatThrownBy(() -> claimed.requireHeldBy(12)).isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.status()).isEqualTo(HttpStatus.FORBIDDEN));
			assertThatThrownBy(() -> claimed.claim(12, "李审批", now)).isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("approval.task-claimed"));
		}

		@Test
		void anUnclaimedTaskCannotBeDecided() {
			assertThatThrownBy(() -> open.decide(Decision.APPROVE, null, 11, now))
				.isInstanceOfSatisfying(DomainException.class,
						ex -> assertThat(ex.code()).isEqualTo("approval.task-not-claimed"));
		}

		@Test
		void aDecidedTaskIsClosed() {
			var approved = open.claim(11, "王审批", now).decide(Decision.APPROVE, "材料齐全", 11, now);
			assertThat(approved.state()).isEqualTo(TaskState.DONE);
			var returned = open.claim(11, "王审批", now).decide(Decision.RETURN, "补充核查", 11, now);
			assertThat(returned.state()).isEqualTo(TaskState.RETURNED);
			assertThatThrownBy(() -> approved.decide(Decision.REJECT, "x", 11, now))
				.isInstanceOfSatisfying(DomainException.class, ex -> {
					assertThat(ex.code()).isEqualTo("approval.task-closed");
					assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
				});
		}
	}

	@Test
	void aTimelineLineIsShortenedToFitNeverRefused() {
		assertThat(Progress.fit("  市场监管局 材料审查 通过  ")).isEqualTo("市场监管局 材料审查 通过");
		String long600 = "意".repeat(600);
		assertThat(Progress.fit(long600)).hasSize(Progress.MAX_LENGTH).endsWith("…");
		assertThat(Progress.fit("意".repeat(500))).hasSize(500).doesNotContain("…");
	}
}
