package org.onewindow.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.RegionCode;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Sites, counters, departments and the calendar through the HTTP API, with the demo county.
 */
@HallIntegrationTest
class SiteIntegrationTests {

	@LocalServerPort
	int port;

	private static long idOf(JsonNode list, String field, String value) {
		return list.valueStream().filter(n -> n.get(field).asString().equals(value)).findFirst().orElseThrow()
			.get("id").asLong();
	}

	@Test
	void theDemoCountyHasItsNetworkInTreeOrder() {
		var sites = HallClient.loggedIn(port, "siteadmin").get("/api/sites").body();
		// other test classes add halls of their own (测试大厅…) to the shared database
		var names = sites.valueStream().map(s -> s.get("name").asString()).filter(n -> !n.startsWith("测试大厅")).toList();
		assertThat(names).hasSize(8).first().isEqualTo("青山县政务服务中心");
		assertThat(names.indexOf("青山镇便民服务中心")).isLessThan(names.indexOf("桃源村便民服务站"));
		assertThat(sites.valueStream().map(s -> s.get("level").asString())).contains("COUNTY", "TOWN", "VILLAGE");
		var departments = HallClient.loggedIn(port, "guide").get("/api/departments").body();
		assertThat(departments.size()).isGreaterThanOrEqualTo(15);
	}

	@Test
	void aTownAdministratorSeesOnlyTheTownAndItsVillages() {
		var names = HallClient.loggedIn(port, "town_admin").get("/api/sites").body().valueStream()
			.map(s -> s.get("name").asString())
			.toList();
		assertThat(names).containsExactly("青山镇便民服务中心", "城关社区便民服务站", "桃源村便民服务站");
	}

	@Test
	void anUnknownSiteIsA404Problem() {
		var response = HallClient.loggedIn(port, "siteadmin").get("/api/sites/987654");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.code()).isEqualTo("site.not-found");
		assertThat(response.body().get("title").asString()).isEqualTo("站点不存在");
		assertThat(response.detail()).contains("987654");
	}

	@Test
	void aSiteOutsideTheScopeIsForbidden() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		long wujiang = idOf(admin.get("/api/sites").body(), "name", "乌江镇便民服务中心");
		var response = HallClient.loggedIn(port, "town_admin").get("/api/sites/" + wujiang + "/counters");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.code()).isEqualTo("site.out-of-scope");
	}

	@Test
	void countersAreListedAddedAndKeptUniquePerSite() {
		var admin = HallClient.loggedIn(port, "town_admin");
		long town = idOf(admin.get("/api/sites").body(), "name", "青山镇便民服务中心");
		var before = admin.get("/api/sites/" + town + "/counters").body();
		assertThat(before.size()).isEqualTo(3);

		var created = admin.post("/api/sites/" + town + "/counters",
				Map.of("number", 4, "name", "综合窗口4号", "categories", List.of("A", "B")));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().get("categories").get(1).asString()).isEqualTo("B");

		var duplicate = admin.post("/api/sites/" + town + "/counters",
				Map.of("number", 4, "name", "重复窗口", "categories", List.of("A")));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.code()).isEqualTo("site.counter-number-taken");
		assertThat(admin.get("/api/sites/" + town + "/counters").body().size()).isEqualTo(4);
	}

	@Test
	void badCounterInputNamesTheFields() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var body = new HashMap<String, Object>();
		body.put("number", 0);
		body.put("name", "");
		body.put("categories", List.of("ab"));
		var response = admin.post("/api/sites/1/counters", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.code()).isEqualTo("platform.validation");
		var fields = response.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
		assertThat(fields).contains("number", "name").anyMatch(field -> field.startsWith("categories"));
		assertThat(response.body().get("errors").valueStream().map(e -> e.get("message").asString()))
			.anyMatch(message -> message.contains("大写英文字母"));

		var malformed = admin.postRaw("/api/sites/1/counters", "{\"number\": 5, \"name\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.code()).isEqualTo("platform.malformed-request");
	}

	@Test
	void anEditBasedOnAnOldVersionIsAConflict() {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var counter = admin.get("/api/sites/1/counters").body().get(0);
		long id = counter.get("id").asLong();
		int version = counter.get("version").asInt();
		var body = Map.of("number", counter.get("number").asInt(), "name", "综合受理1号窗口（老年人优先）", "categories",
				List.of("A", "D"), "version", version);
		assertThat(admin.put("/api/counters/" + id, body).status()).isEqualTo(200);
		var stale = admin.put("/api/counters/" + id, body);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("platform.concurrent-modification");
	}

	@Test
	void aSiteMustSitInsideItsParentsRegion() {
		var sysadmin = HallClient.loggedIn(port, "sysadmin");
		int before = sysadmin.get("/api/sites").body().size();
		var body = new HashMap<String, Object>();
		body.put("name", "测试村便民服务站");
		body.put("level", "VILLAGE");
		body.put("parentId", idOf(sysadmin.get("/api/sites").body(), "name", "乌江镇便民服务中心"));
		body.put("regionCode", "360899100201");
		var response = sysadmin.post("/api/sites", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.code()).isEqualTo("site.region-outside-parent");

		body.put("regionCode", "3608991002X1");
		var invalid = sysadmin.post("/api/sites", body);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.detail()).contains("行政区划代码");
		assertThat(sysadmin.get("/api/sites").body().size()).as("nothing created").isEqualTo(before);
	}

	@Test
	void onlySystemAdministratorsCreateSites() {
		var response = HallClient.loggedIn(port, "siteadmin").post("/api/sites",
				Map.of("name", "新站", "level", "TOWN", "parentId", 1, "regionCode", "360899200000"));
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void anInvalidCreditCodeIsRefusedNamingTheField() {
		var sysadmin = HallClient.loggedIn(port, "sysadmin");
		var response = sysadmin.post("/api/departments",
				Map.of("code", "SJJ", "name", "青山县审计局", "shortName", "审计局", "creditCode", "11360899000124425X"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.code()).startsWith("shared.credit-code");
		assertThat(response.detail()).contains("统一社会信用代码").contains("校验");
		assertThat(sysadmin.get("/api/departments").text()).doesNotContain("审计局");

		var valid = sysadmin.post("/api/departments",
				Map.of("code", "SJJ", "name", "青山县审计局", "shortName", "审计局", "creditCode", "11360899000124425N"));
		assertThat(valid.status()).isEqualTo(201);
		var duplicate = sysadmin.post("/api/departments",
				Map.of("code", "SJJ", "name", "青山县审计局（重复）", "shortName", "审计局"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.code()).isEqualTo("site.department-code-taken");
	}

	@Test
	void theCalendarKnows2026AndCanBeEdited() {
		var admin = HallClient.loggedIn(port, "sysadmin");
		var year = admin.get("/api/calendar/2026").body();
		assertThat(year.get("covered").asBoolean()).isTrue();
		assertThat(year.get("days").valueStream().filter(d -> d.get("kind").asString().equals("WORKDAY"))).hasSize(6);

		var deadline = admin.get("/api/calendar/working-days?from=2026-09-30&days=5").body();
		assertThat(deadline.get("date").asString()).isEqualTo("2026-10-13");

		// a local day off (e.g. a county-wide closure) moves the deadline by one working day
		var set = admin.put("/api/calendar/days/2026-10-12", Map.of("kind", "HOLIDAY", "name", "县级临时调整"));
		assertThat(set.status()).isEqualTo(200);
		assertThat(admin.get("/api/calendar/working-days?from=2026-09-30&days=5").body().get("date").asString())
			.isEqualTo("2026-10-14");
		assertThat(admin.delete("/api/calendar/days/2026-10-12").status()).isEqualTo(204);
		assertThat(admin.get("/api/calendar/working-days?from=2026-09-30&days=5").body().get("date").asString())
			.isEqualTo("2026-10-13");
		assertThat(admin.delete("/api/calendar/days/2026-10-12").status()).isEqualTo(404);
	}

	@Test
	void badCalendarInputIsRefused() {
		var admin = HallClient.loggedIn(port, "sysadmin");
		var badDate = admin.put("/api/calendar/days/2026-02-30", Map.of("kind", "HOLIDAY", "name", "x"));
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.detail()).contains("日期");
		var badKind = admin.put("/api/calendar/days/2026-03-02", Map.of("kind", "HALFDAY", "name", "x"));
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.detail()).contains("类型");
		var noName = admin.put("/api/calendar/days/2026-03-02", Map.of("kind", "HOLIDAY", "name", " "));
		assertThat(noName.status()).isEqualTo(400);
		assertThat(admin.get("/api/calendar/2026").text()).doesNotContain("2026-03-02");
		var tooMany = admin.get("/api/calendar/working-days?from=2026-01-01&days=99999");
		assertThat(tooMany.status()).isEqualTo(400);
	}

	@Test
	void onlyTheSystemAdministratorChangesTheCountyWideCalendar() {
		var before = HallClient.loggedIn(port, "sysadmin").get("/api/calendar/2026").text();
		for (String admin : new String[] { "town_admin", "siteadmin" }) {
			var client = HallClient.loggedIn(port, admin);
			var set = client.put("/api/calendar/days/2026-11-23", Map.of("kind", "HOLIDAY", "name", "x"));
			assertThat(set.status()).as(admin + ": " + set.text()).isEqualTo(403);
			assertThat(set.code()).isEqualTo("auth.forbidden");
			assertThat(set.body().path("title").asString()).isEqualTo("没有权限");
			assertThat(set.detail()).isEqualTo("您的账号没有执行此操作的权限");
			var reset = client.delete("/api/calendar/days/2026-09-25");
			assertThat(reset.status()).as(admin).isEqualTo(403);
			assertThat(reset.code()).isEqualTo("auth.forbidden");

			// reading stays open to them
			var year = client.get("/api/calendar/2026");
			assertThat(year.status()).isEqualTo(200);
			assertThat(year.text()).as("nothing changed").isEqualTo(before).doesNotContain("2026-11-23")
				.contains("2026-09-25");
			assertThat(client.get("/api/calendar/working-days?from=2026-11-20&days=1").body().get("date").asString())
				.isEqualTo("2026-11-23");
		}
	}

	@Autowired
	SiteSetup siteSetup;

	@Test
	void aRegionWhoseAncestorsAreUnknownStartsATreeOfItsOwn() {
		siteSetup.region(RegionCode.of("450899"), "测试县");
		var top = HallClient.loggedIn(port, "sysadmin").get("/api/regions").body();
		assertThat(top.valueStream().map(r -> r.get("name").asString())).contains("江西省", "测试县");
		siteSetup.region(RegionCode.of("361099"), "抚州测试县");
		var underProvince = HallClient.loggedIn(port, "sysadmin").get("/api/regions?parent=36").body();
		assertThat(underProvince.valueStream().map(r -> r.get("name").asString())).contains("吉安市", "抚州测试县");
	}

	@Test
	void regionsAreBrowsedDownTheTree() {
		var admin = HallClient.loggedIn(port, "sysadmin");
		var towns = admin.get("/api/regions?parent=360899").body();
		assertThat(towns.valueStream().map(r -> r.get("name").asString())).contains("青山镇", "乌江镇", "燕子河乡");
		assertThat(admin.get("/api/regions?parent=99").status()).isEqualTo(400);
	}
}
