package org.onewindow.acceptance;

import java.time.Duration;
import java.util.function.Predicate;

import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.Situation;
import org.onewindow.site.SiteLevel;
import org.onewindow.support.Cases;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Situations of the demo handbook picked by what the front desk's tests need, a second applicant and the audit
 * log; the clerk's steps on a case over HTTP are the shared {@link Cases}.
 */
final class AcceptanceFixtures {

	/** Another applicant than {@link Cases#PERSON_ID}. */
	static final String OTHER_PERSON_ID = "110101195003070013";

	private final CatalogManagement catalog;

	AcceptanceFixtures(CatalogManagement catalog) {
		this.catalog = catalog;
	}

	Situation situation(Predicate<Situation> wanted) {
		return Cases.situation(catalog, wanted);
	}

	/** A 承诺件 a person applies for at a town sub-center, with a non-key required material. */
	Situation promisedAtTown() {
		return situation(s -> s.mode() == AcceptanceMode.PROMISED && s.acceptLevels().contains(SiteLevel.TOWN)
				&& Cases.personal(s) && s.materials().stream().anyMatch(m -> m.required() && !m.key())
				&& s.materials().stream().anyMatch(m -> m.required() && m.key()));
	}

	/** A 即办件 a person applies for at a town sub-center. */
	Situation instantAtTown() {
		return situation(s -> s.mode() == AcceptanceMode.INSTANT && s.acceptLevels().contains(SiteLevel.TOWN)
				&& Cases.personal(s) && s.materials().stream().anyMatch(m -> m.required()));
	}

	/** Accepted only at the county center. */
	Situation countyOnly() {
		return situation(s -> !s.acceptLevels().contains(SiteLevel.TOWN) && Cases.personal(s));
	}

	/** Waits a little for the audit line of a call (it is written after the answer went out). */
	static void awaitAudit(JdbcClient jdbc, String path, int status) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < deadline) {
			int found = jdbc.sql("select count(*) from pf_audit_log where path = :path and status = :status")
				.param("path", path)
				.param("status", status)
				.query(Integer.class)
				.single();
			if (found > 0) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError("no audit entry for " + path + " with status " + status);
	}
}
