package org.onewindow.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Transaction-scoped PostgreSQL advisory locks named by a text key ({@code pg_advisory_xact_lock}): the caller waits
 * until no other transaction, on any node, holds the same key, and holds it until its own transaction ends. For work
 * that must run one at a time per thing although no row exists yet to lock (a case's events, a phone's sign-ins, a
 * person's bookings of a day). Keys start with the table or subject they guard ({@code "acc_online:" + phone}) so that
 * two modules never meet by accident.
 */
public final class TransactionLocks {

	private TransactionLocks() {
	}

	/** Waits for and takes the lock of {@code key} until the current transaction ends. */
	public static void lock(JdbcClient jdbc, String key) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", key)
			.query((rs, row) -> 1)
			.single();
	}
}
