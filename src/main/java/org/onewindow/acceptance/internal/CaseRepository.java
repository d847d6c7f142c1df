package org.onewindow.acceptance.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.CaseSummary;
import org.onewindow.acceptance.DeliveryMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases, their checklists and timelines. Every change of a case row raises its {@code version}; the services lock
 * the row ({@link #findForUpdate}) and compare the version the browser saw before changing anything.
 */
@Repository
public class CaseRepository {

	private static final String COLUMNS = """
			id, case_number, channel, site_id, origin_site_id, counter_id, ticket_id, opened_by, opened_at, status,
			catalog_version, situation_codes, bundle_code, title, instant_mode, promised_days, legal_days,
			applicant_kind, applicant_name, applicant_id, applicant_phone, legal_rep_name, legal_rep_id_number,
			agent_name, agent_id_number, agent_authorization, delivery_method, mail_recipient, mail_phone,
			mail_address, form_values, accepted_at, accepted_by, accepted_on, promised_date, legal_date,
			deficiency_deadline, deficiency_pledge, deficiency_signer, notice_count, decision_reason, decided_at,
			concluded_at, outcome, outcome_summary, license_ids, delivered_at, delivered_how, terminated_at,
			progress_token, version""";

	private static final String MATERIAL_COLUMNS = """
			case_id, line, name, form, copies, required, condition, key_material, pledge_allowed, license_type, source,
			check_notes, form_template, situation_codes, status, note, license_id, pledge_text, pledge_signer,
			pledged_at, owed, file_ids""";

	/** The case list's condition: data scope, status, text, open hand-over to a site. */
	private static final String SEARCH = """
			(site_id = any(:sites) or origin_site_id = any(:sites))
			and (cast(:status as text) is null or status = :status)
			and (cast(:q as text) is null or case_number like :like or applicant_name like :like
			     or applicant_id = upper(:q) or title like :like)
			and (cast(:handoverTo as bigint) is null or exists (select 1 from acc_handover h
			     where h.case_id = acc_case.id and h.received_at is null and h.to_site_id = :handoverTo))""";

	private static final TypeReference<Map<String, String>> FORM = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json = JsonMapper.builder().build();

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next case number of a site on a day: one atomic upsert, safe across nodes. */
	int nextNumber(long siteId, LocalDate day) {
		return jdbc.sql("""
				insert into acc_case_sequence (site_id, day, last_number) values (:site, :day, 1)
				on conflict (site_id, day) do update set last_number = acc_case_sequence.last_number + 1
				returning last_number""")
			.param("site", siteId)
			.param("day", day)
			.query(Integer.class)
			.single();
	}

	/**
	 * Gives a case opened in this transaction the next number of its site and day ({@code prefix} + 4 digits), in one
	 * statement. The site's counter row stays locked until the transaction ends, so this comes last: with it taken
	 * first, every clerk of a site waited for the whole opening of the other clerks' cases (docs/benchmarks.md).
	 */
	String assignNumber(long caseId, long siteId, LocalDate day, String prefix) {
		return jdbc.sql("""
				with next as (
				    insert into acc_case_sequence (site_id, day, last_number) values (:site, :day, 1)
				    on conflict (site_id, day) do update set last_number = acc_case_sequence.last_number + 1
				    returning last_number)
				update acc_case set case_number = :prefix || lpad(next.last_number::text, 4, '0')
				from next where id = :id
				returning case_number""")
			.param("site", siteId)
			.param("day", day)
			.param("prefix", prefix)
			.param("id", caseId)
			.query(String.class)
			.single();
	}

	long insert(ServiceCase c, Instant now) {
		return jdbc.sql("""
				insert into acc_case (case_number, channel, site_id, origin_site_id, counter_id, ticket_id, opened_by,
				    opened_at, status, catalog_version, situation_codes, bundle_code, title, instant_mode, promised_days,
				    legal_days, applicant_kind, applicant_name, applicant_id, applicant_phone, legal_rep_name,
				    legal_rep_id_number, agent_name, agent_id_number, agent_authorization, delivery_method,
				    mail_recipient, mail_phone, mail_address, form_values, progress_token, updated_at)
				values (:number, :channel, :site, :origin, :counter, :ticket, :openedBy, :openedAt, :status, :version,
				    :situations, :bundle, :title, :instant, :promisedDays, :legalDays, :kind, :name, :applicantId, :phone,
				    :repName, :repId, :agentName, :agentId, :agentAuth, :method, :recipient, :mailPhone, :address,
				    cast(:form as jsonb), :token, :now)
				returning id""")
			.param("number", c.caseNumber())
			.param("channel", c.channel().name())
			.param("site", c.siteId())
			.param("origin", c.originSiteId())
			.param("counter", c.counterId())
			.param("ticket", c.ticketId())
			.param("openedBy", c.openedBy())
			.param("openedAt", Timestamp.from(c.openedAt()))
			.param("status", c.status().name())
			.param("version", c.catalogVersion())
			.param("situations", c.situationCodes().toArray(String[]::new))
			.param("bundle", c.bundleCode())
			.param("title", c.title())
			.param("instant", c.instantMode())
			.param("promisedDays", c.promisedDays())
			.param("legalDays", c.legalDays())
			.param("kind", c.applicant().kind().name())
			.param("name", c.applicant().name())
			.param("applicantId", c.applicant().id())
			.param("phone", c.applicant().phone())
			.param("repName", c.applicant().legalRepName())
			.param("repId", c.applicant().legalRepIdNumber())
			.param("agentName", c.agent() == null ? null : c.agent().name())
			.param("agentId", c.agent() == null ? null : c.agent().idNumber())
			.param("agentAuth", c.agent() != null && c.agent().authorization())
			.param("method", c.delivery().method().name())
			.param("recipient", c.delivery().recipient())
			.param("mailPhone", c.delivery().phone())
			.param("address", c.delivery().address())
			.param("form", json.writeValueAsString(c.formValues()))
			.param("token", c.progressToken())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	Optional<ServiceCase> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from acc_case where id = :id").param("id", id).query(this::map).optional();
	}

	Optional<ServiceCase> findForUpdate(long id) {
		return jdbc.sql("select " + COLUMNS + " from acc_case where id = :id for update")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	Optional<ServiceCase> findByNumber(String caseNumber) {
		return jdbc.sql("select " + COLUMNS + " from acc_case where case_number = :number")
			.param("number", caseNumber)
			.query(this::map)
			.optional();
	}

	Optional<ServiceCase> findByToken(String token) {
		return jdbc.sql("select " + COLUMNS + " from acc_case where progress_token = :token")
			.param("token", token)
			.query(this::map)
			.optional();
	}

	boolean tokenExists(String token) {
		return jdbc.sql("select exists (select 1 from acc_case where progress_token = :token)")
			.param("token", token)
			.query(Boolean.class)
			.single();
	}

	/**
	 * One page of the cases in a data scope, newest first; {@code q} matches the case number, name or ID;
	 * {@code handoverTo} keeps only the cases handed over to that site and not received yet.
	 */
	List<ServiceCase> search(Long[] siteIds, CaseStatus status, String q, Long handoverTo, int page, int size) {
		return searchParams(jdbc.sql("select " + COLUMNS + " from acc_case where " + SEARCH
				+ " order by opened_at desc, id desc limit :limit offset :offset"), siteIds, status, q, handoverTo)
			.param("limit", size)
			.param("offset", page * size)
			.query(this::map)
			.list();
	}

	long count(Long[] siteIds, CaseStatus status, String q, Long handoverTo) {
		return searchParams(jdbc.sql("select count(*) from acc_case where " + SEARCH), siteIds, status, q, handoverTo)
			.query(Long.class)
			.single();
	}

	private static JdbcClient.StatementSpec searchParams(JdbcClient.StatementSpec sql, Long[] siteIds,
			CaseStatus status, String q, Long handoverTo) {
		return sql.param("sites", siteIds)
			.param("status", status == null ? null : status.name())
			.param("q", q)
			.param("like", q == null ? null : "%" + likeEscaped(q) + "%")
			.param("handoverTo", handoverTo);
	}

	private static String likeEscaped(String q) {
		return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	Long decidedBy(long id) {
		return jdbc.sql("select decided_by from acc_case where id = :id").param("id", id).query(Long.class).optional()
			.orElse(null);
	}

	// --- changes of the case row; each raises the version

	void setStatus(long id, CaseStatus status, Instant now) {
		jdbc.sql("update acc_case set status = :status, version = version + 1, updated_at = :now where id = :id")
			.param("id", id)
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** A change of the checklist or anything else that a second browser must notice. */
	void touch(long id, Instant now) {
		jdbc.sql("update acc_case set version = version + 1, updated_at = :now where id = :id")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	void setForm(long id, Map<String, String> values, Instant now) {
		jdbc.sql("""
				update acc_case set form_values = cast(:form as jsonb), version = version + 1, updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("form", json.writeValueAsString(values))
			.param("now", Timestamp.from(now))
			.update();
	}

	void setDelivery(long id, CaseSummary.Delivery delivery, Instant now) {
		jdbc.sql("""
				update acc_case set delivery_method = :method, mail_recipient = :recipient, mail_phone = :phone,
				    mail_address = :address, version = version + 1, updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("method", delivery.method().name())
			.param("recipient", delivery.recipient())
			.param("phone", delivery.phone())
			.param("address", delivery.address())
			.param("now", Timestamp.from(now))
			.update();
	}

	void accepted(long id, CaseStatus status, Instant at, Long by, LocalDate acceptedOn, LocalDate promisedDate,
			LocalDate legalDate, LocalDate deficiencyDeadline, String pledge, String signer) {
		jdbc.sql("""
				update acc_case set status = :status, accepted_at = :at, accepted_by = :by, accepted_on = :on,
				    promised_date = :promised, legal_date = :legal, deficiency_deadline = :deadline,
				    deficiency_pledge = :pledge, deficiency_signer = :signer, version = version + 1, updated_at = :at
				where id = :id""")
			.param("id", id)
			.param("status", status.name())
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("on", acceptedOn)
			.param("promised", promisedDate)
			.param("legal", legalDate)
			.param("deadline", deficiencyDeadline)
			.param("pledge", pledge)
			.param("signer", signer)
			.update();
	}

	void concluded(long id, CaseOutcome outcome, String summary, List<Long> licenseIds, Instant at) {
		jdbc.sql("""
				update acc_case set status = 'CONCLUDED', outcome = :outcome, outcome_summary = :summary,
				    license_ids = :licenses, concluded_at = :at, version = version + 1, updated_at = :at
				where id = :id""")
			.param("id", id)
			.param("outcome", outcome.name())
			.param("summary", summary)
			.param("licenses", licenseIds.toArray(Long[]::new))
			.param("at", Timestamp.from(at))
			.update();
	}

	void delivered(long id, String how, Instant at) {
		jdbc.sql("""
				update acc_case set status = 'DELIVERED', delivered_at = :at, delivered_how = :how,
				    version = version + 1, updated_at = :at
				where id = :id""")
			.param("id", id)
			.param("how", how)
			.param("at", Timestamp.from(at))
			.update();
	}

	void movePromisedDate(long id, LocalDate promisedDate, Instant now) {
		jdbc.sql("update acc_case set promised_date = :date, version = version + 1, updated_at = :now where id = :id")
			.param("id", id)
			.param("date", promisedDate)
			.param("now", Timestamp.from(now))
			.update();
	}

	void clearDeficiency(long id, Instant now) {
		jdbc.sql("""
				update acc_case set deficiency_deadline = null, version = version + 1, updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** 一次性告知 issued: 待补正, counted. */
	void noticeIssued(long id, Instant now) {
		jdbc.sql("""
				update acc_case set status = 'PENDING_SUPPLEMENT', notice_count = notice_count + 1,
				    version = version + 1, updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	void notAccepted(long id, String reason, Long by, Instant at) {
		jdbc.sql("""
				update acc_case set status = 'NOT_ACCEPTED', decision_reason = :reason, decided_at = :at,
				    decided_by = :by, version = version + 1, updated_at = :at
				where id = :id""")
			.param("id", id)
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The site responsible changes (a village proxy case received by its town sub-center). */
	void moveToSite(long id, long siteId, Instant now) {
		jdbc.sql("update acc_case set site_id = :site, version = version + 1, updated_at = :now where id = :id")
			.param("id", id)
			.param("site", siteId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Terminates every accepted case whose 容缺 supplement deadline passed, in one statement (safe on several nodes:
	 * a case already terminated no longer matches), and answers the ids of the cases it terminated.
	 */
	List<Long> terminateOverdueDeficiencies(LocalDate today, String reason, Instant now) {
		return jdbc.sql("""
				update acc_case set status = 'TERMINATED', terminated_at = :now, decision_reason = :reason,
				    version = version + 1, updated_at = :now
				where deficiency_deadline is not null and deficiency_deadline < :today
				  and status in ('IN_APPROVAL', 'APPROVAL_SUPPLEMENT')
				returning id""")
			.param("today", today)
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	/** The 补正 rate per situation (or bundle) of the cases opened in a scope and period. */
	public record QualityRow(String subjectCode, String title, long cases, long casesWithNotice, long notices) {
	}

	/** @param from inclusive, or {@code null}; @param until exclusive, or {@code null} */
	List<QualityRow> quality(Long[] siteIds, Instant from, Instant until) {
		return jdbc.sql("""
				select coalesce(bundle_code, situation_codes[1]) as subject, min(title) as title, count(*) as cases,
				       count(*) filter (where notice_count > 0) as with_notice, sum(notice_count) as notices
				from acc_case
				where (site_id = any(:sites) or origin_site_id = any(:sites))
				  and (cast(:from as timestamptz) is null or opened_at >= :from)
				  and (cast(:until as timestamptz) is null or opened_at < :until)
				group by coalesce(bundle_code, situation_codes[1])
				order by count(*) filter (where notice_count > 0) desc, count(*) desc, subject""")
			.param("sites", siteIds)
			.param("from", from == null ? null : Timestamp.from(from))
			.param("until", until == null ? null : Timestamp.from(until))
			.query((rs, i) -> new QualityRow(rs.getString("subject"), rs.getString("title"), rs.getLong("cases"),
					rs.getLong("with_notice"), rs.getLong("notices")))
			.list();
	}

	// --- the checklist

	void insertMaterial(CaseMaterial m, Instant now) {
		jdbc.sql("insert into acc_case_material (" + MATERIAL_COLUMNS + ", updated_at) values ("
				+ ":caseId, :line, :name, :form, :copies, :required, :condition, :key, :pledgeAllowed, :licenseType, "
				+ ":source, :checkNotes, :formTemplate, :situations, :status, :note, :licenseId, :pledgeText, "
				+ ":pledgeSigner, :pledgedAt, :owed, :fileIds, :now)")
			.param("caseId", m.caseId())
			.param("line", m.line())
			.param("name", m.name())
			.param("form", m.form())
			.param("copies", m.copies())
			.param("required", m.required())
			.param("condition", m.condition())
			.param("key", m.key())
			.param("pledgeAllowed", m.pledgeAllowed())
			.param("licenseType", m.licenseType())
			.param("source", m.source())
			.param("checkNotes", m.checkNotes())
			.param("formTemplate", m.formTemplate())
			.param("situations", m.situationCodes().toArray(String[]::new))
			.param("status", m.status().name())
			.param("note", m.note())
			.param("licenseId", m.licenseId())
			.param("pledgeText", m.pledgeText())
			.param("pledgeSigner", m.pledgeSigner())
			.param("pledgedAt", m.pledgedAt() == null ? null : Timestamp.from(m.pledgedAt()))
			.param("owed", m.owed())
			.param("fileIds", m.fileIds().toArray(Long[]::new))
			.param("now", Timestamp.from(now))
			.update();
	}

	List<CaseMaterial> materials(long caseId) {
		return jdbc.sql("select " + MATERIAL_COLUMNS + " from acc_case_material where case_id = :id order by line")
			.param("id", caseId)
			.query(this::mapMaterial)
			.list();
	}

	void updateMaterial(CaseMaterial m, Long staffId, Instant now) {
		jdbc.sql("""
				update acc_case_material set status = :status, note = :note, license_id = :licenseId,
				    pledge_text = :pledgeText, pledge_signer = :pledgeSigner, pledged_at = :pledgedAt, owed = :owed,
				    updated_at = :now, updated_by = :staff
				where case_id = :caseId and line = :line""")
			.param("caseId", m.caseId())
			.param("line", m.line())
			.param("status", m.status().name())
			.param("note", m.note())
			.param("licenseId", m.licenseId())
			.param("pledgeText", m.pledgeText())
			.param("pledgeSigner", m.pledgeSigner())
			.param("pledgedAt", m.pledgedAt() == null ? null : Timestamp.from(m.pledgedAt()))
			.param("owed", m.owed())
			.param("staff", staffId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Marks the lines missing at a 容缺 acceptance as owed. */
	void markOwed(long caseId, List<Integer> lines) {
		jdbc.sql("update acc_case_material set owed = true where case_id = :id and line = any(:lines)")
			.param("id", caseId)
			.param("lines", lines.toArray(Integer[]::new))
			.update();
	}

	void addFile(long caseId, int line, long fileId, Long staffId, Instant now) {
		jdbc.sql("""
				update acc_case_material set file_ids = array_append(file_ids, :file), updated_at = :now,
				    updated_by = :staff
				where case_id = :caseId and line = :line""")
			.param("caseId", caseId)
			.param("line", line)
			.param("file", fileId)
			.param("staff", staffId)
			.param("now", Timestamp.from(now))
			.update();
	}

	// --- the timeline

	public record CaseEvent(long id, Instant at, String kind, String text, Long staffId, String staffName,
			boolean isPublic) {
	}

	void event(long caseId, String kind, String text, Long staffId, String staffName, boolean isPublic, Instant at) {
		jdbc.sql("""
				insert into acc_case_event (case_id, at, kind, text, staff_id, staff_name, public)
				values (:case, :at, :kind, :text, :staff, :staffName, :public)""")
			.param("case", caseId)
			.param("at", Timestamp.from(at))
			.param("kind", kind)
			.param("text", text)
			.param("staff", staffId)
			.param("staffName", staffName)
			.param("public", isPublic)
			.update();
	}

	List<CaseEvent> events(long caseId, boolean publicOnly) {
		return jdbc.sql("""
				select id, at, kind, text, staff_id, staff_name, public from acc_case_event
				where case_id = :case and (public or not :publicOnly) order by at, id""")
			.param("case", caseId)
			.param("publicOnly", publicOnly)
			.query((rs, i) -> new CaseEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("kind"),
					rs.getString("text"), (Long) rs.getObject("staff_id"), rs.getString("staff_name"),
					rs.getBoolean("public")))
			.list();
	}

	// --- mapping

	private ServiceCase map(ResultSet rs, int row) throws SQLException {
		var applicant = new ServiceCase.Applicant(ApplicantKind.valueOf(rs.getString("applicant_kind")),
				rs.getString("applicant_name"), rs.getString("applicant_id"), rs.getString("applicant_phone"),
				rs.getString("legal_rep_name"), rs.getString("legal_rep_id_number"));
		String agentName = rs.getString("agent_name");
		var agent = agentName == null ? null
				: new ServiceCase.Agent(agentName, rs.getString("agent_id_number"), rs.getBoolean("agent_authorization"));
		var delivery = new CaseSummary.Delivery(DeliveryMethod.valueOf(rs.getString("delivery_method")),
				rs.getString("mail_recipient"), rs.getString("mail_phone"), rs.getString("mail_address"));
		String outcome = rs.getString("outcome");
		return new ServiceCase(rs.getLong("id"), rs.getString("case_number"),
				CaseChannel.valueOf(rs.getString("channel")), rs.getLong("site_id"), rs.getLong("origin_site_id"),
				(Long) rs.getObject("counter_id"), (Long) rs.getObject("ticket_id"), (Long) rs.getObject("opened_by"),
				instant(rs, "opened_at"), CaseStatus.valueOf(rs.getString("status")), rs.getInt("catalog_version"),
				strings(rs.getArray("situation_codes")), rs.getString("bundle_code"), rs.getString("title"),
				rs.getBoolean("instant_mode"), rs.getInt("promised_days"), rs.getInt("legal_days"), applicant, agent,
				delivery, form(rs.getString("form_values")), instant(rs, "accepted_at"),
				(Long) rs.getObject("accepted_by"), rs.getObject("accepted_on", LocalDate.class),
				rs.getObject("promised_date", LocalDate.class), rs.getObject("legal_date", LocalDate.class),
				rs.getObject("deficiency_deadline", LocalDate.class), rs.getString("deficiency_pledge"),
				rs.getString("deficiency_signer"), rs.getInt("notice_count"), rs.getString("decision_reason"),
				instant(rs, "decided_at"), instant(rs, "concluded_at"),
				outcome == null ? null : CaseOutcome.valueOf(outcome), rs.getString("outcome_summary"),
				longs(rs.getArray("license_ids")), instant(rs, "delivered_at"), rs.getString("delivered_how"),
				instant(rs, "terminated_at"), rs.getString("progress_token"), rs.getInt("version"));
	}

	private CaseMaterial mapMaterial(ResultSet rs, int row) throws SQLException {
		return new CaseMaterial(rs.getLong("case_id"), rs.getInt("line"), rs.getString("name"), rs.getString("form"),
				rs.getInt("copies"), rs.getBoolean("required"), rs.getString("condition"),
				rs.getBoolean("key_material"), rs.getBoolean("pledge_allowed"), rs.getString("license_type"),
				rs.getString("source"), rs.getString("check_notes"), rs.getString("form_template"),
				strings(rs.getArray("situation_codes")), MaterialStatus.valueOf(rs.getString("status")),
				rs.getString("note"), (Long) rs.getObject("license_id"), rs.getString("pledge_text"),
				rs.getString("pledge_signer"), instant(rs, "pledged_at"), rs.getBoolean("owed"),
				longs(rs.getArray("file_ids")));
	}

	private Map<String, String> form(String text) {
		return text == null ? Map.of() : new LinkedHashMap<>(json.readValue(text, FORM));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
