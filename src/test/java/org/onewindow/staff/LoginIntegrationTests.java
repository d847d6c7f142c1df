package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login, logout, lockout after five wrong passwords, unlock by an administrator, CSRF protection.
 */
@HallIntegrationTest
class LoginIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void demoLoginReturnsTheStaffMemberAndOpensTheApi() {
		var client = new HallClient(port);
		assertThat(client.get("/api/me").status()).isEqualTo(401);

		var login = client.login("siteadmin", HallClient.DEMO_PASSWORD);

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body().get("username").asString()).isEqualTo("siteadmin");
		assertThat(login.body().get("siteName").asString()).isEqualTo("青山县政务服务中心");
		assertThat(login.body().get("roles").get(0).asString()).isEqualTo("SITE_ADMIN");
		var me = client.get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body().get("displayName").asString()).isEqualTo("陈站长");
	}

	@Test
	void usernamesAreCaseInsensitive() {
		assertThat(new HallClient(port).login("  SiteAdmin ", HallClient.DEMO_PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void logoutEndsTheSession() {
		var client = HallClient.loggedIn(port, "guide");
		assertThat(client.post("/logout", Map.of()).status()).isEqualTo(204);
		assertThat(client.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void unauthenticatedApiCallsGetAChineseProblem() {
		var response = new HallClient(port).get("/api/sites");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.code()).isEqualTo("auth.required");
		assertThat(response.detail()).contains("登录");
	}

	@Test
	void wrongPasswordIsRefusedWithoutSayingWhetherTheUserExists() {
		var known = new HallClient(port).login("supervisor", "wrong-password1");
		var unknown = new HallClient(port).login("nobody-here", "wrong-password1");
		assertThat(known.status()).isEqualTo(401);
		assertThat(known.code()).isEqualTo("auth.bad-credentials");
		assertThat(unknown.code()).isEqualTo("auth.bad-credentials");
		assertThat(known.detail()).isEqualTo(unknown.detail()).contains("用户名或密码错误");
		// a success resets the count
		assertThat(new HallClient(port).login("supervisor", HallClient.DEMO_PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
		var client = new HallClient(port);
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(client.login("delivery", "not-the-password1").code()).isEqualTo("auth.bad-credentials");
		}
		var fifth = client.login("delivery", "not-the-password1");
		assertThat(fifth.status()).isEqualTo(401);
		assertThat(fifth.code()).isEqualTo("auth.locked-now");
		assertThat(fifth.detail()).contains("5 次").contains("锁定至");

		var rightPasswordWhileLocked = client.login("delivery", HallClient.DEMO_PASSWORD);
		assertThat(rightPasswordWhileLocked.status()).isEqualTo(401);
		assertThat(rightPasswordWhileLocked.code()).isEqualTo("auth.locked");
		assertThat(rightPasswordWhileLocked.detail()).contains("已被锁定").contains("联系站点管理员");

		var admin = HallClient.loggedIn(port, "siteadmin");
		var locked = staffNamed(admin, "delivery");
		assertThat(locked.get("locked").asBoolean()).isTrue();
		assertThat(admin.delete("/api/staff/" + locked.get("id").asLong() + "/lock").status()).isEqualTo(204);

		assertThat(new HallClient(port).login("delivery", HallClient.DEMO_PASSWORD).status()).isEqualTo(200);
		assertThat(staffNamed(admin, "delivery").get("locked").asBoolean()).isFalse();
	}

	@Test
	void changesWithoutTheCsrfTokenAreRefused() {
		var client = HallClient.loggedIn(port, "sysadmin");
		var response = client.postWithoutToken("/api/departments",
				Map.of("code", "TEST", "name", "测试局", "shortName", "测试"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.code()).isEqualTo("auth.csrf");
	}

	@Test
	void rolesLimitWhatAStaffMemberMayDo() {
		var guide = HallClient.loggedIn(port, "guide");
		var response = guide.get("/api/staff");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.code()).isEqualTo("auth.forbidden");
		assertThat(guide.get("/api/audit").status()).isEqualTo(403);
	}

	static tools.jackson.databind.JsonNode staffNamed(HallClient admin, String username) {
		List<tools.jackson.databind.JsonNode> staff = admin.get("/api/staff").body().valueStream().toList();
		return staff.stream().filter(s -> s.get("username").asString().equals(username)).findFirst().orElseThrow();
	}
}
