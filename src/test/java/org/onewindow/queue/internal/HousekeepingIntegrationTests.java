package org.onewindow.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End of day: yesterday's unserved tickets are closed (never deleted) and counters signed out; today's are untouched.
 */
@HallIntegrationTest
class HousekeepingIntegrationTests {

	@Autowired
	TestHalls halls;

	@Autowired
	Housekeeping housekeeping;

	@Autowired
	JdbcClient jdbc;

	@Test
	void yesterdaysTicketsAreClosedAndKeptTodaysStayWaiting() {
		var hall = halls.create(List.of(List.of("A")));
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		insert(hall.siteId(), today.minusDays(1), 1, "WAITING");
		insert(hall.siteId(), today.minusDays(1), 2, "DONE");
		insert(hall.siteId(), today, 1, "WAITING");
		jdbc.sql("insert into q_counter_state (counter_id, site_id, state, staff_id, since) values (:c, :s, 'OPEN', :staff, now() - interval '2 days')")
			.param("c", hall.counterIds().get(0)).param("s", hall.siteId()).param("staff", hall.clerkIds().get(0)).update();

		housekeeping.run();
		housekeeping.run(); // idempotent: every node runs it

		var states = jdbc.sql("select service_day, state from q_ticket where site_id = :site order by service_day, seq")
			.param("site", hall.siteId())
			.query((rs, i) -> rs.getString(2))
			.list();
		assertThat(states).containsExactly("CLOSED", "DONE", "WAITING");
		assertThat(jdbc.sql("select count(*) from q_ticket_event e join q_ticket t on t.id = e.ticket_id where t.site_id = :site and e.kind = 'CLOSED'")
			.param("site", hall.siteId()).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select state from q_counter_state where counter_id = :c").param("c", hall.counterIds().get(0))
			.query(String.class).single()).isEqualTo("CLOSED");
	}

	private void insert(long siteId, LocalDate day, int seq, String state) {
		jdbc.sql("""
				insert into q_ticket (token, site_id, service_day, category, seq, number, priority, lane, channel, state,
				    sort_key, not_before, issued_at)
				values (:token, :site, :day, 'A', :seq, :number, 'NONE', 1, 'KIOSK', :state, now(), now(), now())""")
			.param("token", "hk-" + siteId + "-" + day + "-" + seq)
			.param("site", siteId)
			.param("day", day)
			.param("seq", seq)
			.param("number", "A00" + seq)
			.param("state", state)
			.update();
	}
}
