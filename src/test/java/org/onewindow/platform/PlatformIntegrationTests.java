package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Health, API docs, the front end's routes, the audit log.
 */
@HallIntegrationTest
class PlatformIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void healthIsUpWithoutLogin() {
		var health = new HallClient(port).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void theOpenApiDocumentListsTheApis() {
		var docs = new HallClient(port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("paths").propertyNames()).contains("/api/sites", "/api/sites/{siteId}/counters",
				"/api/departments", "/api/calendar/{year}", "/api/staff", "/api/me", "/api/audit");
	}

	@Test
	void anUnknownApiPathIsA404ProblemNotThePage() {
		var response = HallClient.loggedIn(port, "guide").get("/api/no-such-thing");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.detail()).isEqualTo("请求的地址不存在");
	}

	@Test
	void problemsNameTheFieldsAsTheHallDoes() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var body = new java.util.HashMap<String, Object>();
		body.put("number", 0);
		body.put("name", "");
		body.put("categories", java.util.List.of("A"));
		var invalid = admin.post("/api/sites/1/counters", body);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.detail()).contains("名称 不能为空").doesNotContain("name").doesNotContain("null");
		assertThat(invalid.body().get("errors").valueStream().map(e -> e.get("field").asString()))
			.as("the fields stay as the form knows them")
			.contains("name");

		var missing = admin.get("/api/evaluation/stats");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.code()).isEqualTo("platform.missing-parameter");
		assertThat(missing.detail()).contains("月份");
	}

	@Test
	void aNulCharacterIsBadInputNotAConflict() {
		var clerk = HallClient.loggedIn(port, "acceptor");
		var search = clerk.get("/api/cases?q=%00");
		assertThat(search.status()).isEqualTo(400);
		assertThat(search.code()).isEqualTo("platform.invalid-character");
		assertThat(search.detail()).contains("空字符");
	}

	@Test
	void theAppsOwnRoutesServeTheSinglePage() {
		var page = new HallClient(port).get("/admin/sites");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("<div id=\"app\"");
	}

	@Test
	void everyChangeIsAudited() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var counter = admin.get("/api/sites/1/counters").body().get(2);
		var change = admin.put("/api/counters/" + counter.get("id").asLong(),
				Map.of("number", counter.get("number").asInt(), "name", "综合受理3号窗口", "categories", java.util.List.of("A")));
		assertThat(change.status()).isEqualTo(200);
		var refused = admin.put("/api/counters/" + counter.get("id").asLong(), Map.of("number", -1));
		assertThat(refused.status()).isEqualTo(400);

		var audit = HallClient.loggedIn(port, "supervisor").get("/api/audit?username=siteadmin&size=50").body();
		var entries = audit.get("content").valueStream().toList();
		assertThat(entries).anySatisfy(entry -> {
			assertThat(entry.get("action").asString()).isEqualTo("PUT /api/counters/{id}");
			assertThat(entry.get("target").asString()).isEqualTo("/api/counters/" + counter.get("id").asLong());
			assertThat(entry.get("status").asInt()).isEqualTo(200);
			assertThat(entry.get("siteName").asString()).isEqualTo("青山县政务服务中心");
		});
		assertThat(entries).anySatisfy(entry -> assertThat(entry.get("status").asInt()).isEqualTo(400));
		assertThat(entries).anySatisfy(entry -> assertThat(entry.get("action").asString()).isEqualTo("LOGIN"));
	}
}
