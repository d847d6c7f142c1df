package org.onewindow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.approval.ApprovalFixtures.awaitStep;
import static org.onewindow.approval.ApprovalFixtures.backOffice;
import static org.onewindow.support.Cases.acceptedCase;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.staff.internal.Reminders;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestClock;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 催办提醒 of 审批待办 on real November 2026 dates: a 10-day 承诺件 accepted on Monday 2 November turns yellow on
 * Wednesday 11 November (7 of 10 working days) — every approver of the department is reminded while nobody holds the
 * task — and red on Tuesday 17 November, when only the approver who claimed it is reminded; once each.
 */
@HallIntegrationTest
class TaskReminderIntegrationTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	TestClock clock;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	SiteManagement sites;

	@Autowired
	StaffSetup staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reminders reminders;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private void at(int month, int day) {
		clock.pin(ZonedDateTime.of(2026, month, day, 10, 0, 0, 0, HALL));
	}

	private String approver(long siteId, long departmentId, String phone) {
		String username = "r" + UUID.randomUUID().toString().substring(0, 8);
		staff.account(username, "测试审批员", HallClient.DEMO_PASSWORD, siteId, departmentId, EnumSet.of(Role.APPROVER),
				List.of());
		jdbc.sql("update sf_account set phone = :phone where username = :username")
			.param("phone", phone)
			.param("username", username)
			.update();
		return username;
	}

	private static String phone() {
		return "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	private List<String> sms(String phone) {
		return jdbc.sql("select text from pf_sms_outbox where phone = :phone and purpose = 'staff-reminder' order by id")
			.param("phone", phone)
			.query(String.class)
			.list();
	}

	private List<String> lights(long taskId) {
		return lights(Long.toString(taskId));
	}

	private List<String> lights(String itemKey) {
		return jdbc.sql("select light from sf_reminder where source = 'approval-task' and item_key = :key order by id")
			.param("key", itemKey)
			.query(String.class)
			.list();
	}

	@Test
	void theTaskIsRemindedWhenItsStepIsOverdueAndWhenItsCaseTurnsYellowAndRed() {
		var fixtures = new ApprovalFixtures(catalog, sites, staff, port);
		var hall = halls.create(List.of(List.of("A")));
		var clerk = HallClient.loggedIn(port, hall.clerks().get(0));
		var situation = fixtures.decidedAtTown(10);
		long department = fixtures.departmentId(backOffice(situation).get(0).department());
		String phoneA = phone();
		String phoneB = phone();
		String a = approver(hall.siteId(), department, phoneA);
		approver(hall.siteId(), department, phoneB);
		var approverA = HallClient.loggedIn(port, a);

		at(11, 2);
		long caseId = acceptedCase(clerk, situation.code(), null);
		var task = awaitStep(approverA, caseId, situation.name(), backOffice(situation).get(0).name());
		long taskId = task.get("id").asLong();
		String caseNumber = task.get("caseNumber").asString();
		String stepDueOn = task.get("stepDueOn").asString();
		assertThat(stepDueOn).as("the first step's share ends before the case's 10 days").isEqualTo("2026-11-09");

		at(11, 9); // the step's last day
		reminders.run();
		assertThat(lights(taskId + ":step")).isEmpty();

		at(11, 10); // 6 of 10 working days: the case is green, its first step overdue
		reminders.run();
		reminders.run();
		assertThat(lights(taskId)).isEmpty();
		assertThat(lights(taskId + ":step")).containsExactly("STEP_OVERDUE");
		assertThat(sms(phoneA)).hasSize(1);
		assertThat(sms(phoneB)).as("nobody holds the task: the whole department").hasSize(1);
		assertThat(sms(phoneA).get(0)).startsWith("【一窗通】审批事项 " + caseNumber)
			.contains("「" + backOffice(situation).get(0).name() + "」环节已超期（环节到期 2026-11-09）");

		at(11, 11); // 7 of 10: yellow
		reminders.run();
		reminders.run();
		assertThat(lights(taskId)).containsExactly("YELLOW");
		assertThat(lights(taskId + ":step")).containsExactly("STEP_OVERDUE");
		assertThat(sms(phoneA)).hasSize(2);
		assertThat(sms(phoneB)).as("nobody holds the task: the whole department").hasSize(2);
		assertThat(sms(phoneA).get(1)).startsWith("【一窗通】审批事项 " + caseNumber)
			.contains("已进入黄灯预警")
			.contains("承诺办结日 2026-11-16");

		at(11, 12);
		var claimed = approverA.post("/api/approval/tasks/" + taskId + "/claim",
				Map.of("version", task.get("version").asInt()));
		assertThat(claimed.status()).as(claimed.text()).isEqualTo(200);
		reminders.run();
		assertThat(lights(taskId)).containsExactly("YELLOW");

		at(11, 16); // the promised day itself: still yellow
		reminders.run();
		assertThat(lights(taskId)).containsExactly("YELLOW");
		at(11, 17); // overdue
		reminders.run();
		reminders.run();
		assertThat(lights(taskId)).containsExactly("YELLOW", "RED");
		assertThat(sms(phoneA)).hasSize(3);
		assertThat(sms(phoneA).get(2)).contains("已超期，亮起红灯");
		assertThat(sms(phoneB)).as("the holder only").hasSize(2);
		var mine = approverA.get("/api/me/reminders");
		assertThat(mine.body().get(0).get("link").asString()).isEqualTo("/approval?task=" + taskId);
	}

	@Test
	void aStepIsNotRemindedOfWhilePausedAndThenByItsMovedDueDate() {
		var fixtures = new ApprovalFixtures(catalog, sites, staff, port);
		var hall = halls.create(List.of(List.of("A")));
		var clerk = HallClient.loggedIn(port, hall.clerks().get(0));
		var situation = fixtures.decidedAtTown(10);
		long department = fixtures.departmentId(backOffice(situation).get(0).department());
		String phone = phone();
		var approver = HallClient.loggedIn(port, approver(hall.siteId(), department, phone));

		at(11, 2);
		long caseId = acceptedCase(clerk, situation.code(), null);
		var task = awaitStep(approver, caseId, situation.name(), backOffice(situation).get(0).name());
		long taskId = task.get("id").asLong();
		assertThat(task.get("stepDueOn").asString()).isEqualTo("2026-11-09");
		at(11, 3);
		var claimed = approver.post("/api/approval/tasks/" + taskId + "/claim",
				Map.of("version", task.get("version").asInt()));
		assertThat(claimed.status()).as(claimed.text()).isEqualTo(200);

		at(11, 5);
		var started = approver.post("/api/approval/cases/" + caseId + "/special-procedures",
				Map.of("procedure", "专家评审", "reason", "技术方案须经专家论证", "expectedDays", 3));
		assertThat(started.status()).as(started.text()).isEqualTo(201);
		at(11, 10); // past the step's old due date, but the clock stands still
		reminders.run();
		assertThat(lights(taskId + ":step")).isEmpty();

		at(11, 12); // 6, 9, 10, 11 and 12 November off the clock: the step is due on the 16th
		var ended = approver.post("/api/approval/cases/" + caseId + "/special-procedures/"
				+ started.body().get("id").asLong() + "/end", Map.of());
		assertThat(ended.status()).as(ended.text()).isEqualTo(200);
		at(11, 16);
		reminders.run();
		assertThat(lights(taskId + ":step")).isEmpty();
		at(11, 17);
		reminders.run();
		assertThat(lights(taskId + ":step")).containsExactly("STEP_OVERDUE");
		assertThat(lights(taskId)).as("6 of 10 days used: the case is green").isEmpty();
		assertThat(sms(phone)).singleElement().asString().contains("环节已超期（环节到期 2026-11-16）");
	}
}
