package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.InvalidValueException;
import org.onewindow.support.Citizens;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The SMS port's outbox: written in the caller's transaction, validated, and listed for administrators only, the
 * one-time codes masked except for the demo's system administrator.
 */
@HallIntegrationTest
class SmsOutboxIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SmsGateway sms;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSentMessageIsListedWholeNewestFirstForAdministrators() {
		String phone = aPhone();
		long first = sms.send(phone, "【一窗通】您的办件QS20261122000123已受理，承诺于2026年12月04日前办结。", "case-accepted");
		long second = sms.send("+86 " + phone.substring(0, 3) + "-" + phone.substring(3), "【一窗通】您的办件已办结，请到统一出件窗口领取。",
				"result-ready");

		for (String admin : new String[] { "siteadmin", "sysadmin", "town_admin" }) {
			var page = HallClient.loggedIn(port, admin).get("/api/admin/sms-outbox?phone=" + phone);
			assertThat(page.status()).as(admin + ": " + page.text()).isEqualTo(200);
			assertThat(page.body().get("total").asLong()).isEqualTo(2);
			JsonNode newest = page.body().get("content").get(0);
			assertThat(newest.get("id").asLong()).isEqualTo(second);
			assertThat(newest.get("phone").asString()).as("administrators see the whole number").isEqualTo(phone);
			assertThat(newest.get("purpose").asString()).isEqualTo("result-ready");
			assertThat(newest.get("status").asString()).isEqualTo("PENDING");
			assertThat(newest.get("statusLabel").asString()).isEqualTo("待发送");
			assertThat(newest.get("text").asString()).isEqualTo("【一窗通】您的办件已办结，请到统一出件窗口领取。");
			JsonNode older = page.body().get("content").get(1);
			assertThat(older.get("id").asLong()).isEqualTo(first);
			assertThat(older.get("text").asString()).as("messages without a code stay whole")
				.isEqualTo("【一窗通】您的办件QS20261122000123已受理，承诺于2026年12月04日前办结。");
		}
	}

	@Test
	void siteAdministratorsNeverSeeAUsableCodeOnlyTheDemosSystemAdministratorDoes() {
		String phone = aPhone();
		sms.send(phone, "【一窗通】您的登录验证码为 125706，5 分钟内有效。", "sign-in-code");
		sms.send(phone, "【一窗通】您的验证码是：908172。", "one-time-notice");

		for (String admin : new String[] { "town_admin", "siteadmin" }) {
			var page = HallClient.loggedIn(port, admin).get("/api/admin/sms-outbox?phone=" + phone).body();
			assertThat(page.get("total").asLong()).isEqualTo(2);
			assertThat(page.toString()).as(admin).doesNotContain("125706").doesNotContain("908172");
			assertThat(page.get("content").get(1).get("text").asString()).as(admin)
				.isEqualTo("【一窗通】您的登录验证码为 ******，5 分钟内有效。");
			assertThat(page.get("content").get(0).get("text").asString()).as(admin)
				.isEqualTo("【一窗通】您的验证码是：******。");
		}

		// the test context is the demo (onewindow.demo.enabled: true, the demo county loaded): there the system
		// administrator reads the code, because the demo has no SMS provider (docs/demo.md)
		var sysadmin = HallClient.loggedIn(port, "sysadmin")
			.get("/api/admin/sms-outbox?phone=" + phone + "&purpose=sign-in-code")
			.body();
		assertThat(sysadmin.get("content").get(0).get("text").asString())
			.isEqualTo("【一窗通】您的登录验证码为 125706，5 分钟内有效。");
	}

	@Test
	void aTownAdministratorCannotSignInAsTheCitizenWithWhatTheOutboxShows() {
		String phone = aPhone();
		var citizen = new HallClient(port);
		assertThat(citizen.post("/api/public/citizen/sms-code", Map.of("phone", phone)).status()).isEqualTo(202);
		String code = Citizens.codeSentTo(jdbc, phone);

		var shown = HallClient.loggedIn(port, "town_admin")
			.get("/api/admin/sms-outbox?phone=" + phone + "&purpose=sign-in-code")
			.body()
			.get("content")
			.get(0)
			.get("text")
			.asString();
		assertThat(shown).startsWith("您的登录验证码为 ******，").doesNotContain(code).doesNotContainPattern("\\d{4}");

		var intruder = new HallClient(port);
		var refused = intruder.post("/api/public/citizen/sign-in", Map.of("phone", phone, "code", "******"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(intruder.get("/api/public/citizen/me").status()).isEqualTo(401);
	}

	@Test
	void theListFiltersByPurposeAndPartOfTheNumberAndPages() {
		String phone = aPhone();
		sms.send(phone, "验证码 111111", "sign-in-code");
		sms.send(phone, "验证码 222222", "sign-in-code");
		sms.send(phone, "请补正材料", "one-time-notice");
		var admin = HallClient.loggedIn(port, "sysadmin");

		var codes = admin.get("/api/admin/sms-outbox?phone=" + phone + "&purpose=sign-in-code&size=1&page=1").body();
		assertThat(codes.get("total").asLong()).isEqualTo(2);
		assertThat(codes.get("size").asInt()).isEqualTo(1);
		assertThat(codes.get("content")).hasSize(1);
		assertThat(codes.get("content").get(0).get("text").asString()).isEqualTo("验证码 111111");

		var byDigits = admin.get("/api/admin/sms-outbox?phone=" + phone.substring(3) + "&purpose=one-time-notice").body();
		assertThat(byDigits.get("total").asLong()).isEqualTo(1);
		assertThat(byDigits.get("content").get(0).get("phone").asString()).isEqualTo(phone);

		assertThat(admin.get("/api/admin/sms-outbox/purposes").body().valueStream().map(JsonNode::asString))
			.contains("sign-in-code", "one-time-notice");

		var bad = admin.get("/api/admin/sms-outbox?phone=abc");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.code()).isEqualTo("sms.phone-filter-invalid");
		assertThat(bad.detail()).contains("不是手机号码");
		assertThat(admin.get("/api/admin/sms-outbox?size=0").status()).isEqualTo(400);
	}

	@Test
	void aRolledBackChangeSendsNothing() {
		String phone = aPhone();
		transactions.executeWithoutResult(status -> {
			sms.send(phone, "这条短信随业务一起回滚", "one-time-notice");
			status.setRollbackOnly();
		});
		var page = HallClient.loggedIn(port, "sysadmin").get("/api/admin/sms-outbox?phone=" + phone).body();
		assertThat(page.get("total").asLong()).isZero();
	}

	@Test
	void clerksAndSupervisorsMayNotReadTheOutbox() {
		for (String user : new String[] { "acceptor", "supervisor", "guide" }) {
			var refused = HallClient.loggedIn(port, user).get("/api/admin/sms-outbox");
			assertThat(refused.status()).as(user).isEqualTo(403);
			assertThat(refused.code()).isEqualTo("auth.forbidden");
		}
		assertThat(new HallClient(port).get("/api/admin/sms-outbox").status()).isEqualTo(401);
	}

	@Test
	void badNumbersTextsAndPurposesAreRefusedAndNothingIsWritten() {
		String phone = aPhone();
		assertThatThrownBy(() -> sms.send("12345", "文本", "sign-in-code")).isInstanceOfSatisfying(
				InvalidValueException.class, ex -> assertThat(ex.code()).startsWith("shared.phone-number"));
		assertThatThrownBy(() -> sms.send("0796-8800111", "文本", "sign-in-code"))
			.isInstanceOf(InvalidValueException.class);
		assertRefused(() -> sms.send(phone, " ", "sign-in-code"), "sms.text-required");
		assertRefused(() -> sms.send(phone, "字".repeat(501), "sign-in-code"), "sms.text-too-long");
		assertRefused(() -> sms.send(phone, "文本", "Sign In"), "sms.purpose-invalid");
		assertRefused(() -> sms.send(phone, "文本", null), "sms.purpose-invalid");
		assertThat(HallClient.loggedIn(port, "sysadmin").get("/api/admin/sms-outbox?phone=" + phone).body()
			.get("total").asLong()).isZero();

		// exactly 500 characters, counted as characters (an emoji is one), are fine
		sms.send(phone, "😀" + "字".repeat(499), "sign-in-code");
	}

	private static void assertRefused(Runnable call, String code) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.code()).isEqualTo(code);
			assertThat(ex.status().value()).isEqualTo(400);
		});
	}

	private static String aPhone() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}
}
