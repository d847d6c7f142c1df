package org.onewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.AuthenticatedStaff;
import org.onewindow.platform.DomainException;
import org.onewindow.queue.internal.QueueSiteRepository.CounterMode;
import org.onewindow.queue.internal.TicketService;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 64 counters calling at once on 10,000 waiting tickets (a third of them in the green channel): every ticket is
 * called exactly once, none is lost, and no counter ever holds two.
 */
@HallIntegrationTest
class QueueConcurrencyIntegrationTests {

	static final int COUNTERS = 64;
	static final int TICKETS = 10_000;

	@Autowired
	TestHalls halls;

	@Autowired
	TicketService tickets;

	@Autowired
	JdbcClient jdbc;

	record Clerk(long staffId, String username, long siteId) implements AuthenticatedStaff {

		@Override
		public String siteName() {
			return "测试大厅";
		}
	}

	@Test
	void sixtyFourCountersCallTenThousandTicketsEachExactlyOnce() throws Exception {
		var counters = Collections.nCopies(COUNTERS, List.of("A"));
		var hall = halls.create(counters);
		jdbc.sql("""
				insert into q_ticket (token, site_id, service_day, category, seq, number, priority, lane, channel, state,
				    sort_key, not_before, issued_at)
				select 'load-' || :site || '-' || n, :site, (now() at time zone 'Asia/Shanghai')::date, 'A', n,
				       'A' || lpad(n::text, 3, '0'),
				       case when n % 3 = 0 then 'ELDERLY' else 'NONE' end, case when n % 3 = 0 then 0 else 1 end,
				       'KIOSK', 'WAITING', now() - interval '1 hour' + n * interval '1 millisecond',
				       now() - interval '1 hour', now() - interval '1 hour'
				from generate_series(1, :tickets) n""").param("site", hall.siteId()).param("tickets", TICKETS).update();

		ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
		var start = new CountDownLatch(1);
		var failures = new ConcurrentLinkedQueue<Throwable>();
		var futures = new ArrayList<Future<Integer>>();
		for (int i = 0; i < COUNTERS; i++) {
			long counterId = hall.counterIds().get(i);
			var clerk = new Clerk(hall.clerkIds().get(i), hall.clerks().get(i), hall.siteId());
			boolean finishWithNextCall = i % 2 == 0; // half the counters use 办结并叫下一位
			futures.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(clerk, null,
							List.of(new SimpleGrantedAuthority("ROLE_ACCEPTOR"))));
				try {
					tickets.setCounterState(counterId, CounterMode.OPEN);
					start.await();
					int served = 0;
					Long current = null;
					while (true) {
						try {
							var ticket = tickets.callNext(counterId, null, finishWithNextCall);
							current = ticket.id();
							if (!finishWithNextCall) {
								tickets.finish(ticket.id());
								current = null;
							}
							served++;
						}
						catch (DomainException e) {
							if (!e.code().equals("queue.empty")) {
								throw e;
							}
							if (current != null) {
								tickets.finish(current);
							}
							return served;
						}
					}
				}
				catch (Throwable e) {
					failures.add(e);
					return -1;
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		int served = 0;
		for (var future : futures) {
			served += future.get();
		}
		pool.shutdown();

		assertThat(failures).isEmpty();
		assertThat(served).isEqualTo(TICKETS);
		var calls = jdbc.sql("""
				select count(*) filter (where calls = 1), count(*) filter (where calls > 1), count(*) filter (where calls = 0)
				from (select t.id, (select count(*) from q_ticket_event e where e.ticket_id = t.id and e.kind = 'CALLED') calls
				      from q_ticket t where t.site_id = :site) per_ticket""")
			.param("site", hall.siteId())
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		assertThat(calls[0]).as("called exactly once").isEqualTo(TICKETS);
		assertThat(calls[1]).as("called twice").isZero();
		assertThat(calls[2]).as("never called").isZero();
		assertThat(jdbc.sql("select count(*) from q_ticket where site_id = :site and state = 'DONE'")
			.param("site", hall.siteId()).query(Integer.class).single()).isEqualTo(TICKETS);
		assertThat(jdbc.sql("select count(distinct counter_id) from q_ticket where site_id = :site")
			.param("site", hall.siteId()).query(Integer.class).single()).as("the work was shared").isGreaterThan(COUNTERS / 2);
	}
}
