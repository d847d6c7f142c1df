package org.onewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The site administrator's queue settings: saved when valid; out-of-range values, bad category codes, unknown
 * departments and overlapping or empty appointment hours are clear 4xx problems that store nothing.
 */
@HallIntegrationTest
class QueueAdminIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	TestHall hall;

	HallClient admin;

	String base;

	@BeforeEach
	void newHall() {
		hall = halls.create(List.of(List.of("A")));
		admin = HallClient.loggedIn(port, "siteadmin");
		base = "/api/queue/sites/" + hall.siteId();
	}

	@Test
	void settingsOutOfRangeAreRefusedAndNothingChanges() {
		var before = admin.get(base + "/settings").body();
		var body = new HashMap<String, Object>();
		before.properties().forEach(e -> body.put(e.getKey(), e.getValue().asInt()));
		body.put("priorityRatio", 0);
		var refused = admin.put(base + "/settings", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("priorityRatio");
		assertThat(admin.get(base + "/settings").body()).isEqualTo(before);

		body.put("priorityRatio", 5);
		assertThat(admin.put(base + "/settings", body).body().get("priorityRatio").asInt()).isEqualTo(5);
		var clerk = HallClient.loggedIn(port, hall.clerks().get(0));
		assertThat(clerk.put(base + "/settings", body).status()).isEqualTo(403);
	}

	@Test
	void badCategoriesAreRefusedAndNothingIsStored() {
		var count = admin.get(base + "/queue-categories").body().size();
		var valid = Map.of("name", "医保专窗", "departmentCodes", List.of("YBJ"), "active", true);
		assertThat(admin.put(base + "/queue-categories/a1", valid).code()).isEqualTo("queue.category-code-invalid");
		var unknownDepartment = admin.put(base + "/queue-categories/H",
				Map.of("name", "医保专窗", "departmentCodes", List.of("NO-SUCH"), "active", true));
		assertThat(unknownDepartment.status()).isEqualTo(422);
		assertThat(unknownDepartment.code()).isEqualTo("queue.department-unknown");
		assertThat(admin.put(base + "/queue-categories/H", Map.of("name", "", "departmentCodes", List.of(), "active", true))
			.status()).isEqualTo(400);
		assertThat(admin.get(base + "/queue-categories").body().size()).isEqualTo(count);

		var saved = admin.put(base + "/queue-categories/H", valid);
		assertThat(saved.status()).as(saved.text()).isEqualTo(200);
		assertThat(admin.get(base + "/queue-categories").body().size()).isEqualTo(count + 1);
	}

	@Test
	void appointmentHoursMustBeWholeSlotsWithoutOverlap() {
		var rule = new HashMap<String, Object>(Map.of("category", "A", "dayKind", "SATURDAY", "start", "09:00", "end",
				"12:00", "slotMinutes", 30, "capacity", 4, "label", "周六延时"));
		assertThat(admin.post(base + "/slot-rules", rule).status()).isEqualTo(201);
		var overlapping = admin.post(base + "/slot-rules", new HashMap<>(Map.of("category", "A", "dayKind", "SATURDAY",
				"start", "11:00", "end", "12:30", "slotMinutes", 30, "capacity", 4)));
		assertThat(overlapping.status()).isEqualTo(409);
		assertThat(overlapping.code()).isEqualTo("queue.slot-rule-overlaps");
		var backwards = admin.post(base + "/slot-rules", new HashMap<>(Map.of("category", "A", "dayKind", "WORKDAY",
				"start", "12:00", "end", "09:00", "slotMinutes", 30, "capacity", 4)));
		assertThat(backwards.code()).isEqualTo("queue.slot-rule-times-invalid");
		var tooShort = admin.post(base + "/slot-rules", new HashMap<>(Map.of("category", "A", "dayKind", "WORKDAY",
				"start", "12:00", "end", "12:20", "slotMinutes", 30, "capacity", 4)));
		assertThat(tooShort.code()).isEqualTo("queue.slot-rule-too-short");
		assertThat(admin.post(base + "/slot-rules", new HashMap<>(Map.of("category", "Q", "dayKind", "WORKDAY",
				"start", "09:00", "end", "10:00", "slotMinutes", 30, "capacity", 4))).code())
			.isEqualTo("queue.category-unknown");
		assertThat(admin.post(base + "/slot-rules", new HashMap<>(Map.of("category", "A", "dayKind", "WORKDAY",
				"start", "09:00", "end", "10:00", "slotMinutes", 30, "capacity", 0))).status()).isEqualTo(400);
		assertThat(admin.get(base + "/slot-rules").body().size()).isEqualTo(1);
		assertThat(admin.delete(base + "/slot-rules/999999").status()).isEqualTo(404);
	}
}
