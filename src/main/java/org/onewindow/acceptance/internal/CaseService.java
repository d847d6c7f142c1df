package org.onewindow.acceptance.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseAccepted;
import org.onewindow.acceptance.CaseConcluded;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.CaseSummary;
import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.SmsGateway;
import org.onewindow.platform.ValidationFailedException;
import org.onewindow.platform.Violation;
import org.onewindow.queue.QueueManagement;
import org.onewindow.queue.TicketState;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.onewindow.staff.StaffSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front desk's work on a case: opening it (from the called ticket or not), the checklist, the form, the delivery
 * choice, and the decisions 即办 and 受理 (with 容缺).
 */
@Service
@Transactional
public class CaseService {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
	private static final int MAX_FORM_FIELDS = 200;
	private static final int MAX_FORM_VALUE = 1000;

	private final CaseRepository cases;
	private final CaseAccess access;
	private final CatalogManagement catalog;
	private final SiteManagement sites;
	private final QueueManagement queue;
	private final AcceptanceDates dates;
	private final LicenseCheck licenses;
	private final InstantResults results;
	private final Blacklist blacklist;
	private final SmsGateway sms;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseService(CaseRepository cases, CaseAccess access, CatalogManagement catalog, SiteManagement sites,
			QueueManagement queue, AcceptanceDates dates, LicenseCheck licenses, InstantResults results,
			Blacklist blacklist, SmsGateway sms, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.access = access;
		this.catalog = catalog;
		this.sites = sites;
		this.queue = queue;
		this.dates = dates;
		this.licenses = licenses;
		this.results = results;
		this.blacklist = blacklist;
		this.sms = sms;
		this.events = events;
		this.clock = clock;
	}

	// --- opening

	/** Who applies, as the clerk recorded it after checking the documents. */
	public record ApplicantInput(ApplicantKind kind, String name, IdNumber idNumber, CreditCode creditCode,
			PhoneNumber phone, String legalRepName, IdNumber legalRepIdNumber) {
	}

	public record AgentInput(String name, IdNumber idNumber, boolean authorizationProvided) {
	}

	/**
	 * @param ticketId the ticket called at one of the clerk's counters, or {@code null}
	 * @param counterId the clerk's counter when there is no ticket, or {@code null}
	 */
	public record OpenCommand(Long ticketId, Long counterId, String situationCode, String bundleCode,
			ApplicantInput applicant, AgentInput agent) {
	}

	public ServiceCase open(OpenCommand command) {
		StaffSummary me = access.me();
		SiteSummary site = sites.getSite(me.siteId());
		if (!site.active()) {
			throw DomainException.conflict("acceptance.site-inactive", site.name());
		}
		Long counterId = command.counterId();
		String situationCode = blankToNull(command.situationCode());
		String bundleCode = blankToNull(command.bundleCode());
		String ticketPhone = null;
		String ticketIdNumber = null;
		if (command.ticketId() != null) {
			var ticket = queue.findTicket(command.ticketId())
				.orElseThrow(() -> DomainException.notFound("acceptance.ticket-unknown", command.ticketId()));
			if (ticket.state() != TicketState.CALLED || ticket.counterId() == null
					|| !me.counterIds().contains(ticket.counterId())) {
				throw DomainException.conflict("acceptance.ticket-not-at-your-counter", ticket.number(),
						ticket.state().label());
			}
			counterId = ticket.counterId();
			if (situationCode == null && bundleCode == null && !ticket.situationCodes().isEmpty()) {
				situationCode = ticket.situationCodes().get(0);
			}
			ticketPhone = ticket.phone();
			ticketIdNumber = ticket.idNumber();
		}
		else if (counterId != null && !me.counterIds().contains(counterId)) {
			throw DomainException.forbidden("acceptance.counter-not-yours", counterId);
		}
		if (situationCode == null && bundleCode == null) {
			throw DomainException.badRequest("acceptance.subject-required");
		}
		if (situationCode != null && bundleCode != null) {
			throw DomainException.badRequest("acceptance.subject-ambiguous");
		}
		var published = catalog.published()
			.orElseThrow(() -> DomainException.conflict("acceptance.catalog-not-published"));
		var subject = CaseSubject.of(published, situationCode, bundleCode);
		CaseChannel channel = channelAt(site, subject);

		var applicant = applicant(command.applicant(), ticketPhone, ticketIdNumber);
		var agent = agent(command.agent());

		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		// a provisional number, unique and never committed: the day's number is assigned last (CaseRepository)
		String provisional = "P-" + UUID.randomUUID();
		var draft = new ServiceCase(0, provisional, channel, site.id(), site.id(), counterId, command.ticketId(), me.id(),
				now, CaseStatus.DRAFT, published.version(), subject.situationCodes(),
				subject.bundle() == null ? null : subject.bundle().code(), subject.title(), subject.instant(),
				subject.promisedDays(), subject.legalDays(), applicant, agent,
				new CaseSummary.Delivery(DeliveryMethod.PICKUP, null, null, null), Map.of(), null, null, null, null,
				null, null, null, null, 0, null, null, null, null, null, List.of(), null, null, null, newToken(), 0);
		long id = cases.insert(draft, now);
		for (CaseMaterial line : subject.checklist(id, agent != null)) {
			cases.insertMaterial(line, now);
		}
		String where = channel == CaseChannel.VILLAGE_PROXY ? site.name() + "（村代办）" : site.name();
		cases.event(id, "OPENED", where + "接件：" + subject.title(), me.id(), me.displayName(), true, now);
		var opened = cases.find(id).orElseThrow();
		return opened.withCaseNumber(cases.assignNumber(id, site.id(), today, site.id() + "-" + today.format(DAY) + "-"));
	}

	/**
	 * 县镇同权: a site accepts the situations whose accept levels contain its level; a village station collects those
	 * that allow village collection for its town sub-center (村代办).
	 */
	private CaseChannel channelAt(SiteSummary site, CaseSubject subject) {
		if (subject.acceptableAt(site.level())) {
			return CaseChannel.COUNTER;
		}
		if (site.level() == SiteLevel.VILLAGE && site.parentId() != null
				&& subject.villageCollectable(sites.getSite(site.parentId()).level())) {
			return CaseChannel.VILLAGE_PROXY;
		}
		String levels = subject.acceptLevels().stream().map(SiteLevel::label).collect(Collectors.joining("、"));
		throw DomainException.unprocessable("acceptance.situation-not-at-site", subject.title(), site.name(),
				site.level().label(), levels.isEmpty() ? "无" : levels);
	}

	private static ServiceCase.Applicant applicant(ApplicantInput input, String ticketPhone, String ticketIdNumber) {
		if (input == null || input.kind() == null) {
			throw DomainException.badRequest("acceptance.applicant-required");
		}
		String phone = input.phone() != null ? input.phone().value() : ticketPhone;
		String name = input.name().strip();
		if (input.kind() == ApplicantKind.PERSON) {
			String id = input.idNumber() != null ? input.idNumber().value() : ticketIdNumber;
			if (id == null) {
				throw DomainException.badRequest("acceptance.applicant-id-number-required");
			}
			return new ServiceCase.Applicant(ApplicantKind.PERSON, name, id, phone, null, null);
		}
		if (input.creditCode() == null) {
			throw DomainException.badRequest("acceptance.applicant-credit-code-required");
		}
		if (input.legalRepName() == null || input.legalRepName().isBlank()) {
			throw DomainException.badRequest("acceptance.legal-representative-required");
		}
		return new ServiceCase.Applicant(ApplicantKind.ORGANIZATION, name, input.creditCode().value(), phone,
				input.legalRepName().strip(), input.legalRepIdNumber() == null ? null : input.legalRepIdNumber().value());
	}

	private static ServiceCase.Agent agent(AgentInput input) {
		if (input == null || input.name() == null || input.name().isBlank()) {
			return null;
		}
		if (input.idNumber() == null) {
			throw DomainException.badRequest("acceptance.agent-id-number-required");
		}
		return new ServiceCase.Agent(input.name().strip(), input.idNumber().value(), input.authorizationProvided());
	}

	// --- the checklist, the form, the delivery choice

	/**
	 * @param licenseId for {@link MaterialStatus#E_LICENSE}: the applicant's licence reused
	 * @param pledgeText for {@link MaterialStatus#PLEDGE}: the pledge the applicant signed
	 */
	public record MaterialCommand(int version, MaterialStatus status, String note, Long licenseId, String pledgeText,
			String pledgeSigner) {
	}

	/**
	 * Records how a line was dealt with. While the case is a draft any line may change; after a 容缺 acceptance only
	 * an owed line may, and only to handed in: when the last owed line arrives, the deficiency is cleared.
	 */
	public ServiceCase updateMaterial(long caseId, int line, MaterialCommand command) {
		var c = access.workable(caseId, command.version());
		c.require("登记材料", CaseStatus.DRAFT, CaseStatus.PRE_REVIEW, CaseStatus.IN_APPROVAL,
				CaseStatus.APPROVAL_SUPPLEMENT);
		access.requireNotInTransit(c);
		var lines = cases.materials(caseId);
		var current = lines.stream()
			.filter(m -> m.line() == line)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("acceptance.material-line-unknown", line, c.caseNumber()));
		boolean supplying = c.status() != CaseStatus.DRAFT && c.status() != CaseStatus.PRE_REVIEW;
		if (supplying && !current.owed()) {
			throw DomainException.conflict("acceptance.material-not-owed", current.name(), c.status().label());
		}
		if (supplying && !command.status().satisfies()) {
			throw DomainException.unprocessable("acceptance.owed-material-must-be-provided", current.name());
		}
		var status = command.status();
		Instant now = clock.instant();
		Actor actor = access.actor();
		Long licenseId = null;
		String pledgeText = null;
		String pledgeSigner = null;
		Instant pledgedAt = null;
		switch (status) {
			case NOT_APPLICABLE -> {
				if (current.required()) {
					throw DomainException.unprocessable("acceptance.material-required", current.name());
				}
			}
			case PLEDGE -> {
				if (!current.pledgeAllowed()) {
					throw DomainException.unprocessable("acceptance.pledge-not-allowed", current.name());
				}
				if (command.pledgeText() == null || command.pledgeText().isBlank()) {
					throw DomainException.badRequest("acceptance.pledge-text-required", current.name());
				}
				pledgeText = command.pledgeText().strip();
				pledgeSigner = command.pledgeSigner() == null || command.pledgeSigner().isBlank()
						? c.applicant().name() : command.pledgeSigner().strip();
				pledgedAt = now;
			}
			case E_LICENSE -> {
				if (current.licenseType() == null) {
					throw DomainException.unprocessable("acceptance.e-license-not-for-material", current.name());
				}
				if (command.licenseId() == null) {
					throw DomainException.badRequest("acceptance.e-license-id-required", current.name());
				}
				licenses.requireValid(command.licenseId(), c.applicant().id(), current.licenseType(),
						LocalDate.now(clock));
				licenseId = command.licenseId();
			}
			default -> {
			}
		}
		String note = blankToNull(command.note());
		var changed = current.with(status, note, licenseId, pledgeText, pledgeSigner, pledgedAt,
				supplying ? false : current.owed());
		cases.updateMaterial(changed, actor.staffId(), now);
		cases.touch(caseId, now);
		cases.event(caseId, "MATERIAL", "第" + line + "项“" + current.name() + "”：" + status.label()
				+ (note == null ? "" : "（" + note + "）"), actor.staffId(), actor.name(), false, now);
		if (supplying && lines.stream().noneMatch(m -> m.owed() && m.line() != line)) {
			cases.clearDeficiency(caseId, now);
			cases.event(caseId, "DEFICIENCY_CLEARED", "容缺材料已补齐", actor.staffId(), actor.name(), true, now);
		}
		return cases.find(caseId).orElseThrow();
	}

	/** Replaces the form's values; only the fields of the situation's forms (or the bundle's merged form). */
	public ServiceCase updateForm(long caseId, int version, Map<String, String> values) {
		var c = access.workable(caseId, version);
		c.require("填写表单", CaseStatus.DRAFT, CaseStatus.PRE_REVIEW);
		access.requireNotInTransit(c);
		if (values.size() > MAX_FORM_FIELDS) {
			throw DomainException.badRequest("acceptance.form-too-many-fields", MAX_FORM_FIELDS);
		}
		Set<String> known = CaseForms.fieldNames(subject(c));
		var kept = new LinkedHashMap<String, String>();
		for (var entry : values.entrySet()) {
			if (!known.contains(entry.getKey())) {
				throw DomainException.badRequest("acceptance.form-field-unknown", entry.getKey());
			}
			String value = entry.getValue() == null ? "" : entry.getValue().strip();
			if (value.length() > MAX_FORM_VALUE) {
				throw DomainException.badRequest("acceptance.form-value-too-long", entry.getKey(), MAX_FORM_VALUE);
			}
			if (!value.isEmpty()) {
				kept.put(entry.getKey(), value);
			}
		}
		Instant now = clock.instant();
		Actor actor = access.actor();
		cases.setForm(caseId, kept, now);
		cases.event(caseId, "FORM", "填写表单（" + kept.size() + " 项）", actor.staffId(), actor.name(), false, now);
		return cases.find(caseId).orElseThrow();
	}

	/** Pickup, or free mailing with recipient, phone and address. */
	public ServiceCase updateDelivery(long caseId, int version, DeliveryMethod method, String recipient,
			PhoneNumber phone, String address) {
		var c = access.workable(caseId, version);
		c.require("选择送达方式", CaseStatus.DRAFT, CaseStatus.PRE_REVIEW, CaseStatus.PENDING_SUPPLEMENT,
				CaseStatus.IN_APPROVAL, CaseStatus.APPROVAL_SUPPLEMENT);
		access.requireNotInTransit(c);
		CaseSummary.Delivery delivery;
		if (method == DeliveryMethod.MAIL) {
			if (recipient == null || recipient.isBlank() || phone == null || address == null || address.isBlank()) {
				throw DomainException.badRequest("acceptance.mail-address-incomplete");
			}
			delivery = new CaseSummary.Delivery(DeliveryMethod.MAIL, recipient.strip(), phone.value(), address.strip());
		}
		else {
			delivery = new CaseSummary.Delivery(DeliveryMethod.PICKUP, null, null, null);
		}
		Instant now = clock.instant();
		Actor actor = access.actor();
		cases.setDelivery(caseId, delivery, now);
		cases.event(caseId, "DELIVERY", "送达方式：" + delivery.method().label(), actor.staffId(), actor.name(), false,
				now);
		return cases.find(caseId).orElseThrow();
	}

	// --- decisions

	/**
	 * 即办: a 即办件 with every needed material there is accepted and concluded on the spot, its results issued as
	 * e-licences ({@link InstantResults}); {@link CaseConcluded} with {@code instant = true}, outcome
	 * {@link CaseOutcome#APPROVED} and the licence ids.
	 */
	public ServiceCase instant(long caseId, int version) {
		var c = access.workable(caseId, version);
		c.require("即办", CaseStatus.DRAFT, CaseStatus.PRE_REVIEW);
		CaseAccess.requireDecidingSite(c);
		var decision = AcceptancePolicy.instant(c.instantMode(), cases.materials(caseId));
		if (!decision.allowed()) {
			throw refusal(decision.has(AcceptancePolicy.Reason.NOT_INSTANT) ? "acceptance.not-instant"
					: "acceptance.materials-incomplete", decision, c);
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		Actor actor = access.actor();
		var licenseIds = results.issue(c, subject(c), today);
		cases.accepted(caseId, CaseStatus.IN_APPROVAL, now, actor.staffId(), today, today, today, null, null, null);
		cases.concluded(caseId, CaseOutcome.APPROVED, "即办件当场办结", licenseIds, now);
		cases.event(caseId, "ACCEPTED", "已受理（即办件）", actor.staffId(), actor.name(), true, now);
		cases.event(caseId, "CONCLUDED", "当场办结：" + CaseOutcome.APPROVED.label(), actor.staffId(), actor.name(), true,
				now);
		events.publishEvent(new CaseConcluded(caseId, c.caseNumber(), c.siteId(), CaseOutcome.APPROVED, true,
				licenseIds, now));
		return cases.find(caseId).orElseThrow();
	}

	/**
	 * 受理: every needed material there (or, with {@code deficiency}, only non-key ones missing under the 容缺 rules),
	 * the promised and legal dates counted in working days from today; {@link CaseAccepted} is published.
	 */
	public ServiceCase accept(long caseId, int version, AcceptancePolicy.DeficiencyTerms deficiency,
			String pledgeSigner) {
		var c = access.workable(caseId, version);
		c.require("受理", CaseStatus.DRAFT, CaseStatus.PRE_REVIEW);
		CaseAccess.requireDecidingSite(c);
		var lines = cases.materials(caseId);
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		var limits = dates.acceptedOn(today, c.promisedDays());
		LocalDate promised = limits.promised();
		LocalDate legal = dates.legalDate(today, c.legalDays());
		List<CaseMaterial> owed = List.of();
		if (deficiency == null) {
			var decision = AcceptancePolicy.accept(lines);
			if (!decision.allowed()) {
				throw refusal("acceptance.materials-incomplete", decision, c);
			}
		}
		else {
			boolean blacklisted = blacklist.isListed(c.applicant().id(), today);
			var decision = AcceptancePolicy.deficiency(lines, deficiency, today, promised, limits.deficiencyCap(),
					blacklisted);
			if (!decision.allowed()) {
				throw refusal(decision.has(AcceptancePolicy.Reason.APPLICANT_BLACKLISTED)
						? "acceptance.deficiency-blacklisted" : "acceptance.deficiency-refused", decision, c);
			}
			owed = lines.stream().filter(CaseMaterial::missing).toList();
		}
		Actor actor = access.actor();
		String signer = pledgeSigner == null || pledgeSigner.isBlank() ? c.applicant().name() : pledgeSigner.strip();
		cases.accepted(caseId, CaseStatus.IN_APPROVAL, now, actor.staffId(), today, promised, legal,
				deficiency == null ? null : deficiency.deadline(),
				deficiency == null ? null : deficiency.pledgeText().strip(), deficiency == null ? null : signer);
		String text = "已受理，承诺办结日期 " + promised;
		if (!owed.isEmpty()) {
			cases.markOwed(caseId, owed.stream().map(CaseMaterial::line).toList());
			text = "已容缺受理，承诺办结日期 " + promised + "；须于 " + deficiency.deadline() + " 前补齐："
					+ owed.stream().map(CaseMaterial::name).collect(Collectors.joining("、"));
		}
		cases.event(caseId, "ACCEPTED", text, actor.staffId(), actor.name(), true, now);
		events.publishEvent(new CaseAccepted(caseId, c.caseNumber(), c.siteId(), c.catalogVersion(),
				c.situationCodes(), c.bundleCode(), now, today, c.promisedDays(), promised, c.legalDays(), legal));
		if (c.applicant().phone() != null) {
			sms.send(c.applicant().phone(), "【一窗通】您的办件" + c.caseNumber() + "（" + c.title() + "）已受理，承诺于"
					+ promised + "前办结。" + (owed.isEmpty() ? "" : "请于" + deficiency.deadline() + "前补齐容缺材料，逾期办件将终止。")
					+ "可凭办件编号和手机尾号查询进度。", "case-accepted");
		}
		return cases.find(caseId).orElseThrow();
	}

	CaseSubject subject(ServiceCase c) {
		var snapshot = catalog.version(c.catalogVersion());
		return CaseSubject.of(snapshot, c.bundleCode() == null ? c.situationCodes().get(0) : null, c.bundleCode());
	}

	static ValidationFailedException refusal(String code, AcceptancePolicy.Decision decision, ServiceCase c) {
		var violations = decision.findings().stream().map(f -> new Violation(f.field(), f.message())).toList();
		String summary = decision.findings()
			.stream()
			.map(AcceptancePolicy.Finding::message)
			.collect(Collectors.joining("；"));
		return new ValidationFailedException(code, violations, c.caseNumber(), summary);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String newToken() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
