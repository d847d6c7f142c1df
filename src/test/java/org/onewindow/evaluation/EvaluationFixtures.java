package org.onewindow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onewindow.site.SiteManagement;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.HallClient;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;

import tools.jackson.databind.JsonNode;

/**
 * A test hall for 好差评: counter 1 a comprehensive window (A), counter 2 the 公安专窗 (E, department GAJ), with a
 * site administrator, a supervisor and staff of GAJ and of SWJ.
 */
public final class EvaluationFixtures {

	private final TestHalls halls;
	private final StaffSetup staff;
	private final SiteManagement sites;

	public EvaluationFixtures(TestHalls halls, StaffSetup staff, SiteManagement sites) {
		this.halls = halls;
		this.staff = staff;
		this.sites = sites;
	}

	public record Hall(TestHall hall, String admin, String supervisor, String police, String tax, long policeId) {
	}

	public Hall create() {
		var hall = halls.create(List.of(List.of("A"), List.of("E")));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long police = sites.findDepartmentByCode("GAJ").orElseThrow().id();
		long tax = sites.findDepartmentByCode("SWJ").orElseThrow().id();
		staff.account("ea" + tag, "测试站点管理员", HallClient.DEMO_PASSWORD, hall.siteId(), null,
				EnumSet.of(Role.SITE_ADMIN), List.of());
		staff.account("es" + tag, "测试督查员", HallClient.DEMO_PASSWORD, hall.siteId(), null,
				EnumSet.of(Role.SUPERVISOR), List.of());
		staff.account("ep" + tag, "测试公安整改员", HallClient.DEMO_PASSWORD, hall.siteId(), police,
				EnumSet.of(Role.APPROVER), List.of());
		staff.account("et" + tag, "测试税务人员", HallClient.DEMO_PASSWORD, hall.siteId(), tax,
				EnumSet.of(Role.APPROVER), List.of());
		return new Hall(hall, "ea" + tag, "es" + tag, "ep" + tag, "et" + tag, police);
	}

	/** Issues a ticket of the counter's category, has the counter's clerk call and finish it; the ticket's id. */
	public static long serveOne(int port, TestHall hall, int counterIndex, String category) {
		var kiosk = hall.kiosk(port);
		var issued = kiosk.post("/api/queue/sites/" + hall.siteId() + "/tickets", Map.of("category", category));
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		var clerk = HallClient.loggedIn(port, hall.clerks().get(counterIndex));
		long counter = hall.counterIds().get(counterIndex);
		clerk.put("/api/queue/counters/" + counter + "/state", Map.of("state", "OPEN"));
		var called = clerk.post("/api/queue/counters/" + counter + "/calls", Map.of());
		assertThat(called.status()).as(called.text()).isEqualTo(201);
		long ticketId = called.body().get("id").asLong();
		var done = clerk.post("/api/queue/tickets/" + ticketId + "/completion", Map.of());
		assertThat(done.status()).as(done.text()).isEqualTo(200);
		return ticketId;
	}

	/**
	 * A ticket served at the hall's 公安专窗 (counter 2, E) and rated 非常不满意 by its QR with the reason and comment:
	 * the rating token.
	 */
	public static String badRatingAtThePoliceCounter(int port, Hall hall, String reason, String comment) {
		long ticketId = serveOne(port, hall.hall(), 1, "E");
		String token = serviceOf(HallClient.loggedIn(port, hall.hall().clerks().get(1)), ticketId).get("token").asString();
		var verdict = new HashMap<String, Object>();
		verdict.put("level", "VERY_DISSATISFIED");
		verdict.put("reasons", List.of(reason));
		verdict.put("comment", comment);
		var rated = new HallClient(port).post("/api/public/evaluation/ratings/" + token, verdict);
		assertThat(rated.status()).as(rated.text()).isEqualTo(201);
		return token;
	}

	/** Waits for the listener to turn the finished ticket into a service; the service as staff see it. */
	public static JsonNode serviceOf(HallClient staffClient, long ticketId) {
		long until = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < until) {
			var found = staffClient.get("/api/evaluation/services?ticketId=" + ticketId);
			assertThat(found.status()).as(found.text()).isEqualTo(200);
			if (!found.body().isEmpty()) {
				return found.body().get(0);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("no service to rate for ticket " + ticketId);
	}
}
