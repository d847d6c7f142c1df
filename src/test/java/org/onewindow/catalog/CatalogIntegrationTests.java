package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The handbook through HTTP: the public summary and guide, editing the draft, publishing a version, reading an old
 * version that a case pinned.
 */
@HallIntegrationTest
class CatalogIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	CatalogManagement catalog;

	@Test
	void theSummaryIsPublic() {
		var summary = new HallClient(port).get("/api/catalog/summary");
		assertThat(summary.status()).isEqualTo(200);
		assertThat(summary.body().get("version").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(summary.body().get("items").asInt()).isGreaterThan(100);
		assertThat(summary.body().get("situations").asInt()).isGreaterThan(500);
		assertThat(summary.body().get("departments").asInt()).isGreaterThanOrEqualTo(15);
		assertThat(summary.body().propertyNames()).containsExactlyInAnyOrder("version", "items", "situations",
				"departments", "bundles");
	}

	@Test
	void citizensReadAnItemAndASituationWithoutLogin() {
		var client = new HallClient(port);
		var items = client.get("/api/catalog/items?department=RSJ").body();
		assertThat(items.size()).isGreaterThan(10);
		String itemCode = items.get(0).get("code").asString();

		var item = client.get("/api/catalog/items/" + itemCode).body();
		assertThat(item.get("item").get("department").asString()).isEqualTo("RSJ");
		String situationCode = item.get("situations").get(0).get("code").asString();

		var situation = client.get("/api/catalog/situations/" + situationCode).body().get("situation");
		assertThat(situation.get("materials").size()).isPositive();
		assertThat(situation.get("guide").asString()).isNotBlank();

		var unknown = client.get("/api/catalog/situations/9999999999-99");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("catalog.situation-not-found");
		assertThat(client.get("/api/catalog/volumes/SOCIAL").body().get("items").size()).isPositive();
		assertThat(client.get("/api/catalog/items?q=" + java.net.URLEncoder.encode("我想开饭店",
				java.nio.charset.StandardCharsets.UTF_8)).body().size()).as("citizens' phrases are searched").isPositive();
		var services = client.get("/api/catalog/hall-services").body();
		assertThat(services.valueStream().filter(service -> service.get("code").asString().equals("SVC-ESCALATION"))
			.findFirst().orElseThrow().get("ticketCategory").asString()).isEqualTo("C");
		var departments = client.get("/api/catalog/departments").body();
		assertThat(departments.valueStream().filter(d -> d.get("code").asString().equals("RSJ")).findFirst()
			.orElseThrow().get("name").asString()).isEqualTo("青山县人力资源和社会保障局");
	}

	@Test
	void aPinnedVersionStaysReadableAfterANewPublication() {
		int pinned = catalog.publishedVersion();
		var sysadmin = HallClient.loggedIn(port, "sysadmin");
		String code = firstSituationCode(sysadmin);
		JsonNode original = sysadmin.get("/api/catalog/situations/" + code).body().get("situation");

		var changed = JSON.createObjectNode();
		changed.setAll((tools.jackson.databind.node.ObjectNode) original);
		changed.put("guide", "（修订）" + original.get("guide").asString());
		assertThat(sysadmin.put("/api/catalog/draft/situations/" + code, Map.of("situation", changed)).status())
			.isEqualTo(200);
		var published = sysadmin.post("/api/catalog/versions", Map.of("note", "修订白话版说明"));
		assertThat(published.status()).isEqualTo(201);
		int newVersion = published.body().get("number").asInt();
		assertThat(newVersion).isEqualTo(pinned + 1);

		var client = new HallClient(port);
		assertThat(client.get("/api/catalog/situations/" + code).body().get("situation").get("guide").asString())
			.startsWith("（修订）");
		assertThat(client.get("/api/catalog/situations/" + code + "?version=" + pinned).body().get("situation")
			.get("guide").asString()).isEqualTo(original.get("guide").asString());
		assertThat(catalog.situation(pinned, code).orElseThrow().guide()).isEqualTo(original.get("guide").asString());

		var diff = sysadmin.get("/api/catalog/versions/" + pinned + "/diff/" + newVersion).body();
		assertThat(diff.get("situations").get("changed").get(0).get("code").asString()).isEqualTo(code);
		assertThat(diff.get("items").get("changed").size()).isZero();
	}

	@Test
	void aDraftWithProblemsIsNotPublishedAndEveryProblemIsListed() {
		var sysadmin = HallClient.loggedIn(port, "sysadmin");
		String code = firstSituationCode(sysadmin);
		JsonNode original = sysadmin.get("/api/catalog/situations/" + code).body().get("situation");
		var broken = JSON.createObjectNode();
		broken.setAll((tools.jackson.databind.node.ObjectNode) original);
		broken.putArray("materials");
		var steps = broken.putArray("steps");
		steps.addObject().put("name", "审查").put("role", "APPROVER").put("department", "NOPE").put("days", 1)
			.put("countsInLimit", true);
		assertThat(sysadmin.put("/api/catalog/draft/situations/" + code, Map.of("situation", broken)).status())
			.isEqualTo(200);
		int before = catalog.publishedVersion();

		var refused = sysadmin.post("/api/catalog/versions", Map.of("note", "不应发布"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("catalog.publish-invalid");
		var messages = refused.body().get("errors").valueStream().map(e -> e.get("message").asString()).toList();
		assertThat(messages).contains("没有申请材料").anyMatch(message -> message.contains("NOPE"));
		assertThat(catalog.publishedVersion()).isEqualTo(before);
		assertThat(sysadmin.get("/api/catalog/draft/problems").body().size()).isGreaterThanOrEqualTo(2);

		assertThat(sysadmin.put("/api/catalog/draft/situations/" + code, Map.of("situation", original)).status())
			.isEqualTo(200);
		assertThat(sysadmin.get("/api/catalog/draft/problems").body().size()).isZero();
	}

	@Test
	void onlyAdministratorsMaintainTheHandbook() {
		var guide = HallClient.loggedIn(port, "guide");
		assertThat(guide.get("/api/catalog/versions").status()).isEqualTo(403);
		var siteadmin = HallClient.loggedIn(port, "siteadmin");
		assertThat(siteadmin.get("/api/catalog/versions").status()).isEqualTo(200);
		assertThat(siteadmin.post("/api/catalog/versions", Map.of()).status()).isEqualTo(403);
		var supervisor = HallClient.loggedIn(port, "supervisor");
		assertThat(supervisor.get("/api/catalog/draft/items?department=MZJ").body().size()).isPositive();
		assertThat(supervisor.delete("/api/catalog/draft/items/0000000000").status()).isEqualTo(403);
	}

	@Test
	void anItemRemovedFromTheDraftTakesItsSituationsAlong() {
		var sysadmin = HallClient.loggedIn(port, "sysadmin");
		var items = sysadmin.get("/api/catalog/draft/items?department=SFJ").body();
		String code = items.get(items.size() - 1).get("code").asString();
		var situation = sysadmin.get("/api/catalog/draft/items/" + code).body().get("situations").get(0);
		assertThat(sysadmin.get("/api/catalog/draft/situations/" + situation.get("code").asString()).status())
			.isEqualTo(200);

		assertThat(sysadmin.delete("/api/catalog/draft/items/" + code).status()).isEqualTo(204);

		assertThat(sysadmin.get("/api/catalog/draft/items/" + code).status()).isEqualTo(404);
		assertThat(sysadmin.get("/api/catalog/draft/situations/" + situation.get("code").asString()).status())
			.isEqualTo(404);
		assertThat(sysadmin.delete("/api/catalog/draft/items/" + code).status()).isEqualTo(404);
		assertThat(new HallClient(port).get("/api/catalog/items/" + code).status()).as("still published")
			.isEqualTo(200);
		var restored = sysadmin.get("/api/catalog/items/" + code).body();
		assertThat(sysadmin.put("/api/catalog/draft/items/" + code, Map.of("item", restored.get("item"))).status())
			.isEqualTo(200);
		for (var each : restored.get("situations")) {
			sysadmin.put("/api/catalog/draft/situations/" + each.get("code").asString(), Map.of("situation", each));
		}
		assertThat(sysadmin.get("/api/catalog/draft/problems").body().size()).isZero();
	}

	private static String firstSituationCode(HallClient client) {
		var items = client.get("/api/catalog/items?department=MZJ").body();
		String item = items.get(0).get("code").asString();
		return client.get("/api/catalog/items/" + item).body().get("situations").get(0).get("code").asString();
	}
}
