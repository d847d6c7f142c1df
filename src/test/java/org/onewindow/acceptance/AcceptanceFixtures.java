package org.onewindow.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.ApplicantType;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.Situation;
import org.onewindow.site.SiteLevel;
import org.onewindow.support.HallClient;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Situations of the demo handbook picked by what a test needs, and the clerk's steps on a case over HTTP.
 */
final class AcceptanceFixtures {

	static final String PERSON_ID = "110101199003070011";
	static final String OTHER_PERSON_ID = "110101195003070013";
	static final String PHONE = "13912345678";

	private final CatalogManagement catalog;

	AcceptanceFixtures(CatalogManagement catalog) {
		this.catalog = catalog;
	}

	Situation situation(Predicate<Situation> wanted) {
		return catalog.published()
			.orElseThrow()
			.content()
			.situations()
			.stream()
			.filter(wanted)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo handbook has no such situation"));
	}

	/** A 承诺件 a person applies for at a town sub-center, with a non-key required material. */
	Situation promisedAtTown() {
		return situation(s -> s.mode() == AcceptanceMode.PROMISED && s.acceptLevels().contains(SiteLevel.TOWN)
				&& personal(s) && s.materials().stream().anyMatch(m -> m.required() && !m.key())
				&& s.materials().stream().anyMatch(m -> m.required() && m.key()));
	}

	/** A 即办件 a person applies for at a town sub-center. */
	Situation instantAtTown() {
		return situation(s -> s.mode() == AcceptanceMode.INSTANT && s.acceptLevels().contains(SiteLevel.TOWN)
				&& personal(s) && s.materials().stream().anyMatch(m -> m.required()));
	}

	/** Accepted only at the county center. */
	Situation countyOnly() {
		return situation(s -> !s.acceptLevels().contains(SiteLevel.TOWN) && personal(s));
	}

	static boolean personal(Situation s) {
		return s.applicantType() == ApplicantType.PERSON || s.applicantType() == ApplicantType.INDIVIDUAL_BUSINESS;
	}

	static Map<String, Object> person(String name) {
		return Map.of("kind", "PERSON", "name", name, "idNumber", PERSON_ID, "phone", PHONE);
	}

	static Map<String, Object> openBody(String situationCode) {
		return Map.of("situationCode", situationCode, "applicant", person("张三"));
	}

	static JsonNode open(HallClient clerk, Map<String, Object> body) {
		var opened = clerk.post("/api/cases", body);
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		return opened.body();
	}

	/** Marks every required line handed in as an original (skipping {@code except}); answers the case. */
	static JsonNode provideRequired(HallClient clerk, JsonNode kase, List<String> except) {
		JsonNode current = kase;
		for (JsonNode line : kase.get("materials")) {
			if (!line.get("required").asBoolean() || except.contains(line.get("name").asString())) {
				continue;
			}
			var body = new HashMap<String, Object>();
			body.put("version", current.get("version").asInt());
			body.put("status", "PROVIDED_ORIGINAL");
			var put = clerk.put("/api/cases/" + kase.get("id").asLong() + "/materials/" + line.get("line").asInt(),
					body);
			assertThat(put.status()).as(put.text()).isEqualTo(200);
			current = put.body();
		}
		return current;
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

	static Map<String, Object> version(JsonNode kase) {
		return Map.of("version", kase.get("version").asInt());
	}
}
