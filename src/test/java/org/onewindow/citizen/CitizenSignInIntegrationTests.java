package org.onewindow.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.Citizens;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen's sign-in over HTTP as the phone pages do it (no staff login): the code from the SMS outbox, the cookie,
 * the tries, the rate limits, the idle timeout, and that the citizen's cookie opens no staff API.
 */
@HallIntegrationTest
class CitizenSignInIntegrationTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	static String aPhone() {
		return Citizens.aPhone();
	}

	String codeSentTo(String phone) {
		return Citizens.codeSentTo(jdbc, phone);
	}

	HallClient.Response requestCode(HallClient phone, String number) {
		return phone.post("/api/public/citizen/sms-code", Map.of("phone", number));
	}

	HallClient.Response signIn(HallClient phone, String number, String code) {
		return phone.post("/api/public/citizen/sign-in", Map.of("phone", number, "code", code));
	}

	/** A phone that went through the whole sign-in. */
	HallClient signedIn(String number) {
		var phone = new HallClient(port);
		assertThat(requestCode(phone, number).status()).isEqualTo(202);
		var response = signIn(phone, number, codeSentTo(number));
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return phone;
	}

	static String wrong(String code) {
		return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
	}

	@Test
	void aCitizenSignsInWithTheCodeFromTheTextMessage() {
		String number = aPhone();
		var phone = new HallClient(port);
		assertThat(phone.get("/api/public/citizen/me").status()).isEqualTo(401);

		var sent = requestCode(phone, number);
		assertThat(sent.status()).as(sent.text()).isEqualTo(202);
		assertThat(sent.body().get("phone").asString()).isEqualTo(number.substring(0, 3) + "****" + number.substring(7));
		assertThat(sent.body().get("resendAfterSeconds").asInt()).isEqualTo(60);
		String code = codeSentTo(number);
		byte[] stored = jdbc.sql("select code_hash from cz_sms_code where phone = :phone")
			.param("phone", number)
			.query(byte[].class)
			.single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(code);

		var signedIn = signIn(phone, number, code);
		assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
		assertThat(signedIn.body().get("phone").asString()).contains("****");

		var me = phone.get("/api/public/citizen/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body().get("phone").asString()).isEqualTo(sent.body().get("phone").asString());
		assertThat(jdbc.sql("select count(*) from cz_session where phone = :phone").param("phone", number)
			.query(Integer.class).single()).isEqualTo(1);

		var again = signIn(new HallClient(port), number, code);
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.code()).isEqualTo("citizen.code-used");
	}

	@Test
	void theCookieIsHttpOnlyLaxForTheWholeSiteAndOnlyItsHashIsStored() throws Exception {
		String number = aPhone();
		var phone = new HallClient(port);
		requestCode(phone, number);
		var response = raw("POST", "/api/public/citizen/sign-in", phone,
				"{\"phone\":\"" + number + "\",\"code\":\"" + codeSentTo(number) + "\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		String cookie = response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("OW_CITIZEN="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
		String token = cookie.substring("OW_CITIZEN=".length(), cookie.indexOf(';'));
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(jdbc.sql("select count(*) from cz_session where token_hash = :raw")
			.param("raw", token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).query(Integer.class).single())
			.isZero();
		assertThat(raw("GET", "/api/public/citizen/me", null, "OW_CITIZEN=" + token).statusCode()).isEqualTo(200);
		assertThat(raw("GET", "/api/public/citizen/me", null, "OW_CITIZEN=" + token.replace(token.charAt(0),
				token.charAt(0) == 'A' ? 'B' : 'A')).statusCode()).isEqualTo(401);
	}

	@Test
	void fiveWrongCodesLockTheCodeEvenForTheRightOne() {
		String number = aPhone();
		var phone = new HallClient(port);
		requestCode(phone, number);
		String code = codeSentTo(number);
		for (int left = 4; left >= 1; left--) {
			var wrong = signIn(phone, number, wrong(code));
			assertThat(wrong.status()).isEqualTo(400);
			assertThat(wrong.code()).isEqualTo("citizen.code-wrong");
			assertThat(wrong.detail()).contains("还可以再试 " + left + " 次");
		}
		var fifth = signIn(phone, number, wrong(code));
		assertThat(fifth.status()).isEqualTo(400);
		assertThat(fifth.code()).isEqualTo("citizen.code-locked");
		var right = signIn(phone, number, code);
		assertThat(right.status()).isEqualTo(400);
		assertThat(right.code()).isEqualTo("citizen.code-locked");
		assertThat(right.detail()).contains("重新获取");
		assertThat(phone.get("/api/public/citizen/me").status()).isEqualTo(401);
		assertThat(jdbc.sql("select attempts from cz_sms_code where phone = :phone").param("phone", number)
			.query(Integer.class).single()).isEqualTo(5);
	}

	@Test
	void oneCodePerMinuteAndTenPerDayAnsweredWith429() {
		String number = aPhone();
		var start = ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, HALL);
		clock.pin(start);
		var phone = new HallClient(port);
		assertThat(requestCode(phone, number).status()).isEqualTo(202);
		clock.pin(start.plusSeconds(20));
		var tooSoon = requestCode(phone, number);
		assertThat(tooSoon.status()).isEqualTo(429);
		assertThat(tooSoon.code()).isEqualTo("citizen.code-too-soon");
		assertThat(tooSoon.detail()).contains("40 秒");
		assertThat(tooSoon.header("Retry-After")).isEqualTo("40");
		assertThat(tooSoon.contentType()).startsWith("application/problem+json");

		for (int i = 1; i < 10; i++) {
			clock.pin(start.plusMinutes(i));
			assertThat(requestCode(phone, number).status()).isEqualTo(202);
		}
		clock.pin(start.plusMinutes(30));
		var daily = requestCode(phone, number);
		assertThat(daily.status()).isEqualTo(429);
		assertThat(daily.code()).isEqualTo("citizen.code-daily-limit");
		assertThat(daily.detail()).contains("10 次");
		assertThat(daily.header("Retry-After")).as("until midnight").isEqualTo(String.valueOf(15 * 3600 + 30 * 60));
		assertThat(jdbc.sql("select count(*) from cz_sms_code where phone = :phone").param("phone", number)
			.query(Integer.class).single()).as("refusals send nothing").isEqualTo(10);

		clock.pin(start.plusDays(1).withHour(0).withMinute(1));
		assertThat(requestCode(phone, number).status()).as("a new day").isEqualTo(202);
	}

	@Test
	void aCodeExpiresAfterFiveMinutes() {
		String number = aPhone();
		var start = ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, HALL);
		clock.pin(start);
		var phone = new HallClient(port);
		requestCode(phone, number);
		String code = codeSentTo(number);
		clock.pin(start.plusMinutes(5));
		var late = signIn(phone, number, code);
		assertThat(late.status()).isEqualTo(400);
		assertThat(late.code()).isEqualTo("citizen.code-expired");
	}

	@Test
	void aSessionEndsAfterTwoIdleHoursAndEachRequestMovesTheEnd() {
		String number = aPhone();
		var start = ZonedDateTime.of(2026, 3, 4, 9, 0, 0, 0, HALL);
		clock.pin(start);
		var phone = signedIn(number);
		clock.pin(start.plus(Duration.ofMinutes(110)));
		assertThat(phone.get("/api/public/citizen/me").status()).isEqualTo(200);
		clock.pin(start.plus(Duration.ofMinutes(220)));
		assertThat(phone.get("/api/public/citizen/me").status()).as("touched at 110 minutes").isEqualTo(200);
		clock.pin(start.plus(Duration.ofMinutes(341)));
		var expired = phone.get("/api/public/citizen/me");
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.code()).isEqualTo("citizen.sign-in-required");
	}

	@Test
	void signingOutEndsTheSessionEvenForACopiedCookie() throws Exception {
		String number = aPhone();
		var phone = new HallClient(port);
		requestCode(phone, number);
		var response = raw("POST", "/api/public/citizen/sign-in", phone,
				"{\"phone\":\"" + number + "\",\"code\":\"" + codeSentTo(number) + "\"}");
		String cookie = response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("OW_CITIZEN="))
			.findFirst()
			.orElseThrow();
		String token = cookie.substring("OW_CITIZEN=".length(), cookie.indexOf(';'));
		var out = raw("POST", "/api/public/citizen/sign-out", phone, "OW_CITIZEN=" + token);
		assertThat(out.statusCode()).isEqualTo(204);
		assertThat(out.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("OW_CITIZEN=;")
				&& c.contains("Max-Age=0"));
		assertThat(raw("GET", "/api/public/citizen/me", null, "OW_CITIZEN=" + token).statusCode()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from cz_session where phone = :phone").param("phone", number)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aCitizenIsNoStaffMember() {
		var phone = signedIn(aPhone());
		for (String staffApi : List.of("/api/cases", "/api/me", "/api/staff", "/api/audit")) {
			var response = phone.get(staffApi);
			assertThat(response.status()).as(staffApi).isEqualTo(401);
			assertThat(response.code()).as(staffApi).isEqualTo("auth.required");
		}
		assertThat(phone.post("/api/queue/counters/1/calls", Map.of()).status()).isEqualTo(401);
	}

	@Test
	void badInputIsRefusedWithAChineseProblemAndChangesNothing() {
		String number = aPhone();
		var phone = new HallClient(port);
		var badPhone = phone.post("/api/public/citizen/sms-code", Map.of("phone", "1234"));
		assertThat(badPhone.status()).isEqualTo(400);
		assertThat(badPhone.detail()).isNotBlank();
		assertThat(phone.post("/api/public/citizen/sms-code", Map.of()).status()).isEqualTo(400);

		var notRequested = signIn(phone, number, "123456");
		assertThat(notRequested.status()).isEqualTo(400);
		assertThat(notRequested.code()).isEqualTo("citizen.code-not-requested");

		requestCode(phone, number);
		var letters = signIn(phone, number, "12a456");
		assertThat(letters.status()).isEqualTo(400);
		assertThat(letters.text()).contains("6 位数字");
		assertThat(jdbc.sql("select attempts from cz_sms_code where phone = :phone").param("phone", number)
			.query(Integer.class).single()).as("a malformed code is no try").isZero();

		var forged = phone.postWithoutToken("/api/public/citizen/sign-in", Map.of("phone", number, "code",
				codeSentTo(number)));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(phone.get("/api/public/citizen/me").status()).isEqualTo(401);
	}

	/** A request with exactly the given cookie (and, for a change, the client's XSRF token). */
	HttpResponse<String> raw(String method, String path, HallClient csrfFrom, String bodyOrCookie)
			throws IOException, InterruptedException {
		var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json");
		if ("GET".equals(method)) {
			builder.header("Cookie", bodyOrCookie).GET();
		}
		else if (bodyOrCookie.startsWith("{")) {
			builder.header("Cookie", csrfFrom.cookieHeader())
				.header("X-XSRF-TOKEN", csrfFrom.xsrfToken())
				.header("Content-Type", "application/json")
				.POST(BodyPublishers.ofString(bodyOrCookie));
		}
		else {
			builder.header("Cookie", csrfFrom.cookieHeader() + "; " + bodyOrCookie)
				.header("X-XSRF-TOKEN", csrfFrom.xsrfToken())
				.POST(BodyPublishers.noBody());
		}
		return HttpClient.newHttpClient().send(builder.build(), BodyHandlers.ofString());
	}
}
