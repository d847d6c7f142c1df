package org.onewindow.acceptance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.CaseSummary;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.platform.PagedResult;
import org.onewindow.shared.Masking;
import org.onewindow.site.CounterSummary;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffManagement;
import org.onewindow.staff.StaffSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the counter screens and the printed documents show of a case. Enum codes come with their Chinese labels;
 * lists mask personal data.
 */
@Service
@Transactional(readOnly = true)
public class CaseViews {

	private final CaseRepository cases;
	private final NoticeRepository notices;
	private final HandoverRepository handovers;
	private final CaseAccess access;
	private final VillageProxy villageProxy;
	private final CatalogManagement catalog;
	private final SiteManagement sites;
	private final StaffManagement staff;
	private final AcceptanceDates dates;
	private final Clock clock;

	CaseViews(CaseRepository cases, NoticeRepository notices, HandoverRepository handovers, CaseAccess access,
			VillageProxy villageProxy, CatalogManagement catalog, SiteManagement sites, StaffManagement staff,
			AcceptanceDates dates, Clock clock) {
		this.cases = cases;
		this.notices = notices;
		this.handovers = handovers;
		this.access = access;
		this.villageProxy = villageProxy;
		this.catalog = catalog;
		this.sites = sites;
		this.staff = staff;
		this.dates = dates;
		this.clock = clock;
	}

	public record Label(String code, String label) {
	}

	public record SituationRef(String code, String name, String itemCode, String itemName, String department,
			Label mode, int promisedDays, int legalDays) {
	}

	public record ApplicantView(Label kind, String name, String id, String idMasked, String phone, String phoneMasked,
			String legalRepName, String legalRepIdNumber) {
	}

	public record AgentView(String name, String idNumber, String idNumberMasked, boolean authorizationProvided) {
	}

	public record DeliveryView(Label method, String recipient, String phone, String address) {
	}

	public record MaterialView(int line, String name, String form, int copies, boolean required, String condition,
			boolean key, boolean pledgeAllowed, String licenseType, String source, String checkNotes,
			String formTemplate, List<String> situationCodes, Label status, String note, Long licenseId,
			String pledgeText, String pledgeSigner, Instant pledgedAt, boolean owed, boolean missing,
			List<Long> fileIds, List<Label> allowedStatuses) {
	}

	public record DeficiencyView(LocalDate deadline, String pledge, String signer, List<String> owed) {
	}

	public record NoticeView(long id, Label kind, int seq, Instant issuedAt, String issuedBy, String department,
			String reason, List<NoticeRepository.Item> items, Instant resolvedAt) {
	}

	public record EventView(Instant at, String kind, String text, String staffName) {
	}

	/** A village proxy hand-over; the receiving site ({@code toSiteId}) confirms it. */
	public record HandoverView(long id, long fromSiteId, String fromSite, long toSiteId, String toSite,
			List<String> materials, String note, Instant sentAt, String sentBy, Instant receivedAt, String receivedBy,
			String discrepancies) {
	}

	/**
	 * A case as the case screen shows it. {@code deficiencyLatestDate} is the latest 容缺 supplement deadline if the
	 * case were accepted today (the earlier of the promised date and {@code deficiencyMaxDays} working days), only
	 * while it can be accepted.
	 */
	public record CaseView(long id, String caseNumber, Label channel, Label status, long siteId, String siteName,
			long originSiteId, String originSiteName, Long counterId, String counterName, Long ticketId,
			Instant openedAt, String openedBy, int catalogVersion, List<SituationRef> situations, String bundleCode,
			String title, boolean instant, int promisedDays, int legalDays, ApplicantView applicant, AgentView agent,
			DeliveryView delivery, List<CaseForms.Form> forms, List<MaterialView> materials, Instant acceptedAt,
			String acceptedBy, LocalDate acceptedOn, LocalDate promisedDate, LocalDate legalDate,
			DeficiencyView deficiency, LocalDate deficiencyLatestDate, int deficiencyMaxDays, int noticeCount,
			List<NoticeView> notices, String decisionReason, Instant decidedAt, Label outcome, String outcomeSummary,
			List<Long> licenseIds, Instant concludedAt, Instant deliveredAt, Instant terminatedAt,
			List<HandoverView> handovers, List<String> actions, List<EventView> timeline, String progressToken,
			int version) {
	}

	public record CaseListItem(long id, String caseNumber, String title, Label status, Label channel,
			Label applicantKind, String applicantName, String applicantId, String siteName, Instant openedAt,
			LocalDate promisedDate, LocalDate deficiencyDeadline, int noticeCount, int version) {
	}

	public CaseView detail(long caseId) {
		return view(access.visible(caseId));
	}

	/** Which hand-overs of village proxy cases the case list keeps. */
	public enum HandoverFilter {

		/** Handed over to my site by a village station and not received yet (待接收). */
		PENDING
	}

	/** @param handover {@code null} for every case */
	public PagedResult<CaseListItem> search(CaseStatus status, String q, HandoverFilter handover, int page, int size) {
		var scope = access.scope().asArray();
		String query = q == null || q.isBlank() ? null : q.strip();
		Long handoverTo = handover == HandoverFilter.PENDING ? access.me().siteId() : null;
		var found = cases.search(scope, status, query, handoverTo, page, size);
		long total = cases.count(scope, status, query, handoverTo);
		return new PagedResult<>(found.stream().map(this::listItem).toList(), page, size, total);
	}

	CaseListItem listItem(ServiceCase c) {
		return new CaseListItem(c.id(), c.caseNumber(), c.title(), label(c.status()),
				new Label(c.channel().name(), c.channel().label()),
				new Label(c.applicant().kind().name(), c.applicant().kind().label()), maskedName(c),
				maskedApplicantId(c), siteName(c.siteId()), c.openedAt(), c.promisedDate(), c.deficiencyDeadline(),
				c.noticeCount(), c.version());
	}

	CaseView view(ServiceCase c) {
		var snapshot = catalog.version(c.catalogVersion());
		var subject = CaseSubject.of(snapshot, c.bundleCode() == null ? c.situationCodes().get(0) : null,
				c.bundleCode());
		var situations = subject.situations().stream().map(s -> situationRef(s, snapshot.item(s.itemCode()).orElse(null))).toList();
		var materials = cases.materials(c.id());
		var applicant = c.applicant();
		var applicantView = new ApplicantView(new Label(applicant.kind().name(), applicant.kind().label()),
				applicant.name(), applicant.id(), maskedApplicantId(c), applicant.phone(),
				applicant.phone() == null ? null : Masking.middle(applicant.phone(), 3, 4), applicant.legalRepName(),
				applicant.legalRepIdNumber());
		var agent = c.agent() == null ? null
				: new AgentView(c.agent().name(), c.agent().idNumber(), Masking.middle(c.agent().idNumber(), 6, 4),
						c.agent().authorization());
		var delivery = deliveryView(c.delivery());
		var deficiency = c.deficiencyDeadline() == null && c.deficiencyPledge() == null ? null
				: new DeficiencyView(c.deficiencyDeadline(), c.deficiencyPledge(), c.deficiencySigner(),
						materials.stream().filter(CaseMaterial::owed).map(CaseMaterial::name).toList());
		var noticeViews = notices.ofCase(c.id()).stream().map(this::noticeView).toList();
		var handoverViews = handovers.ofCase(c.id())
			.stream()
			.map(h -> new HandoverView(h.id(), h.fromSiteId(), siteName(h.fromSiteId()), h.toSiteId(),
					siteName(h.toSiteId()), h.materials(), h.note(), h.sentAt(), staffName(h.sentBy()), h.receivedAt(),
					staffName(h.receivedBy()), h.discrepancies()))
			.toList();
		var timeline = cases.events(c.id(), false)
			.stream()
			.map(e -> new EventView(e.at(), e.kind(), e.text(), e.staffName()))
			.toList();
		var actions = actions(c);
		LocalDate deficiencyLatest = actions.contains("accept")
				? dates.acceptedOn(LocalDate.now(clock), c.promisedDays()).deficiencyLatest() : null;
		return new CaseView(c.id(), c.caseNumber(), new Label(c.channel().name(), c.channel().label()),
				label(c.status()), c.siteId(), siteName(c.siteId()), c.originSiteId(), siteName(c.originSiteId()),
				c.counterId(), c.counterId() == null ? null
						: sites.findCounter(c.counterId()).map(CounterSummary::name).orElse(null),
				c.ticketId(), c.openedAt(), staffName(c.openedBy()), c.catalogVersion(), situations, c.bundleCode(),
				c.title(), c.instantMode(), c.promisedDays(), c.legalDays(), applicantView, agent, delivery,
				CaseForms.of(subject, c.formValues()),
				materials.stream().map(m -> materialView(m, c.status())).toList(), c.acceptedAt(),
				staffName(c.acceptedBy()), c.acceptedOn(), c.promisedDate(), c.legalDate(), deficiency,
				deficiencyLatest, dates.deficiencyMaxDays(), c.noticeCount(), noticeViews, c.decisionReason(),
				c.decidedAt(), c.outcome() == null ? null : new Label(c.outcome().name(), c.outcome().label()),
				c.outcomeSummary(), c.licenseIds(), c.concludedAt(), c.deliveredAt(), c.terminatedAt(), handoverViews,
				actions, timeline, c.progressToken(), c.version());
	}

	/**
	 * What the current staff member may do now, for the buttons of the case screen, by the rules the changes enforce:
	 * only an acceptor ({@code ACCEPTOR}, as every change requires), of the case's site or of the village station
	 * that opened it ({@link CaseAccess#ownSite}), never while a village proxy case travels to its town
	 * ({@link CaseAccess#inTransit}); the town it was handed over to may only receive it then. Everyone else gets
	 * none and sees the case read-only.
	 */
	List<String> actions(ServiceCase c) {
		var me = access.me();
		if (!me.hasRole(Role.ACCEPTOR)) {
			return List.of();
		}
		if (villageProxy.mayReceive(c, me.siteId())) {
			return List.of("receive");
		}
		if (!access.ownSite(c) || access.inTransit(c)) {
			return List.of();
		}
		var actions = statusActions(c);
		if (actions.contains("handover") && !villageProxy.mayHandOver(c)) {
			actions.remove("handover");
		}
		if (CaseFiles.UPLOAD_STATUSES.contains(c.status())) {
			actions.add("upload");
		}
		return actions;
	}

	/** What the case's status allows, whoever looks. */
	static List<String> statusActions(ServiceCase c) {
		var actions = new ArrayList<String>();
		switch (c.status()) {
			case DRAFT, PRE_REVIEW -> {
				actions.addAll(List.of("materials", "form", "delivery"));
				if (CaseAccess.atVillage(c)) {
					actions.add("handover");
				}
				else {
					if (c.instantMode()) {
						actions.add("instant");
					}
					actions.addAll(List.of("accept", "notice", "reject"));
				}
			}
			case PENDING_SUPPLEMENT -> actions.addAll(List.of("resume", "reject", "delivery"));
			case IN_APPROVAL -> {
				actions.add("delivery");
				if (c.deficiencyOpen()) {
					actions.add("materials");
				}
			}
			case APPROVAL_SUPPLEMENT -> actions.addAll(List.of("supplement", "delivery"));
			default -> {
			}
		}
		return actions;
	}

	static DeliveryView deliveryView(CaseSummary.Delivery d) {
		return new DeliveryView(new Label(d.method().name(), d.method().label()), d.recipient(), d.phone(),
				d.address());
	}

	private static MaterialView materialView(CaseMaterial m, CaseStatus caseStatus) {
		var allowed = new ArrayList<Label>();
		for (MaterialStatus s : MaterialStatus.values()) {
			boolean ok = switch (s) {
				case NOT_APPLICABLE -> !m.required();
				case PLEDGE -> m.pledgeAllowed();
				case E_LICENSE -> m.licenseType() != null;
				default -> true;
			};
			if (ok) {
				allowed.add(new Label(s.name(), s.label()));
			}
		}
		return new MaterialView(m.line(), m.name(), m.form(), m.copies(), m.required(), m.condition(), m.key(),
				m.pledgeAllowed(), m.licenseType(), m.source(), m.checkNotes(), m.formTemplate(), m.situationCodes(),
				new Label(m.status().name(), m.status().label()), m.note(), m.licenseId(), m.pledgeText(),
				m.pledgeSigner(), m.pledgedAt(), m.owed(), m.missing(), m.fileIds(), allowed);
	}

	private NoticeView noticeView(NoticeRepository.Notice n) {
		String kind = n.kind() == NoticeRepository.Kind.ONE_TIME ? "一次性告知" : "审批补正";
		return new NoticeView(n.id(), new Label(n.kind().name(), kind), n.seq(), n.issuedAt(), staffName(n.issuedBy()),
				n.department(), n.reason(), n.items(), n.resolvedAt());
	}

	static SituationRef situationRef(Situation s, ServiceItem item) {
		return new SituationRef(s.code(), s.name(), s.itemCode(), item == null ? null : item.name(),
				item == null ? null : item.department(), new Label(s.mode().name(), s.mode().label()),
				s.promisedDays(), item == null ? s.promisedDays() : item.legalDays());
	}

	static Label label(CaseStatus status) {
		return new Label(status.name(), status.label());
	}

	/** A person's name keeps only the surname; an organisation's name is public. */
	static String maskedName(ServiceCase c) {
		return c.applicant().kind() == ApplicantKind.PERSON ? Masking.name(c.applicant().name())
				: c.applicant().name();
	}

	/** A person's ID number masked; a credit code is public. */
	static String maskedApplicantId(ServiceCase c) {
		return c.applicant().kind() == ApplicantKind.PERSON ? Masking.middle(c.applicant().id(), 6, 4)
				: c.applicant().id();
	}

	String siteName(long siteId) {
		return sites.findSite(siteId).map(SiteSummary::name).orElse(null);
	}

	String staffName(Long staffId) {
		return staffId == null ? null : staff.find(staffId).map(StaffSummary::displayName).orElse(null);
	}

	Map<String, String> formValues(ServiceCase c) {
		return c.formValues();
	}
}
