package org.onewindow.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.support.Citizens;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform's rate limits on the citizens' sign-in, with the numbers of application.yml: text messages sent from
 * one address, failed sign-ins per phone and per address. Each test appears from addresses of its own
 * ({@link HallClient#fromAnotherAddress}) and pins the clock to the start of an hour window.
 */
@HallIntegrationTest
class CitizenRateLimitIntegrationTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Value("${onewindow.rate-limits.buckets.citizen-codes-per-address.limit}")
	int codesPerAddress;

	@Value("${onewindow.rate-limits.buckets.citizen-sign-in-failures-per-phone.limit}")
	int failuresPerPhone;

	@Value("${onewindow.rate-limits.buckets.citizen-sign-in-failures-per-address.limit}")
	int failuresPerAddress;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	HallClient.Response requestCode(HallClient phone, String number) {
		return phone.post("/api/public/citizen/sms-code", Map.of("phone", number));
	}

	HallClient.Response signIn(HallClient phone, String number, String code) {
		return phone.post("/api/public/citizen/sign-in", Map.of("phone", number, "code", code));
	}

	String codeSentTo(String number) {
		return Citizens.codeSentTo(jdbc, number);
	}

	int messagesTo(String number) {
		return jdbc.sql("select count(*) from pf_sms_outbox where phone = :phone")
			.param("phone", number)
			.query(Integer.class)
			.single();
	}

	static String wrong(String code) {
		return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
	}

	@Test
	void oneAddressGetsThirtyTextMessagesAnHourWhateverTheNumbers() {
		var hour = ZonedDateTime.of(2026, 3, 16, 10, 0, 0, 0, HALL);
		clock.pin(hour.plusMinutes(20));
		var bomber = HallClient.fromAnotherAddress(port);
		assertThat(codesPerAddress).isEqualTo(30);
		for (int i = 0; i < codesPerAddress; i++) {
			var sent = requestCode(bomber, Citizens.aPhone());
			assertThat(sent.status()).as(sent.text()).isEqualTo(202);
		}
		String victim = Citizens.aPhone();
		var refused = requestCode(bomber, victim);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.code()).isEqualTo("platform.too-many-requests");
		assertThat(refused.body().get("title").asString()).isEqualTo("操作过于频繁");
		assertThat(refused.detail()).isEqualTo("操作过于频繁，请 40 分钟后再试");
		assertThat(refused.header("Retry-After")).isEqualTo("2400");
		assertThat(refused.body().get("retryAfterSeconds").asLong()).isEqualTo(2400);
		assertThat(refused.body().get("bucket").asString()).isEqualTo("citizen-codes-per-address");
		assertThat(messagesTo(victim)).as("nothing sent").isZero();

		assertThat(requestCode(HallClient.fromAnotherAddress(port), victim).status()).as("another address")
			.isEqualTo(202);
		assertThat(requestCode(new HallClient(port), Citizens.aPhone()).status())
			.as("the exempt local address of the tests").isEqualTo(202);

		clock.pin(hour.plusHours(1));
		assertThat(requestCode(bomber, Citizens.aPhone()).status()).as("a new window").isEqualTo(202);
	}

	@Test
	void onlyMessagesActuallySentCountAgainstTheAddress() {
		var start = ZonedDateTime.of(2026, 3, 16, 11, 0, 0, 0, HALL);
		clock.pin(start);
		var phone = HallClient.fromAnotherAddress(port);
		String number = Citizens.aPhone();
		assertThat(requestCode(phone, number).status()).isEqualTo(202);
		clock.pin(start.plusSeconds(15));
		for (int i = 0; i < codesPerAddress + 5; i++) {
			var tooSoon = requestCode(phone, number);
			assertThat(tooSoon.status()).isEqualTo(429);
			assertThat(tooSoon.code()).as("the citizen rule per phone").isEqualTo("citizen.code-too-soon");
			assertThat(tooSoon.header("Retry-After")).isEqualTo("45");
		}
		assertThat(requestCode(phone, Citizens.aPhone()).status()).as("refusals were refunded").isEqualTo(202);
		assertThat(requestCode(phone, "12345").status()).as("a bad number is no message").isEqualTo(400);
	}

	@Test
	void tenFailedSignInsAnHourLockAPhoneAcrossItsCodes() {
		var hour = ZonedDateTime.of(2026, 3, 16, 14, 0, 0, 0, HALL);
		clock.pin(hour);
		var phone = HallClient.fromAnotherAddress(port);
		String number = Citizens.aPhone();
		assertThat(failuresPerPhone).isEqualTo(10);
		int failed = 0;
		for (int code = 0; failed < failuresPerPhone; code++) {
			clock.pin(hour.plusMinutes(code * 2L));
			assertThat(requestCode(phone, number).status()).isEqualTo(202);
			String sent = codeSentTo(number);
			for (int i = 0; i < 5 && failed < failuresPerPhone; i++, failed++) {
				assertThat(signIn(phone, number, wrong(sent)).status()).isEqualTo(400);
			}
		}
		clock.pin(hour.plusMinutes(10));
		assertThat(requestCode(phone, number).status()).isEqualTo(202);
		String fresh = codeSentTo(number);
		var refused = signIn(phone, number, fresh);
		assertThat(refused.status()).as("even the right code: no more guesses this hour").isEqualTo(429);
		assertThat(refused.code()).isEqualTo("platform.too-many-requests");
		assertThat(refused.body().get("bucket").asString()).isEqualTo("citizen-sign-in-failures-per-phone");
		assertThat(refused.detail()).isEqualTo("操作过于频繁，请 50 分钟后再试");
		assertThat(refused.header("Retry-After")).isEqualTo("3000");
		assertThat(HallClient.fromAnotherAddress(port).post("/api/public/citizen/sign-in",
				Map.of("phone", number, "code", fresh)).status()).as("from any address").isEqualTo(429);

		String other = Citizens.aPhone();
		assertThat(requestCode(phone, other).status()).isEqualTo(202);
		assertThat(signIn(phone, other, codeSentTo(other)).status()).as("another phone, same address").isEqualTo(200);

		clock.pin(hour.plusHours(1).plusSeconds(30));
		assertThat(requestCode(phone, number).status()).isEqualTo(202);
		var signedIn = signIn(phone, number, codeSentTo(number));
		assertThat(signedIn.status()).as("a new window: " + signedIn.text()).isEqualTo(200);
	}

	@Test
	void successfulSignInsAreNoFailuresButGuessesAcrossPhonesFromOneAddressAre() {
		var hour = ZonedDateTime.of(2026, 3, 16, 16, 0, 0, 0, HALL);
		clock.pin(hour);
		var guesser = HallClient.fromAnotherAddress(port);
		assertThat(failuresPerAddress).isEqualTo(30);
		for (int i = 0; i < failuresPerPhone + 2; i++) {
			String number = Citizens.aPhone();
			requestCode(guesser, number);
			assertThat(signIn(guesser, number, codeSentTo(number)).status()).isEqualTo(200);
		}
		int failed = 0;
		while (failed < failuresPerAddress) {
			String number = Citizens.aPhone();
			requestCode(guesser, number);
			String code = codeSentTo(number);
			for (int i = 0; i < 3 && failed < failuresPerAddress; i++, failed++) {
				assertThat(signIn(guesser, number, wrong(code)).code()).isEqualTo("citizen.code-wrong");
			}
		}
		String last = Citizens.aPhone();
		requestCode(guesser, last);
		var refused = signIn(guesser, last, codeSentTo(last));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body().get("bucket").asString()).isEqualTo("citizen-sign-in-failures-per-address");
		assertThat(jdbc.sql("select hits from pf_rate_limit where bucket = 'citizen-sign-in-failures-per-phone' "
				+ "and key = :phone").param("phone", last).query(Integer.class).optional().orElse(0))
			.as("the refused try was not counted for the phone either")
			.isZero();
		var elsewhere = HallClient.fromAnotherAddress(port);
		assertThat(signIn(elsewhere, last, codeSentTo(last)).status()).as("the citizen on another network")
			.isEqualTo(200);
	}
}
