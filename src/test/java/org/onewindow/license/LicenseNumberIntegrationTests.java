package org.onewindow.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.license.internal.LicenseRepository;
import org.onewindow.license.internal.PendingNumbers;
import org.onewindow.site.SiteSetup;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Licence numbers are assigned just before the issuing transaction commits: consecutive and unique per issuer and
 * year under concurrency, none taken by a transaction that rolls back, one each for several licences of one
 * transaction, and the department's counter not locked while the rest of the transaction runs. Each test issues for a
 * department of its own, so it knows the numbers to expect.
 */
@HallIntegrationTest
class LicenseNumberIntegrationTests {

	@Autowired
	LicenseManagement licenses;

	@Autowired
	LicenseRepository repository;

	@Autowired
	PendingNumbers pendingNumbers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

	@Autowired
	SiteSetup sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	String issuer;

	int year;

	@BeforeEach
	void aDepartmentOfItsOwn() {
		issuer = aDepartment();
		year = LocalDate.now(clock).getYear();
	}

	@Test
	void concurrentTransactionsOfOneIssuerNumberTheirLicencesConsecutively() throws Exception {
		int threads = 8;
		int perThread = 20;
		var ids = new ConcurrentLinkedQueue<Long>();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			var start = new CountDownLatch(1);
			var futures = new ArrayList<Future<?>>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < perThread; i++) {
						ids.add(transactions.execute(status -> {
							long id = licenses.issue(aLicence(issuer, aCaseId())).id();
							// the rest of a case's conclusion runs after the licence is issued
							jdbc.sql("select pg_sleep(0.002)").query((rs, row) -> 1).list();
							return id;
						}));
					}
					return null;
				}));
			}
			start.countDown();
			for (var future : futures) {
				future.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(ids).hasSize(threads * perThread);
		var numbers = ids.stream().map(id -> licenses.find(id).orElseThrow().number()).sorted().toList();
		assertThat(numbers).as("every number 1…160 once: unique, consecutive, no gap")
			.containsExactlyElementsOf(IntStream.rangeClosed(1, threads * perThread).mapToObj(this::number).toList());
		assertThat(counter()).isEqualTo(threads * perThread);
	}

	@Test
	void aTransactionThatRollsBackTakesNoNumber() {
		long first = licenses.issue(aLicence(issuer, aCaseId())).id();
		long caseId = aCaseId();
		var rolledBack = new long[1];
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			rolledBack[0] = licenses.issue(aLicence(issuer, caseId)).id();
			throw new IllegalStateException("the approval fails after the licence was issued");
		})).isInstanceOf(IllegalStateException.class);
		transactions.executeWithoutResult(status -> {
			licenses.issue(aLicence(issuer, aCaseId()));
			status.setRollbackOnly();
		});
		long next = licenses.issue(aLicence(issuer, caseId)).id();

		assertThat(licenses.find(rolledBack[0])).isEmpty();
		assertThat(licenses.find(first).orElseThrow().number()).isEqualTo(number(1));
		assertThat(licenses.find(next).orElseThrow().number()).as("the next consecutive number").isEqualTo(number(2));
		assertThat(counter()).isEqualTo(2);
	}

	@Test
	void severalLicencesOfOneTransactionEachGetANumberInTheOrderIssued() {
		String otherIssuer = aDepartment();
		long caseId = aCaseId();
		var ids = transactions.execute(status -> {
			var first = licenses.issue(new NewLicense("食品经营许可证", HolderKind.ORGANIZATION, "青山县好味道餐饮有限公司",
					LicenseIntegrationTests.anOrganization(), issuer, LocalDate.now(clock), null, caseId, null));
			var other = licenses.issue(aLicence(otherIssuer, aCaseId()));
			var second = licenses.issue(aLicence(issuer, caseId));
			var again = licenses.issue(aLicence(issuer, caseId));
			assertThat(again).as("idempotent inside the transaction too").isEqualTo(second);
			assertThat(licenses.find(first.id()).orElseThrow().number()).as("pending until the commit").isNull();
			return List.of(first.id(), other.id(), second.id());
		});

		assertThat(ids.stream().map(id -> licenses.find(id).orElseThrow().number()))
			.containsExactly(number(1), otherIssuer + "-" + year + "-000001", number(2));
		assertThat(counter()).isEqualTo(2);
	}

	@Test
	void theCounterIsNotLockedUntilTheIssuingTransactionCommitsAndThenTheNumberIsVisible() throws Exception {
		var issued = new CountDownLatch(1);
		var proceed = new CountDownLatch(1);
		var slow = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
			long id = licenses.issue(aLicence(issuer, aCaseId())).id();
			issued.countDown();
			await(proceed);
			return id;
		}));
		try {
			assertThat(issued.await(30, TimeUnit.SECONDS)).isTrue();
			// another approval of the same department issues and commits while the first one is still running
			var quick = CompletableFuture.supplyAsync(() -> licenses.issue(aLicence(issuer, aCaseId())).id())
				.get(10, TimeUnit.SECONDS);
			assertThat(licenses.find(quick).orElseThrow().number()).isEqualTo(number(1));
		}
		finally {
			proceed.countDown();
		}
		long id = slow.get(30, TimeUnit.SECONDS);
		var license = licenses.find(id).orElseThrow();
		assertThat(license.number()).as("numbered at its commit, after the other").isEqualTo(number(2));
		assertThat(licenses.validOfType(license.holderId(), license.type(), LocalDate.now(clock)))
			.map(License::number)
			.contains(number(2));
	}

	@Test
	void aTransactionWithoutSynchronizationStillNumbersItsLicences() {
		var manager = new JdbcTransactionManager(dataSource);
		manager.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_NEVER);
		var unsynchronized = new TransactionTemplate(manager);

		long throughTheApi = unsynchronized.execute(status -> licenses.issue(aLicence(issuer, aCaseId())).id());
		long direct = unsynchronized.execute(status -> {
			long id = insertPending();
			pendingNumbers.assignAtCommit(id, issuer, year);
			return id;
		});

		assertThat(licenses.find(throughTheApi).orElseThrow().number()).isEqualTo(number(1));
		assertThat(licenses.find(direct).orElseThrow().number()).isEqualTo(number(2));
	}

	@Test
	void theDatabaseRefusesToCommitALicenceWithoutItsNumber() {
		var pending = new long[1];
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> pending[0] = insertPending()))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("without its number");
		assertThat(licenses.find(pending[0])).isEmpty();
		assertThat(counter()).isZero();
	}

	private long insertPending() {
		LocalDate today = LocalDate.now(clock);
		return repository.insert("营业执照", HolderKind.ORGANIZATION, "青山县测试有限公司",
				LicenseIntegrationTests.anOrganization(), issuer, today, null, aCaseId(), null, OffsetDateTime.now(clock));
	}

	private NewLicense aLicence(String department, long caseId) {
		return new NewLicense("营业执照", HolderKind.ORGANIZATION, "青山县测试有限公司", LicenseIntegrationTests.anOrganization(),
				department, LocalDate.now(clock), null, caseId, null);
	}

	private String number(int sequence) {
		return "%s-%d-%06d".formatted(issuer, year, sequence);
	}

	private long counter() {
		return jdbc.sql("select coalesce(max(last_value), 0) from lic_number_sequence where issuer = :issuer and year = :year")
			.param("issuer", issuer)
			.param("year", year)
			.query(Long.class)
			.single();
	}

	/** A department of the test's own (sorted last, so that tests picking the first departments do not see it). */
	private String aDepartment() {
		var random = ThreadLocalRandom.current();
		var tag = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			tag.append((char) ('A' + random.nextInt(26)));
		}
		String code = "LT" + tag;
		sites.department(code, "测试发证部门" + tag, "测试部门", null, null, 10_000);
		return code;
	}

	private static long aCaseId() {
		return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("not released");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
