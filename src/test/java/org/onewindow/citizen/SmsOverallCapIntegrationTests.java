package org.onewindow.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * The overall caps of sign-in codes (docs/security.md): 60 a minute and 5,000 a day from all addresses together,
 * with the numbers of application.yml. The clients appear from addresses of their own
 * ({@link HallClient#fromAnotherAddress}), so no per-address limit is met; the clock is pinned to minutes and a day
 * no other test uses. The day's 5,000 are not sent one by one: the day's counter row is set to the limit, as 5,000
 * requests would have left it.
 */
@HallIntegrationTest
class SmsOverallCapIntegrationTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	static final String PATH = "/api/public/citizen/sms-code";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Value("${onewindow.rate-limits.buckets.citizen-codes-per-minute.limit}")
	int perMinute;

	@Value("${onewindow.rate-limits.buckets.citizen-codes-per-day.limit}")
	int perDay;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	HallClient.Response requestCode(HallClient phone, String number) {
		return phone.post(PATH, Map.of("phone", number));
	}

	int messagesTo(String number) {
		return jdbc.sql("select count(*) from pf_sms_outbox where phone = :phone")
			.param("phone", number)
			.query(Integer.class)
			.single();
	}

	void awaitAudited(String address, int status) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select count(*) from pf_audit_log where path = :path and remote_addr = :address and status = :status""")
				.param("path", PATH)
				.param("address", address)
				.param("status", status)
				.query(Integer.class)
				.single()).isEqualTo(1));
	}

	@Test
	void manyAddressesTogetherGetSixtyCodesAMinuteThenNothingIsSent() {
		assertThat(perMinute).isEqualTo(60);
		var minute = ZonedDateTime.of(2026, 6, 8, 9, 17, 0, 0, HALL);
		clock.pin(minute.plusSeconds(20));
		for (int i = 0; i < perMinute; i++) {
			var sent = requestCode(HallClient.fromAnotherAddress(port), Citizens.aPhone());
			assertThat(sent.status()).as(sent.text()).isEqualTo(202);
		}
		String address = HallClient.anotherAddress();
		var bot = new HallClient(port).withHeader("X-Forwarded-For", address);
		String victim = Citizens.aPhone();
		var refused = requestCode(bot, victim);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.code()).isEqualTo("citizen.code-overall-limit");
		assertThat(refused.body().get("title").asString()).isEqualTo("验证码发送繁忙");
		assertThat(refused.detail()).startsWith("当前获取验证码的人数过多，系统暂停发送，请 40 秒后再试");
		assertThat(refused.header("Retry-After")).isEqualTo("40");
		assertThat(messagesTo(victim)).as("nothing sent").isZero();
		awaitAudited(address, 429);

		assertThat(requestCode(new HallClient(port), Citizens.aPhone()).status())
			.as("the hall's own (exempt) network is not capped").isEqualTo(202);

		clock.pin(minute.plusMinutes(1));
		var next = requestCode(bot, victim);
		assertThat(next.status()).as("the next minute, and the refusal was not counted for the address")
			.isEqualTo(202);
		assertThat(messagesTo(victim)).isEqualTo(1);
	}

	@Test
	void aDayOfFiveThousandCodesStopsUntilTheDayWindowEnds() {
		assertThat(perDay).isEqualTo(5000);
		// the day windows are aligned to UTC: 2026-06-09 08:00 to 2026-06-10 08:00 in the hall
		var dayStart = OffsetDateTime.of(2026, 6, 9, 0, 0, 0, 0, ZoneOffset.UTC);
		jdbc.sql("""
				insert into pf_rate_limit (bucket, key, window_start, expires_at, hits)
				values ('citizen-codes-per-day', 'all', :start, :end, :hits)
				on conflict (bucket, key, window_start) do update set hits = :hits""")
			.param("start", dayStart)
			.param("end", dayStart.plusDays(1))
			.param("hits", perDay)
			.update();
		clock.pin(ZonedDateTime.of(2026, 6, 10, 7, 30, 0, 0, HALL)); // 30 minutes before the day window ends
		String victim = Citizens.aPhone();
		var refused = requestCode(HallClient.fromAnotherAddress(port), victim);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.code()).isEqualTo("citizen.code-overall-limit");
		assertThat(refused.header("Retry-After")).isEqualTo("1800");
		assertThat(refused.detail()).contains("请 30 分钟后再试");
		assertThat(messagesTo(victim)).isZero();
		assertThat(jdbc.sql("""
				select sum(hits) from pf_rate_limit where bucket = 'citizen-codes-per-minute' and key = 'all'
				and window_start = :minute""")
			.param("minute", OffsetDateTime.of(2026, 6, 9, 23, 30, 0, 0, ZoneOffset.UTC))
			.query(Integer.class)
			.optional()
			.orElse(0)).as("all or nothing: the minute's count was taken back").isIn(0, null);

		clock.pin(ZonedDateTime.of(2026, 6, 10, 8, 0, 5, 0, HALL));
		assertThat(requestCode(HallClient.fromAnotherAddress(port), victim).status()).as("a new day window")
			.isEqualTo(202);
	}
}
