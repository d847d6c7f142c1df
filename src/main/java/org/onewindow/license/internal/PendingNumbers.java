package org.onewindow.license.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives the licences issued in a transaction their numbers just before it commits. A licence is inserted with its
 * number pending; the first one of a transaction registers a {@link TransactionSynchronization} whose
 * {@link TransactionSynchronization#beforeCommit beforeCommit} takes each issuer's counter for the year once for all
 * of the transaction's licences of that issuer and year (issuers and years in a stable order, so that two
 * transactions issuing for the same departments cannot deadlock) and writes their consecutive numbers in the order
 * they were issued. The counter row ({@code lic_number_sequence}) is therefore locked only for the commit: taken when
 * issuing, it stayed locked through the rest of the case's conclusion and concurrent approvals of a department waited
 * for each other (docs/benchmarks.md). A transaction that rolls back never took the counter, so numbers stay
 * gap-free; the database refuses to commit a licence without its number (migration V9_2).
 */
@Component
public class PendingNumbers {

	private static final Comparator<Counter> ORDER = Comparator.comparing(Counter::issuer).thenComparing(Counter::year);

	private final LicenseRepository licenses;

	PendingNumbers(LicenseRepository licenses) {
		this.licenses = licenses;
	}

	/**
	 * Numbers the licence, inserted with its number pending in this transaction, when the transaction commits; at
	 * once when there is no transaction synchronization to wait for.
	 */
	public void assignAtCommit(long licenseId, String issuer, int year) {
		var counter = new Counter(issuer, year);
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			assign(counter, List.of(licenseId));
			return;
		}
		var pending = current();
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.add(counter, licenseId);
	}

	/** This transaction's pending licences (synchronizations of suspended transactions are not listed). */
	private Pending current() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Pending pending && pending.owner() == this) {
				return pending;
			}
		}
		return null;
	}

	/** Takes the counter once for all the licences and writes their numbers, in the order given. */
	private void assign(Counter counter, List<Long> licenseIds) {
		long last = licenses.takeSequences(counter.issuer(), counter.year(), licenseIds.size());
		long first = last - licenseIds.size() + 1;
		var numbers = new ArrayList<String>(licenseIds.size());
		for (int i = 0; i < licenseIds.size(); i++) {
			numbers.add(LicenseNumbers.format(counter.issuer(), counter.year(), first + i));
		}
		int assigned = licenses.assignNumbers(licenseIds, numbers);
		if (assigned != licenseIds.size()) {
			// a missing licence would leave a gap in the department's numbers: refuse the commit instead
			throw new IllegalStateException("%d of the licences %s to number as %s-%d were not pending"
				.formatted(licenseIds.size() - assigned, licenseIds, counter.issuer(), counter.year()));
		}
	}

	private record Counter(String issuer, int year) {
	}

	/** The licences a transaction issued, by counter, each in the order issued. */
	private final class Pending implements TransactionSynchronization {

		private final Map<Counter, List<Long>> byCounter = new TreeMap<>(ORDER);

		void add(Counter counter, long licenseId) {
			byCounter.computeIfAbsent(counter, c -> new ArrayList<>()).add(licenseId);
		}

		PendingNumbers owner() {
			return PendingNumbers.this;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			byCounter.forEach(PendingNumbers.this::assign);
		}
	}
}
