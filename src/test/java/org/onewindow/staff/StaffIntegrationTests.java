package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Managing staff accounts within a scope, with validated personal data.
 */
@HallIntegrationTest
class StaffIntegrationTests {

	@LocalServerPort
	int port;

	private Map<String, Object> newClerk(String username) {
		var body = new HashMap<String, Object>();
		body.put("username", username);
		body.put("displayName", "钱受理");
		body.put("password", "Start2026x");
		body.put("siteId", 1);
		body.put("roles", List.of("ACCEPTOR"));
		body.put("counterIds", List.of(1, 2));
		body.put("phone", "+86 138-0013-8000");
		body.put("idNumber", "11010519491231002X");
		return body;
	}

	@Test
	void aSiteAdministratorCreatesAClerkWhoCanLogIn() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var created = admin.post("/api/staff", newClerk("qian_clerk"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).matches("/api/staff/\\d+");
		assertThat(created.body().get("phone").asString()).isEqualTo("138****8000");
		assertThat(created.body().get("idNumber").asString()).isEqualTo("110105********002X");
		assertThat(new HallClient(port).login("qian_clerk", "Start2026x").status()).isEqualTo(200);
	}

	@Test
	void anInvalidIdNumberIsRefusedNamingTheFieldAndReason() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var body = newClerk("bad_id_clerk");
		body.put("idNumber", "110105194912310021");

		var response = admin.post("/api/staff", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.code()).startsWith("shared.id-number");
		assertThat(response.detail()).contains("身份证号").contains("校验");
		assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
		assertThat(admin.get("/api/staff").text()).doesNotContain("bad_id_clerk");
	}

	@Test
	void aLegacyFifteenDigitIdNumberIsRefusedClearly() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var body = newClerk("legacy_id_clerk");
		body.put("idNumber", "110105491231002");
		var response = admin.post("/api/staff", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.detail()).contains("15位");
	}

	@Test
	void anInvalidPhoneAndAWeakPasswordAreRefused() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var body = newClerk("weak_clerk");
		body.put("phone", "12345");
		assertThat(admin.post("/api/staff", body).detail()).contains("手机号");

		body.put("phone", "13800138000");
		body.put("password", "short");
		var weak = admin.post("/api/staff", body);
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.code()).isEqualTo("platform.validation");
		assertThat(weak.detail()).contains("密码").contains("至少 8 位");
	}

	@Test
	void aSiteAdministratorMayNotGrantSystemAdministration() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var body = newClerk("would_be_root");
		body.put("roles", List.of("SYS_ADMIN"));
		var response = admin.post("/api/staff", body);
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.code()).isEqualTo("staff.sys-admin-grant");
	}

	@Test
	void aTownAdministratorOnlySeesAndManagesTheTownAndItsVillages() {
		var townAdmin = HallClient.loggedIn(port, "town_admin");
		var usernames = townAdmin.get("/api/staff").body().valueStream().map(s -> s.get("username").asString()).toList();
		assertThat(usernames).contains("town_admin", "town_clerk", "village_clerk").doesNotContain("siteadmin", "guide");

		var countyClerk = LoginIntegrationTests.staffNamed(HallClient.loggedIn(port, "siteadmin"), "acceptor");
		var response = townAdmin.get("/api/staff/" + countyClerk.get("id").asLong());
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.code()).isEqualTo("staff.out-of-scope");

		var body = newClerk("town_new");
		var created = townAdmin.post("/api/staff", body);
		assertThat(created.status()).as("siteId 1 is the county center, outside the town").isEqualTo(403);
	}

	@Test
	void countersMustBelongToTheAccountsSite() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var body = newClerk("wrong_counter_clerk");
		body.put("counterIds", List.of(9999));
		var response = admin.post("/api/staff", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.code()).isEqualTo("staff.counter-not-at-site");
	}

	@Test
	void aDuplicateUsernameIsAConflict() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var response = admin.post("/api/staff", newClerk("guide"));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.detail()).contains("guide");
	}
}
