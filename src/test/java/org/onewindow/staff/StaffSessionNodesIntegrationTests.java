package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import org.onewindow.OneWindowApplication;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Two nodes on one database, each keeping the sessions it served in memory (decision 0008): a logout, a disabled
 * account or a new password on node A is refused on node B at once — well before node B's copy would expire by
 * itself (30 s), so this only passes through the invalidation notices.
 */
@HallIntegrationTest
class StaffSessionNodesIntegrationTests {

	private static final Duration WELL_BEFORE_THE_CACHE_EXPIRES = Duration.ofSeconds(5);

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Test
	void aLogoutADisabledAccountAndANewPasswordOnOneNodeAreRefusedOnTheOther() throws Exception {
		var hall = halls.create(List.of(List.of("A"), List.of("A"), List.of("A")));
		var nodeB = new SpringApplicationBuilder(OneWindowApplication.class).profiles("test")
			.properties("server.port=0")
			.run();
		try {
			int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();

			// logout on A
			var first = HallClient.loggedIn(port, hall.clerks().get(0));
			// the logout clears the browser's cookie; a copy of it (another tab, a stolen cookie) must be refused too
			var firstOnB = new HallClient(portB).withHeader("Cookie", first.cookieHeader());
			assertThat(firstOnB.get("/api/me").status()).as("node B serves the login made on node A").isEqualTo(200);
			assertThat(firstOnB.get("/api/me").status()).as("again, now from node B's memory").isEqualTo(200);
			assertThat(first.post("/logout", "{}").status()).isEqualTo(204);
			assertThat(refusedWithin(() -> firstOnB.get("/api/me").status()))
				.as("node B refuses the session logged out on node A").isTrue();

			// an administrator on A disables an account logged in on B
			var second = HallClient.loggedIn(portB, hall.clerks().get(1));
			assertThat(second.get("/api/me").status()).isEqualTo(200);
			var admin = HallClient.loggedIn(port, "sysadmin");
			long secondId = hall.clerkIds().get(1);
			var account = admin.get("/api/staff/" + secondId).body();
			var update = new LinkedHashMap<String, Object>();
			update.put("displayName", account.get("displayName").asString());
			update.put("siteId", account.get("siteId").asLong());
			var roles = new ArrayList<String>();
			account.get("roles").forEach(role -> roles.add(role.asString()));
			update.put("roles", roles);
			var counters = new ArrayList<Long>();
			account.get("counterIds").forEach(counter -> counters.add(counter.asLong()));
			update.put("counterIds", counters);
			update.put("active", false);
			update.put("version", account.get("version").asInt());
			var disabled = admin.put("/api/staff/" + secondId, update);
			assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
			assertThat(refusedWithin(() -> second.get("/api/me").status()))
				.as("node B refuses the session of the account disabled on node A").isTrue();
			assertThat(second.onPort(port).get("/api/me").status()).isEqualTo(401);
			assertThat(HallClient.fromAnotherAddress(portB).login(hall.clerks().get(1), HallClient.DEMO_PASSWORD).status())
				.as("and the disabled account cannot log in again").isNotEqualTo(200);

			// a new password set on A ends the logins on B
			var third = HallClient.loggedIn(portB, hall.clerks().get(2));
			assertThat(third.get("/api/me").status()).isEqualTo(200);
			var changed = admin.put("/api/staff/" + hall.clerkIds().get(2) + "/password",
					java.util.Map.of("password", "newpass1234"));
			assertThat(changed.status()).as(changed.text()).isBetween(200, 204);
			assertThat(refusedWithin(() -> third.get("/api/me").status()))
				.as("node B refuses the session of the account whose password changed on node A").isTrue();
			assertThat(admin.get("/api/me").status()).as("the administrator stays logged in").isEqualTo(200);
		}
		finally {
			nodeB.close();
		}
	}

	private static boolean refusedWithin(IntSupplier status) throws InterruptedException {
		long deadline = System.nanoTime() + WELL_BEFORE_THE_CACHE_EXPIRES.toNanos();
		while (System.nanoTime() < deadline) {
			if (status.getAsInt() == 401) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}
}
