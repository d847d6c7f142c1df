package org.onewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestClock;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Kiosks (自助机) are paired devices: tickets and 预约签到 need a paired kiosk's device key; the site administrator
 * adds kiosks (one-time pairing code, 30 minutes) and revokes them, which holds at the next request; a revoked kiosk
 * can be re-activated and then pairs again with a new code, never with its old key.
 */
@HallIntegrationTest
class KioskIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	StaffSetup staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	QueueSetup setup;

	TestHall hall;

	HallClient admin;

	@BeforeEach
	void newHall() {
		hall = halls.create(List.of(List.of("A")));
		admin = HallClient.loggedIn(port, siteAdminOf(hall));
	}

	@AfterEach
	void unpin() {
		clock.reset();
	}

	private String siteAdminOf(TestHall of) {
		String username = "ka" + UUID.randomUUID().toString().substring(0, 8);
		staff.account(username, "测试站点管理员", HallClient.DEMO_PASSWORD, of.siteId(), null, EnumSet.of(Role.SITE_ADMIN),
				List.of());
		return username;
	}

	private String kiosks() {
		return "/api/queue/sites/" + hall.siteId() + "/kiosks";
	}

	private String tickets() {
		return "/api/queue/sites/" + hall.siteId() + "/tickets";
	}

	private String checkIns() {
		return "/api/queue/sites/" + hall.siteId() + "/check-ins";
	}

	private int ticketCount() {
		return jdbc.sql("select count(*) from q_ticket where site_id = :site").param("site", hall.siteId())
			.query(Integer.class).single();
	}

	private JsonNode add(String name) {
		var added = admin.post(kiosks(), Map.of("name", name));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		return added.body();
	}

	private HallClient.Response pair(String code) {
		return HallClient.fromAnotherAddress(port).post("/api/queue/kiosk-pairings", Map.of("code", code));
	}

	@Test
	void withoutAPairedKeyNothingIsIssuedAndNobodyIsCheckedIn() {
		var anonymous = new HallClient(port);
		var none = anonymous.post(tickets(), Map.of("category", "A"));
		assertThat(none.status()).isEqualTo(403);
		assertThat(none.code()).isEqualTo("queue.kiosk-not-paired");
		assertThat(none.detail()).isEqualTo("本机未配对或已停用，请联系大厅管理员");
		var wrong = new HallClient(port).withHeader("X-Kiosk-Key", "not-a-key");
		assertThat(wrong.post(tickets(), Map.of("category", "A")).status()).isEqualTo(403);
		assertThat(anonymous.post(checkIns(), Map.of("idNumber", "110101199003070011")).status())
			.as("no probing of ID numbers for bookings").isEqualTo(403);
		assertThat(anonymous.post(checkIns(), Map.of("code", "ABCD2345")).status()).isEqualTo(403);
		assertThat(ticketCount()).isZero();

		var other = halls.create(List.of(List.of("A")));
		var foreign = other.kiosk(port).post(tickets(), Map.of("category", "A"));
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.code()).isEqualTo("queue.kiosk-other-site");
		assertThat(ticketCount()).isZero();

		// what must stay public stays public
		assertThat(anonymous.get("/api/queue/sites/" + hall.siteId() + "/board").status()).isEqualTo(200);
		assertThat(anonymous.get("/api/queue/sites/" + hall.siteId() + "/categories").status()).isEqualTo(200);
	}

	@Test
	void anAddedKioskPairsOnceIssuesAndChecksInAndIsListedWithItsLastSeenTime() {
		var added = add("大厅1号自助机");
		String code = added.get("pairingCode").asString();
		assertThat(code).matches("\\d{4} \\d{4}");
		assertThat(added.get("kiosk").get("state").asString()).isEqualTo("PENDING");

		var paired = pair(code);
		assertThat(paired.status()).as(paired.text()).isEqualTo(201);
		String key = paired.body().get("deviceKey").asString();
		assertThat(key).hasSizeGreaterThanOrEqualTo(40);
		assertThat(paired.body().get("siteId").asLong()).isEqualTo(hall.siteId());
		assertThat(jdbc.sql("select count(*) from q_kiosk where device_key_hash = :key or pairing_code_hash = :code")
			.param("key", key).param("code", code.replace(" ", "")).query(Integer.class).single())
			.as("only hashes are stored").isZero();

		var again = pair(code);
		assertThat(again.status()).as("single use").isEqualTo(404);
		assertThat(again.code()).isEqualTo("queue.kiosk-pairing-code-invalid");

		var kiosk = new HallClient(port).withHeader("X-Kiosk-Key", key);
		assertThat(kiosk.get("/api/queue/kiosks/me").body().get("name").asString()).isEqualTo("大厅1号自助机");
		var ticket = kiosk.post(tickets(), Map.of("category", "A"));
		assertThat(ticket.status()).as(ticket.text()).isEqualTo(201);
		var checkIn = kiosk.post(checkIns(), Map.of("code", "ABCD2345"));
		assertThat(checkIn.status()).as("past the kiosk check: no such booking").isEqualTo(404);

		var listed = admin.get(kiosks()).body();
		var row = listed.valueStream().filter(k -> k.get("name").asString().equals("大厅1号自助机")).findFirst()
			.orElseThrow();
		assertThat(row.get("state").asString()).isEqualTo("PAIRED");
		assertThat(row.get("lastSeenAt").isNull()).isFalse();
		assertThat(row.has("deviceKey")).isFalse();
	}

	@Test
	void aPairingCodeExpiresAfterThirtyMinutes() {
		clock.pin(ZonedDateTime.now());
		String code = add("过期测试").get("pairingCode").asString();
		clock.pin(ZonedDateTime.now().plus(Duration.ofMinutes(31)));
		assertThat(pair(code).code()).isEqualTo("queue.kiosk-pairing-code-invalid");
	}

	@Test
	void aRevokedKioskIsRefusedAtItsNextRequest() {
		var added = add("待停用自助机");
		String key = pair(added.get("pairingCode").asString()).body().get("deviceKey").asString();
		var kiosk = new HallClient(port).withHeader("X-Kiosk-Key", key);
		assertThat(kiosk.post(tickets(), Map.of("category", "A")).status()).isEqualTo(201);
		long id = added.get("kiosk").get("id").asLong();
		int version = admin.get(kiosks()).body().valueStream().filter(k -> k.get("id").asLong() == id).findFirst()
			.orElseThrow().get("version").asInt();

		var stale = admin.post(kiosks() + "/" + id + "/revocation", Map.of("version", version - 1));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("queue.kiosk-changed");

		var revoked = admin.post(kiosks() + "/" + id + "/revocation", Map.of("version", version));
		assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
		assertThat(revoked.body().get("state").asString()).isEqualTo("REVOKED");
		int before = ticketCount();
		var refused = kiosk.post(tickets(), Map.of("category", "A"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.detail()).contains("请联系大厅管理员");
		assertThat(kiosk.get("/api/queue/kiosks/me").status()).isEqualTo(403);
		assertThat(ticketCount()).isEqualTo(before);
		assertThat(admin.post(kiosks() + "/" + id + "/pairing-code", Map.of("version", version + 1)).code())
			.isEqualTo("queue.kiosk-revoked");

		// pairing and revocation are in the audit trail
		assertThat(jdbc.sql("select count(*) from pf_audit_log where path = :path and status = 200")
			.param("path", kiosks() + "/" + id + "/revocation").query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from pf_audit_log where path = '/api/queue/kiosk-pairings' and status = 201")
			.query(Integer.class).single()).isPositive();
	}

	private int versionOf(long id) {
		return admin.get(kiosks()).body().valueStream().filter(k -> k.get("id").asLong() == id).findFirst()
			.orElseThrow().get("version").asInt();
	}

	/** The whole row, hashes included, to show that a refused call changed nothing. */
	private Map<String, Object> row(long id) {
		return jdbc.sql("select * from q_kiosk where id = :id").param("id", id).query().singleRow();
	}

	@Test
	void aRevokedKioskIsReactivatedAndPairsAgainOnlyWithTheNewCode() {
		var added = add("重新启用自助机");
		long id = added.get("kiosk").get("id").asLong();
		String oldKey = pair(added.get("pairingCode").asString()).body().get("deviceKey").asString();
		var oldDevice = new HallClient(port).withHeader("X-Kiosk-Key", oldKey);
		assertThat(oldDevice.post(tickets(), Map.of("category", "A")).status()).isEqualTo(201);

		var revoked = admin.post(kiosks() + "/" + id + "/revocation", Map.of("version", versionOf(id)));
		assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
		assertThat(oldDevice.post(tickets(), Map.of("category", "A")).code()).isEqualTo("queue.kiosk-not-paired");

		var reactivated = admin.post(kiosks() + "/" + id + "/reactivation", Map.of("version", versionOf(id)));
		assertThat(reactivated.status()).as(reactivated.text()).isEqualTo(200);
		String code = reactivated.body().get("pairingCode").asString();
		assertThat(code).matches("\\d{4} \\d{4}");
		assertThat(reactivated.body().get("pairingPath").asString())
			.isEqualTo("/kiosk?site=" + hall.siteId() + "&pair=" + code.replace(" ", ""));
		var kiosk = reactivated.body().get("kiosk");
		assertThat(kiosk.get("state").asString()).isEqualTo("PENDING");
		assertThat(kiosk.get("stateLabel").asString()).isEqualTo("待配对");
		assertThat(kiosk.get("revokedAt").isNull()).as("revocation cleared; the audit log keeps it").isTrue();
		assertThat(kiosk.get("pairedAt").isNull()).as("no pairing until the device pairs again").isTrue();
		assertThat(kiosk.get("pairingExpiresAt").isNull()).isFalse();

		int before = ticketCount();
		var stillRefused = oldDevice.post(tickets(), Map.of("category", "A"));
		assertThat(stillRefused.status()).as("the key removed at 停用 never comes back").isEqualTo(403);
		assertThat(stillRefused.code()).isEqualTo("queue.kiosk-not-paired");
		assertThat(oldDevice.get("/api/queue/kiosks/me").status()).isEqualTo(403);
		assertThat(ticketCount()).isEqualTo(before);

		var paired = pair(code);
		assertThat(paired.status()).as(paired.text()).isEqualTo(201);
		assertThat(paired.body().get("kioskId").asLong()).as("the same kiosk").isEqualTo(id);
		String newKey = paired.body().get("deviceKey").asString();
		assertThat(newKey).isNotEqualTo(oldKey);
		var newDevice = new HallClient(port).withHeader("X-Kiosk-Key", newKey);
		var ticket = newDevice.post(tickets(), Map.of("category", "A"));
		assertThat(ticket.status()).as(ticket.text()).isEqualTo(201);
		assertThat(oldDevice.post(tickets(), Map.of("category", "A")).status()).isEqualTo(403);
		assertThat(pair(code).status()).as("the new code is single use too").isEqualTo(404);
		assertThat(admin.get(kiosks()).body().valueStream().filter(k -> k.get("id").asLong() == id).findFirst()
			.orElseThrow().get("state").asString()).isEqualTo("PAIRED");

		assertThat(jdbc.sql("select count(*) from pf_audit_log where path = :path and status = 200")
			.param("path", kiosks() + "/" + id + "/reactivation").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aKioskRevokedBeforePairingGetsANewCodeAndItsOldCodeStaysDead() {
		var added = add("未配对即停用");
		long id = added.get("kiosk").get("id").asLong();
		String oldCode = added.get("pairingCode").asString();
		assertThat(admin.post(kiosks() + "/" + id + "/revocation", Map.of("version", versionOf(id))).status())
			.isEqualTo(200);
		var reactivated = admin.post(kiosks() + "/" + id + "/reactivation", Map.of("version", versionOf(id)));
		assertThat(reactivated.status()).as(reactivated.text()).isEqualTo(200);
		String code = reactivated.body().get("pairingCode").asString();
		assertThat(code).isNotEqualTo(oldCode);
		assertThat(pair(oldCode).code()).isEqualTo("queue.kiosk-pairing-code-invalid");
		assertThat(pair(code).status()).isEqualTo(201);
	}

	@Test
	void reactivationRefusesAnActiveKioskAStaleVersionAForeignOrUnknownKioskAndNonAdministrators() {
		var active = add("在用自助机");
		long activeId = active.get("kiosk").get("id").asLong();
		pair(active.get("pairingCode").asString());
		var activeBefore = row(activeId);
		var notRevoked = admin.post(kiosks() + "/" + activeId + "/reactivation", Map.of("version", versionOf(activeId)));
		assertThat(notRevoked.status()).isEqualTo(409);
		assertThat(notRevoked.code()).isEqualTo("queue.kiosk-active");
		assertThat(notRevoked.body().path("title").asString()).isEqualTo("自助机未停用");
		assertThat(notRevoked.detail()).contains("“在用自助机”未停用");
		assertThat(row(activeId)).isEqualTo(activeBefore);

		var added = add("已停用自助机");
		long id = added.get("kiosk").get("id").asLong();
		assertThat(admin.post(kiosks() + "/" + id + "/revocation", Map.of("version", versionOf(id))).status())
			.isEqualTo(200);
		int version = versionOf(id);
		var before = row(id);

		var stale = admin.post(kiosks() + "/" + id + "/reactivation", Map.of("version", version - 1));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("queue.kiosk-changed");
		assertThat(stale.detail()).isEqualTo("“已停用自助机”刚被他人修改，请刷新后重试");
		assertThat(row(id)).isEqualTo(before);

		var noVersion = admin.post(kiosks() + "/" + id + "/reactivation", Map.of());
		assertThat(noVersion.status()).isEqualTo(400);
		assertThat(row(id)).isEqualTo(before);

		var unknown = admin.post(kiosks() + "/" + Long.MAX_VALUE + "/reactivation", Map.of("version", 0));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("queue.kiosk-not-found");

		var other = halls.create(List.of(List.of("A")));
		var otherAdmin = HallClient.loggedIn(port, siteAdminOf(other));
		var foreignPath = otherAdmin.post(kiosks() + "/" + id + "/reactivation", Map.of("version", version));
		assertThat(foreignPath.status()).isEqualTo(403);
		assertThat(foreignPath.code()).isEqualTo("queue.kiosk-admin-only");
		var ownPath = otherAdmin.post("/api/queue/sites/" + other.siteId() + "/kiosks/" + id + "/reactivation",
				Map.of("version", version));
		assertThat(ownPath.status()).as("not a kiosk of their site").isEqualTo(404);
		assertThat(ownPath.code()).isEqualTo("queue.kiosk-not-found");
		var guide = HallClient.loggedIn(port, hall.guide());
		assertThat(guide.post(kiosks() + "/" + id + "/reactivation", Map.of("version", version)).status())
			.isEqualTo(403);
		assertThat(new HallClient(port).post(kiosks() + "/" + id + "/reactivation", Map.of("version", version))
			.status()).as("no login").isIn(401, 403);
		assertThat(row(id)).isEqualTo(before);

		var reactivated = admin.post(kiosks() + "/" + id + "/reactivation", Map.of("version", version));
		assertThat(reactivated.status()).as("the right call still works afterwards").isEqualTo(200);
		var again = admin.post(kiosks() + "/" + id + "/reactivation", Map.of("version", version + 1));
		assertThat(again.code()).as("a double click").isEqualTo("queue.kiosk-active");
	}

	@Test
	void anotherSitesAdministratorCannotAddOrRevokeAndCodesCannotBeGuessed() {
		var other = halls.create(List.of(List.of("A")));
		var otherAdmin = HallClient.loggedIn(port, siteAdminOf(other));
		var added = add("本站自助机");
		long id = added.get("kiosk").get("id").asLong();

		assertThat(otherAdmin.post(kiosks(), Map.of("name", "越权")).status()).isEqualTo(403);
		assertThat(otherAdmin.get(kiosks()).status()).isEqualTo(403);
		assertThat(otherAdmin.post(kiosks() + "/" + id + "/revocation", Map.of("version", 0)).status()).isEqualTo(403);
		assertThat(otherAdmin.post("/api/queue/sites/" + other.siteId() + "/kiosks/" + id + "/revocation",
				Map.of("version", 0)).code()).as("not a kiosk of their site").isEqualTo("queue.kiosk-not-found");
		var guide = HallClient.loggedIn(port, hall.guide());
		assertThat(guide.post(kiosks(), Map.of("name", "导办员")).status()).isEqualTo(403);
		assertThat(admin.post(kiosks(), Map.of("name", "")).status()).isEqualTo(400);
		var sysadmin = HallClient.loggedIn(port, "sysadmin");
		assertThat(sysadmin.get(kiosks()).status()).isEqualTo(200);

		// wrong codes from one address: the 21st attempt within the hour is refused before it is checked
		var guesser = HallClient.fromAnotherAddress(port);
		for (int i = 0; i < 20; i++) {
			assertThat(guesser.post("/api/queue/kiosk-pairings", Map.of("code", String.format("%08d", i))).status())
				.isEqualTo(404);
		}
		assertThat(guesser.post("/api/queue/kiosk-pairings", Map.of("code", added.get("pairingCode").asString()))
			.status()).isEqualTo(429);
	}

	@Test
	void aDemoKioskPairsWithItsFixedCodeOnceAndKeepsItsKeyAtTheNextStart() {
		String fixed = String.format("8%07d", hall.siteId());
		assertThat(setup.demoKiosk(hall.siteId(), "演示自助机", fixed)).isTrue();
		assertThat(setup.demoKiosk(hall.siteId(), "演示自助机", fixed)).as("a restart renews it while unpaired").isTrue();
		var paired = pair(fixed.substring(0, 4) + " " + fixed.substring(4));
		assertThat(paired.status()).as(paired.text()).isEqualTo(201);
		assertThat(pair(fixed).status()).as("single use like any code").isEqualTo(404);
		assertThat(setup.demoKiosk(hall.siteId(), "演示自助机", fixed)).as("a paired demo kiosk keeps its key").isFalse();
		var kiosk = new HallClient(port).withHeader("X-Kiosk-Key", paired.body().get("deviceKey").asString());
		assertThat(kiosk.post(tickets(), Map.of("category", "A")).status()).isEqualTo(201);
		assertThat(pair(fixed).status()).isEqualTo(404);
	}
}
