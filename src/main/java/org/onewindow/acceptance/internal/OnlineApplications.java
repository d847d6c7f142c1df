package org.onewindow.acceptance.internal;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.CaseSummary;
import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.MaterialSource;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.citizen.Citizen;
import org.onewindow.citizen.CurrentCitizen;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.FileStore;
import org.onewindow.platform.SmsGateway;
import org.onewindow.platform.StoredFile;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.Masking;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 网上申请: a signed-in citizen applies from the phone. The application is a case of channel
 * {@link CaseChannel#ONLINE} that starts in {@link CaseStatus#PRE_REVIEW} at the chosen site, where a clerk takes
 * the counter's outcomes (受理, 一次性告知, 不予受理). The citizen uploads scans per checklist line while the case is
 * in pre-review or waiting for the supplement of a one-time notice, and resubmits after that notice. A citizen sees
 * only the applications made with the phone they signed in with; anyone else's is answered 404.
 */
@Service
@Transactional
public class OnlineApplications {

	static final int MAX_OPEN_APPLICATIONS = 10;
	static final int MAX_FILES_PER_LINE = 10;
	private static final int MAX_FORM_VALUE = 1000;
	private static final int MAX_LISTED = 100;
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
	private static final Set<CaseStatus> UPLOADS_OPEN = Set.of(CaseStatus.PRE_REVIEW, CaseStatus.PENDING_SUPPLEMENT);

	private final CaseRepository cases;
	private final NoticeRepository notices;
	private final OnlineApplicationRepository online;
	private final CurrentCitizen currentCitizen;
	private final CatalogManagement catalog;
	private final SiteManagement sites;
	private final FileStore files;
	private final SmsGateway sms;
	private final Clock clock;

	OnlineApplications(CaseRepository cases, NoticeRepository notices, OnlineApplicationRepository online,
			CurrentCitizen currentCitizen, CatalogManagement catalog, SiteManagement sites, FileStore files,
			SmsGateway sms, Clock clock) {
		this.cases = cases;
		this.notices = notices;
		this.online = online;
		this.currentCitizen = currentCitizen;
		this.catalog = catalog;
		this.sites = sites;
		this.files = files;
		this.sms = sms;
		this.clock = clock;
	}

	// --- commands

	/** A person by ID number, or an organisation by credit code and legal representative. */
	public record ApplicantInput(ApplicantKind kind, String name, IdNumber idNumber, CreditCode creditCode,
			String legalRepresentative) {
	}

	public record DeliveryInput(DeliveryMethod method, String recipient, PhoneNumber phone, String address) {
	}

	public record SubmitCommand(long siteId, String situationCode, ApplicantInput applicant,
			Map<String, String> form, DeliveryInput delivery) {
	}

	/**
	 * Files an application: a case in pre-review at the site, the checklist from the published handbook, the phone
	 * the citizen signed in with as the applicant's phone.
	 *
	 * @throws DomainException 401 when nobody is signed in; 400 for an incomplete applicant, unknown form fields or an
	 * incomplete mailing address; 404 for an unknown site; 409 for an inactive site, too many open applications or
	 * the same application (same situations, same applicant) of this phone still pending (naming its case number);
	 * 422 when the situation is unknown, not offered online or not acceptable at the site
	 */
	public ApplicationView submit(SubmitCommand command) {
		return submit(currentCitizen.require().phone(), command);
	}

	/**
	 * {@link #submit(SubmitCommand)} for the citizen who signed in with that phone (the demo county's online
	 * application, filed without a browser).
	 */
	public ApplicationView submit(String citizenPhone, SubmitCommand command) {
		SiteSummary site = sites.getSite(command.siteId());
		if (!site.active()) {
			throw DomainException.conflict("acceptance.site-inactive", site.name());
		}
		var published = catalog.published()
			.orElseThrow(() -> DomainException.conflict("acceptance.catalog-not-published"));
		String situationCode = Objects.requireNonNullElse(command.situationCode(), "").strip();
		var subject = CaseSubject.of(published, situationCode, null);
		var situation = subject.situations().get(0);
		boolean offeredOnline = published.item(situation.itemCode()).map(ServiceItem::online).orElse(false);
		if (!offeredOnline) {
			throw DomainException.unprocessable("acceptance.online-not-offered", subject.title());
		}
		if (!subject.acceptableAt(site.level())) {
			String levels = String.join("、", subject.acceptLevels().stream().map(l -> l.label()).toList());
			throw DomainException.unprocessable("acceptance.situation-not-at-site", subject.title(), site.name(),
					site.level().label(), levels.isEmpty() ? "无" : levels);
		}
		var applicant = applicant(command.applicant(), citizenPhone);
		var form = form(subject, command.form());
		var delivery = delivery(command.delivery());
		online.lockPhone(citizenPhone);
		var same = online.pendingSame(citizenPhone, subject.situationCodes(), applicant.id());
		if (same.isPresent()) {
			throw DomainException.conflict("acceptance.online-duplicate", same.get());
		}
		if (online.countOpen(citizenPhone) >= MAX_OPEN_APPLICATIONS) {
			throw DomainException.conflict("acceptance.online-too-many-open", MAX_OPEN_APPLICATIONS);
		}

		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		int seq = cases.nextNumber(site.id(), today);
		// the same number as a counter case (CaseService.open): <site id>-<yyyymmdd>-<nnnn>
		String number = site.id() + "-" + today.format(DAY) + "-" + String.format("%04d", seq);
		var application = new ServiceCase(0, number, CaseChannel.ONLINE, site.id(), site.id(), null, null, null, now,
				CaseStatus.PRE_REVIEW, published.version(), subject.situationCodes(), null, subject.title(),
				subject.instant(), subject.promisedDays(), subject.legalDays(), applicant, null, delivery, form, null,
				null, null, null, null, null, null, null, 0, null, null, null, null, null, List.of(), null, null, null,
				newToken(), 0);
		long id = cases.insert(application, now);
		for (CaseMaterial line : subject.checklist(id, false)) {
			cases.insertMaterial(line, now);
		}
		cases.event(id, "SUBMITTED", "网上申请已提交（" + site.name() + "），等待网上预审", null, "申请人", true, now);
		sms.send(citizenPhone, "【一窗通】您的网上申请" + number + "（" + subject.title() + "）已提交，" + site.name()
				+ "将进行网上预审，结果以短信告知。", "online-submitted");
		return view(cases.find(id).orElseThrow());
	}

	/** The signed-in citizen's applications, newest first. */
	@Transactional(readOnly = true)
	public List<ApplicationSummary> mine() {
		Citizen citizen = currentCitizen.require();
		return online.ofPhone(citizen.phone(), MAX_LISTED)
			.stream()
			.map(row -> new ApplicationSummary(row.id(), row.caseNumber(), row.title(), siteName(row.siteId()),
					row.status().name(), row.status().label(), local(row.openedAt()),
					row.status() == CaseStatus.PENDING_SUPPLEMENT))
			.toList();
	}

	/** One of the citizen's applications. */
	@Transactional(readOnly = true)
	public ApplicationView get(long caseId) {
		return view(find(caseId, currentCitizen.require()));
	}

	/**
	 * Adds a scan to a checklist line.
	 *
	 * @throws DomainException 404 for someone else's application or an unknown line; 409 when the application is no
	 * longer in pre-review or waiting for a supplement, or the line has its maximum of files; 400 for content that is
	 * not a PDF, JPEG or PNG, empty or too large
	 */
	public MaterialLineView upload(long caseId, int line, String originalName, InputStream content) {
		Citizen citizen = currentCitizen.require();
		var c = lockedMine(caseId, citizen);
		c.require("上传材料", CaseStatus.PRE_REVIEW, CaseStatus.PENDING_SUPPLEMENT);
		var material = line(c, line);
		if (material.fileIds().size() >= MAX_FILES_PER_LINE) {
			throw DomainException.conflict("acceptance.online-too-many-files", material.name(), MAX_FILES_PER_LINE);
		}
		StoredFile stored = files.store(originalName, content);
		Instant now = clock.instant();
		cases.addFile(caseId, line, stored.id(), null, now);
		cases.touch(caseId, now);
		cases.event(caseId, "ONLINE_FILE", "申请人上传“" + material.name() + "”扫描件：" + stored.originalName(), null,
				"申请人", false, now);
		return lineView(line(c, line));
	}

	/** Removes a scan the citizen uploaded by mistake, while uploads are open. */
	public MaterialLineView removeFile(long caseId, int line, long fileId) {
		Citizen citizen = currentCitizen.require();
		var c = lockedMine(caseId, citizen);
		c.require("删除材料", CaseStatus.PRE_REVIEW, CaseStatus.PENDING_SUPPLEMENT);
		var material = line(c, line);
		if (!material.fileIds().contains(fileId)) {
			throw DomainException.notFound("acceptance.online-file-not-found", fileId);
		}
		Instant now = clock.instant();
		online.removeFile(caseId, line, fileId, now);
		cases.touch(caseId, now);
		cases.event(caseId, "ONLINE_FILE", "申请人删除“" + material.name() + "”的一份扫描件", null, "申请人", false, now);
		return lineView(line(c, line));
	}

	/** A scan of one of the citizen's applications, to look at. */
	@Transactional(readOnly = true)
	public OpenedFile openFile(long caseId, int line, long fileId) {
		var c = find(caseId, currentCitizen.require());
		var material = line(c, line);
		if (!material.fileIds().contains(fileId)) {
			throw DomainException.notFound("acceptance.online-file-not-found", fileId);
		}
		var stored = files.find(fileId).orElseThrow(() -> DomainException.notFound("acceptance.online-file-not-found",
				fileId));
		return new OpenedFile(stored, files.open(stored));
	}

	public record OpenedFile(StoredFile file, InputStream content) {
	}

	/**
	 * After a one-time notice: the citizen has uploaded what was missing and hands the application back to
	 * pre-review; the notice counts as answered.
	 *
	 * @throws DomainException 409 when the application is not waiting for a supplement or changed since {@code version}
	 */
	public ApplicationView resubmit(long caseId, int version) {
		Citizen citizen = currentCitizen.require();
		var c = lockedMine(caseId, citizen);
		c.requireVersion(version);
		c.require("重新提交", CaseStatus.PENDING_SUPPLEMENT);
		Instant now = clock.instant();
		notices.resolve(caseId, NoticeRepository.Kind.ONE_TIME, now);
		cases.setStatus(caseId, CaseStatus.PRE_REVIEW, now);
		cases.event(caseId, "RESUBMITTED", "申请人已按一次性告知补正材料，重新提交网上预审", null, "申请人", true, now);
		return view(find(caseId, citizen));
	}

	// --- views

	public record ApplicantView(String kind, String kindLabel, String name, String id, String legalRepresentative) {
	}

	/** @param phone masked */
	public record DeliveryView(String method, String label, String recipient, String phone, String address) {
	}

	public record FieldView(String form, String name, String label, String sample, String hint, String value) {
	}

	public record ScanView(long id, String name, String mediaType, long size, OffsetDateTime uploadedAt) {
	}

	/**
	 * @param source {@code APPLICANT} or {@code GOVERNMENT} (an e-licence the clerk may reuse)
	 */
	public record MaterialLineView(int line, String name, String formLabel, int copies, boolean required,
			String condition, String source, String licenseType, String formTemplate, String checkNotes,
			List<ScanView> files) {
	}

	public record NoticeItemView(String material, String problem, String needed) {
	}

	public record NoticeView(int seq, OffsetDateTime issuedAt, String reason, List<NoticeItemView> items,
			boolean resolved) {
	}

	public record TimelineEntry(OffsetDateTime at, String text) {
	}

	/**
	 * @param notice the latest one-time notice, {@code null} when none was issued
	 * @param uploadsOpen whether the citizen may add or remove scans now
	 */
	public record ApplicationView(long id, String caseNumber, int version, String status, String statusLabel,
			long siteId, String siteName, String situationCode, String title, ApplicantView applicant,
			DeliveryView delivery, List<FieldView> formFields, List<MaterialLineView> materials, NoticeView notice,
			boolean uploadsOpen, OffsetDateTime submittedAt, LocalDate promisedDate, String progressToken,
			List<TimelineEntry> timeline) {
	}

	/** @param actionNeeded a one-time notice waits for the citizen */
	public record ApplicationSummary(long id, String caseNumber, String title, String siteName, String status,
			String statusLabel, OffsetDateTime submittedAt, boolean actionNeeded) {
	}

	ApplicationView view(ServiceCase c) {
		var snapshot = catalog.version(c.catalogVersion());
		var subject = CaseSubject.of(snapshot, c.situationCodes().get(0), null);
		var fields = CaseForms.of(subject, c.formValues())
			.stream()
			.flatMap(form -> form.fields()
				.stream()
				.map(f -> new FieldView(form.name(), f.name(), f.label(), f.sample(), f.hint(),
						f.value() == null ? "" : f.value())))
			.toList();
		var notice = notices.ofCase(c.id())
			.stream()
			.filter(n -> n.kind() == NoticeRepository.Kind.ONE_TIME)
			.reduce((first, second) -> second)
			.map(n -> new NoticeView(n.seq(), local(n.issuedAt()), n.reason(),
					n.items()
						.stream()
						.map(item -> new NoticeItemView(item.material(), item.why(), item.needed()))
						.toList(),
					n.resolvedAt() != null))
			.orElse(null);
		var a = c.applicant();
		var applicant = new ApplicantView(a.kind().name(), a.kind().label(), a.name(), CaseViews.maskedApplicantId(c),
				a.legalRepName());
		var d = c.delivery();
		var delivery = new DeliveryView(d.method().name(), d.method().label(), d.recipient(),
				d.phone() == null ? null : Masking.middle(d.phone(), 3, 4), d.address());
		var timeline = cases.events(c.id(), true).stream().map(e -> new TimelineEntry(local(e.at()), e.text())).toList();
		return new ApplicationView(c.id(), c.caseNumber(), c.version(), c.status().name(), c.status().label(),
				c.siteId(), siteName(c.siteId()), c.situationCodes().get(0), c.title(), applicant, delivery, fields,
				cases.materials(c.id()).stream().map(this::lineView).toList(), notice,
				UPLOADS_OPEN.contains(c.status()), local(c.openedAt()), c.promisedDate(), c.progressToken(), timeline);
	}

	MaterialLineView lineView(CaseMaterial m) {
		var scans = m.fileIds()
			.stream()
			.map(files::find)
			.flatMap(java.util.Optional::stream)
			.map(f -> new ScanView(f.id(), f.originalName(), f.mediaType(), f.size(), local(f.storedAt())))
			.toList();
		String source = MaterialSource.GOVERNMENT.label().equals(m.source()) ? MaterialSource.GOVERNMENT.name()
				: MaterialSource.APPLICANT.name();
		return new MaterialLineView(m.line(), m.name(), m.form(), m.copies(), m.required(), m.condition(), source,
				m.licenseType(), m.formTemplate(), m.checkNotes(), scans);
	}

	// --- helpers

	/** The citizen's own online case; anyone else's is "not found", exactly like an unknown id. */
	private ServiceCase find(long caseId, Citizen citizen) {
		return cases.find(caseId).filter(c -> isMine(c, citizen)).orElseThrow(() -> CaseAccess.notFound(caseId));
	}

	private ServiceCase lockedMine(long caseId, Citizen citizen) {
		return cases.findForUpdate(caseId)
			.filter(c -> isMine(c, citizen))
			.orElseThrow(() -> CaseAccess.notFound(caseId));
	}

	private static boolean isMine(ServiceCase c, Citizen citizen) {
		return c.channel() == CaseChannel.ONLINE && citizen.phone().equals(c.applicant().phone());
	}

	private CaseMaterial line(ServiceCase c, int line) {
		return cases.materials(c.id())
			.stream()
			.filter(m -> m.line() == line)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("acceptance.material-line-unknown", line, c.caseNumber()));
	}

	private static ServiceCase.Applicant applicant(ApplicantInput input, String phone) {
		if (input == null || input.kind() == null || input.name() == null || input.name().isBlank()) {
			throw DomainException.badRequest("acceptance.applicant-required");
		}
		String name = input.name().strip();
		if (input.kind() == ApplicantKind.PERSON) {
			if (input.idNumber() == null) {
				throw DomainException.badRequest("acceptance.applicant-id-number-required");
			}
			return new ServiceCase.Applicant(ApplicantKind.PERSON, name, input.idNumber().value(), phone, null, null);
		}
		if (input.creditCode() == null) {
			throw DomainException.badRequest("acceptance.applicant-credit-code-required");
		}
		if (input.legalRepresentative() == null || input.legalRepresentative().isBlank()) {
			throw DomainException.badRequest("acceptance.legal-representative-required");
		}
		return new ServiceCase.Applicant(ApplicantKind.ORGANIZATION, name, input.creditCode().value(), phone,
				input.legalRepresentative().strip(), null);
	}

	/** Only the fields of the situation's forms, each at most {@value #MAX_FORM_VALUE} characters. */
	private static Map<String, String> form(CaseSubject subject, Map<String, String> values) {
		var known = CaseForms.fieldNames(subject);
		var kept = new LinkedHashMap<String, String>();
		if (values == null) {
			return kept;
		}
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
		return kept;
	}

	private static CaseSummary.Delivery delivery(DeliveryInput input) {
		if (input == null || input.method() == null || input.method() == DeliveryMethod.PICKUP) {
			return new CaseSummary.Delivery(DeliveryMethod.PICKUP, null, null, null);
		}
		if (input.recipient() == null || input.recipient().isBlank() || input.phone() == null
				|| input.address() == null || input.address().isBlank()) {
			throw DomainException.badRequest("acceptance.mail-address-incomplete");
		}
		return new CaseSummary.Delivery(DeliveryMethod.MAIL, input.recipient().strip(), input.phone().value(),
				input.address().strip());
	}

	private String siteName(long siteId) {
		return sites.findSite(siteId).map(SiteSummary::name).orElse(null);
	}

	private OffsetDateTime local(Instant instant) {
		return instant.atZone(clock.getZone()).toOffsetDateTime();
	}

	private static String newToken() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
