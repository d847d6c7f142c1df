package org.onewindow.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The guidance contract over HTTP: no login, ranked results with reasons, site awareness (县镇同权), 400 for empty or
 * over-long queries.
 */
@HallIntegrationTest
class GuidanceIntegrationTests {

	@LocalServerPort
	int port;

	private JsonNode ask(String query, String extra) {
		var response = new HallClient(port).get("/api/guidance?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.body();
	}

	private long siteId(String name) {
		return HallClient.loggedIn(port, "sysadmin")
			.get("/api/sites")
			.body()
			.valueStream()
			.filter(site -> site.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
	}

	@Test
	void aCitizensWordsFindTheBundleWithoutLogin() {
		var answer = ask("我想开饭店", "");
		assertThat(answer.get("query").asString()).isEqualTo("我想开饭店");
		var top = answer.get("results").get(0);
		assertThat(top.get("type").asString()).isEqualTo("BUNDLE");
		assertThat(top.get("code").asString()).isEqualTo("B001");
		assertThat(top.get("memberItems").size()).isGreaterThanOrEqualTo(2);
		assertThat(top.get("why").asString()).isNotBlank();
		assertThat(top.get("score").asDouble()).isEqualTo(1.0);
		assertThat(answer.get("results").size()).isLessThanOrEqualTo(5);
	}

	@Test
	void situationsCarryTheirItemAndDepartment() {
		var top = ask("身份证丢了", "&limit=3").get("results").get(0);
		assertThat(top.get("type").asString()).isEqualTo("SITUATION");
		assertThat(top.get("itemName").asString()).contains("居民身份证");
		assertThat(top.get("department").asString()).isEqualTo("青山县公安局");
		assertThat(top.get("acceptableHere").asBoolean()).isTrue();
	}

	@Test
	void aTownSubCenterKnowsWhatItMayAcceptAndWhereToGoOtherwise() {
		long town = siteId("青山镇便民服务中心");
		var social = ask("城乡居民医保参保", "&site=" + town).get("results").get(0);
		assertThat(social.get("acceptableHere").asBoolean()).as("县镇同权: a town accepts resident medical insurance")
			.isTrue();
		assertThat(social.get("nearestSite").isNull()).isTrue();

		var idCard = ask("身份证丢了", "&site=" + town).get("results").get(0);
		assertThat(idCard.get("acceptableHere").asBoolean()).as("identity cards stay at the county").isFalse();
		assertThat(idCard.get("nearestSite").get("name").asString()).isEqualTo("青山县政务服务中心");
	}

	@Test
	void aVillageStationCollectsOnlyWhatItMayCollect() {
		long village = siteId("桃源村便民服务站");
		var results = ask("城乡居民医保参保", "&site=" + village).get("results");
		assertThat(results.valueStream().anyMatch(result -> result.get("acceptableHere").asBoolean())).isTrue();
		var company = ask("注册一个有限公司", "&site=" + village).get("results").get(0);
		assertThat(company.get("acceptableHere").asBoolean()).isFalse();
		assertThat(company.get("nearestSite").get("name").asString()).isEqualTo("青山县政务服务中心");
	}

	@Test
	void badQueriesAreRefusedInChinese() {
		var client = new HallClient(port);
		var empty = client.get("/api/guidance?q=%20%20");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.code()).isEqualTo("guidance.query-empty");
		assertThat(empty.detail()).contains("不能为空");
		assertThat(client.get("/api/guidance").status()).isEqualTo(400);

		var tooLong = client.get("/api/guidance?q=" + URLEncoder.encode("我".repeat(201), StandardCharsets.UTF_8));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.code()).isEqualTo("guidance.query-too-long");
		assertThat(tooLong.detail()).contains("200");

		assertThat(client.get("/api/guidance?q=abc&limit=0").status()).isEqualTo(400);
		assertThat(client.get("/api/guidance?q=abc&limit=x").status()).isEqualTo(400);
		var unknownSite = client.get("/api/guidance?q=" + URLEncoder.encode("低保", StandardCharsets.UTF_8) + "&site=987654");
		assertThat(unknownSite.status()).isEqualTo(404);
		assertThat(unknownSite.code()).isEqualTo("site.not-found");
	}
}
