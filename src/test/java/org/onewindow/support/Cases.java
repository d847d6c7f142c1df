package org.onewindow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.onewindow.catalog.ApplicantType;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.Situation;

import tools.jackson.databind.JsonNode;

/**
 * The front desk's steps on a case over HTTP, as a clerk's browser takes them, for every module's tests: the test
 * applicant, opening a case, handing in the materials, accepting, recording a supplement; and picking situations of
 * the demo handbook. Each step asserts the answer it expects and returns the case as the back end answered it.
 */
public final class Cases {

	/** The test applicant's ID number (a valid GB 11643 number) and mobile phone. */
	public static final String PERSON_ID = "110101199003070011";

	public static final String PHONE = "13912345678";

	private Cases() {
	}

	// --- the handbook

	/** The first situation of the published demo handbook that a test wants. */
	public static Situation situation(CatalogManagement catalog, Predicate<Situation> wanted) {
		return catalog.published()
			.orElseThrow()
			.content()
			.situations()
			.stream()
			.filter(wanted)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo handbook has no such situation"));
	}

	/** Whether a person (or an individual business) applies for the situation. */
	public static boolean personal(Situation s) {
		return s.applicantType() == ApplicantType.PERSON || s.applicantType() == ApplicantType.INDIVIDUAL_BUSINESS;
	}

	// --- the front desk

	/** The test applicant as the clerk records them: {@link #PERSON_ID}, {@link #PHONE}. */
	public static Map<String, Object> person(String name) {
		return Map.of("kind", "PERSON", "name", name, "idNumber", PERSON_ID, "phone", PHONE);
	}

	/** The body that opens a case of a situation for 张三. */
	public static Map<String, Object> openBody(String situationCode) {
		return Map.of("situationCode", situationCode, "applicant", person("张三"));
	}

	/** Opens a case ({@code POST /api/cases}); answers it. */
	public static JsonNode open(HallClient clerk, Map<String, Object> body) {
		var opened = clerk.post("/api/cases", body);
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		return opened.body();
	}

	/** Opens a case for a situation or a bundle (the other {@code null}) for the applicant of that name. */
	public static JsonNode open(HallClient clerk, String situationCode, String bundleCode, String applicantName) {
		var body = new HashMap<String, Object>();
		if (situationCode != null) {
			body.put("situationCode", situationCode);
		}
		if (bundleCode != null) {
			body.put("bundleCode", bundleCode);
		}
		body.put("applicant", person(applicantName));
		return open(clerk, body);
	}

	/** The body of a change that carries nothing but the version the browser saw. */
	public static Map<String, Object> version(JsonNode kase) {
		return Map.of("version", kase.get("version").asInt());
	}

	/** Marks one checklist line handed in as an original; answers the case. */
	public static JsonNode provide(HallClient clerk, JsonNode kase, int line) {
		var put = clerk.put("/api/cases/" + kase.get("id").asLong() + "/materials/" + line,
				Map.of("version", kase.get("version").asInt(), "status", "PROVIDED_ORIGINAL"));
		assertThat(put.status()).as(put.text()).isEqualTo(200);
		return put.body();
	}

	/** Marks every required line handed in as an original, except the materials named; answers the case. */
	public static JsonNode provideRequired(HallClient clerk, JsonNode kase, List<String> except) {
		JsonNode current = kase;
		for (JsonNode line : kase.get("materials")) {
			if (!line.get("required").asBoolean() || except.contains(line.get("name").asString())) {
				continue;
			}
			current = provide(clerk, current, line.get("line").asInt());
		}
		return current;
	}

	/** Accepts the case (受理; 容缺受理 with {@code deficiency}), which goes to the back office; answers it. */
	public static JsonNode accept(HallClient clerk, JsonNode kase, Map<String, Object> deficiency) {
		var body = new HashMap<String, Object>(version(kase));
		if (deficiency != null) {
			body.put("deficiency", deficiency);
		}
		var accepted = clerk.post("/api/cases/" + kase.get("id").asLong() + "/accept", body);
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(accepted.body().get("status").get("code").asString()).isEqualTo("IN_APPROVAL");
		return accepted.body();
	}

	/** Opens and accepts a case with every required material handed in; answers its id. */
	public static long acceptedCase(HallClient clerk, String situationCode, String bundleCode) {
		var kase = provideRequired(clerk, open(clerk, situationCode, bundleCode, "张三丰"), List.of());
		return accept(clerk, kase, null).get("id").asLong();
	}

	/** The clerk records that the applicant brought the supplement the back office asked for. */
	public static void supplemented(HallClient clerk, long caseId) {
		var kase = clerk.get("/api/cases/" + caseId).body();
		var done = clerk.post("/api/cases/" + caseId + "/supplement",
				Map.of("version", kase.get("version").asInt(), "note", "已补齐"));
		assertThat(done.status()).as(done.text()).isEqualTo(200);
	}
}
