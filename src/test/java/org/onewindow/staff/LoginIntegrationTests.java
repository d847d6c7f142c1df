package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Login, logout, lockout after five wrong passwords, unlock by an administrator, failed logins per address, CSRF
 * protection.
 */
@HallIntegrationTest
class LoginIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Value("${onewindow.rate-limits.buckets.staff-login-failures-per-address.limit}")
	int failuresPerAddress;

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
	void theAuditLogRecordsTheClientBehindATrustedProxyNotTheProxy() {
		String address = HallClient.anotherAddress();
		var client = new HallClient(port).withHeader("X-Forwarded-For", address);
		assertThat(client.login("siteadmin", HallClient.DEMO_PASSWORD).status()).isEqualTo(200);
		List<String> actions = jdbc.sql("select action from pf_audit_log where remote_addr = :address order by id")
			.param("address", address)
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("LOGIN");
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

	@Test
	void thirtyFailedLoginsFromOneAddressInAQuarterHourStopItsLoginsButNoOtherAddresses() {
		var quarter = ZonedDateTime.of(2026, 3, 18, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
		clock.pin(quarter.plusMinutes(5));
		try {
			String address = HallClient.anotherAddress();
			assertThat(from(address).login("guide", HallClient.DEMO_PASSWORD).status()).isEqualTo(200);
			assertThat(jdbc.sql("select coalesce(sum(hits), 0) from pf_rate_limit where key = :address")
				.param("address", address).query(Integer.class).single()).as("a success is no failure").isZero();
			assertThat(failuresPerAddress).isEqualTo(30);
			for (int i = 0; i < failuresPerAddress; i++) {
				var wrong = from(address).login("nobody-" + UUID.randomUUID(), "wrong-password1");
				assertThat(wrong.code()).as("names no account lock counts").isEqualTo("auth.bad-credentials");
			}
			var refused = from(address).login("guide", HallClient.DEMO_PASSWORD);
			assertThat(refused.status()).isEqualTo(429);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.code()).isEqualTo("platform.too-many-requests");
			assertThat(refused.body().get("bucket").asString()).isEqualTo("staff-login-failures-per-address");
			assertThat(refused.detail()).isEqualTo("操作过于频繁，请 10 分钟后再试");
			assertThat(refused.header("Retry-After")).isEqualTo("600");

			assertThat(from(HallClient.anotherAddress()).login("guide", HallClient.DEMO_PASSWORD).status())
				.as("another address").isEqualTo(200);
			clock.pin(quarter.plusMinutes(15));
			assertThat(from(address).login("guide", HallClient.DEMO_PASSWORD).status()).as("the next quarter hour")
				.isEqualTo(200);
		}
		finally {
			clock.reset();
		}
	}

	private HallClient from(String address) {
		return new HallClient(port).withHeader("X-Forwarded-For", address);
	}

	static tools.jackson.databind.JsonNode staffNamed(HallClient admin, String username) {
		List<tools.jackson.databind.JsonNode> staff = admin.get("/api/staff").body().valueStream().toList();
		return staff.stream().filter(s -> s.get("username").asString().equals(username)).findFirst().orElseThrow();
	}
}
