package org.onewindow.delivery.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseConcluded;
import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.acceptance.CaseSummary;
import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.delivery.internal.Delivery.CollectorKind;
import org.onewindow.delivery.internal.Delivery.Mailing;
import org.onewindow.delivery.internal.Delivery.Pickup;
import org.onewindow.delivery.internal.Delivery.Receipt;
import org.onewindow.delivery.internal.Delivery.ReceiptKind;
import org.onewindow.delivery.internal.DeliveryRepository.Event;
import org.onewindow.delivery.internal.PickupPolicy.Entitled;
import org.onewindow.platform.CurrentStaff;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.FileStore;
import org.onewindow.platform.PagedResult;
import org.onewindow.platform.StoredFile;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.Masking;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.onewindow.staff.StaffManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unified delivery counter: deliveries open when a case concludes; the counter hands results over after the
 * identity check, mails them (邮帮办) and archives the 送达回执. A delivery is read within the staff member's site
 * scope (another site's delivery is "not found"); the lists are the work of the staff member's own counter, and the
 * hand-over actions (领取, 寄出, 签收) are recorded only at the delivery's own site, where the result lies.
 */
@Service
@Transactional
public class DeliveryService {

	private static final Logger log = LoggerFactory.getLogger(DeliveryService.class);

	private final DeliveryRepository deliveries;
	private final CaseLifecycle cases;
	private final HandedOver handedOver;
	private final DeliveryNotices notices;
	private final StaffManagement staff;
	private final CurrentStaff currentStaff;
	private final SiteManagement sites;
	private final FileStore files;
	private final Clock clock;

	DeliveryService(DeliveryRepository deliveries, CaseLifecycle cases, HandedOver handedOver,
			DeliveryNotices notices, StaffManagement staff, CurrentStaff currentStaff, SiteManagement sites,
			FileStore files, Clock clock) {
		this.deliveries = deliveries;
		this.cases = cases;
		this.handedOver = handedOver;
		this.notices = notices;
		this.staff = staff;
		this.currentStaff = currentStaff;
		this.sites = sites;
		this.files = files;
		this.clock = clock;
	}

	// --- opening

	/**
	 * Opens the delivery of a concluded case at the case's site and tells the applicant. Safe to run twice: a case
	 * that already has its delivery is left alone (and nobody is told again).
	 *
	 * @return the new delivery, empty when the case had one already
	 */
	public Optional<Delivery> open(CaseConcluded concluded) {
		if (deliveries.findByCase(concluded.caseId()).isPresent()) {
			return Optional.empty();
		}
		CaseSummary c = cases.get(concluded.caseId());
		var method = c.delivery() == null || c.delivery().method() == null ? DeliveryMethod.PICKUP
				: c.delivery().method();
		boolean mail = method == DeliveryMethod.MAIL;
		Instant now = clock.instant();
		var items = handedOver.of(concluded);
		var draft = new Delivery(0, c.id(), c.caseNumber(), concluded.siteId(), c.title(), concluded.outcome(),
				concluded.instant(), method, mail ? DeliveryState.TO_BE_MAILED : DeliveryState.READY_FOR_PICKUP,
				c.applicantKind(), c.applicantName(), c.applicantPhone(), mail ? c.delivery().recipient() : null,
				mail ? c.delivery().phone() : null, mail ? c.delivery().address() : null, items, null, null, null,
				concluded.concludedAt(), null, now, now, 0);
		Optional<Long> id = deliveries.insertIfAbsent(draft);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		deliveries.insertItems(id.get(), items);
		var opened = deliveries.find(id.get()).orElseThrow();
		deliveries.recordEvent(opened.id(), "CREATED", null,
				(concluded.instant() ? "即办件办结，" : "办结，") + opened.state().label(), now);
		notify(opened, notices.ready(opened), now);
		return Optional.of(opened);
	}

	// --- reading

	/**
	 * A page of the deliveries of the staff member's own counter (their site; the sites below hand over at their own
	 * counters).
	 */
	@Transactional(readOnly = true)
	public PagedResult<Delivery> search(Collection<DeliveryState> states, String q, int page, int size) {
		var scope = ownCounter();
		var wanted = states == null || states.isEmpty() ? List.of(DeliveryState.values()) : states;
		return new PagedResult<>(deliveries.search(scope, wanted, q, page, size), page, size,
				deliveries.count(scope, wanted, q));
	}

	/** How many deliveries of the staff member's own counter are in each state (the tabs' badges). */
	@Transactional(readOnly = true)
	public Map<DeliveryState, Long> counts() {
		return deliveries.countByState(ownCounter());
	}

	/** Whether the logged-in staff member works at the delivery's own site, where its hand-over is recorded. */
	public boolean atOwnCounter(Delivery d) {
		return d.siteId() == currentStaff.require().siteId();
	}

	@Transactional(readOnly = true)
	public Delivery get(long id) {
		return deliveries.find(id)
			.filter(d -> staff.currentScope().includes(d.siteId()))
			.orElseThrow(() -> DomainException.notFound("delivery.not-found", id));
	}

	@Transactional(readOnly = true)
	public List<Event> history(Delivery d) {
		return deliveries.events(d.id());
	}

	// --- the counter's actions

	/**
	 * 领取: the collector shows an ID number equal to the applicant's (or an authorised agent's) and types the
	 * signature; the case is delivered.
	 */
	public Delivery pickUp(long id, int version, IdNumber idNumber, String signatureName) {
		Delivery d = lockInScope(id);
		requireOwnCounter(d, "领取");
		d.requireState(DeliveryState.READY_FOR_PICKUP);
		d.requireVersion(version);
		CaseSummary c = cases.get(d.caseId());
		var decision = PickupPolicy.decide(entitled(c), idNumber, signatureName, c.applicantName());
		if (!decision.allowed()) {
			throw DomainException.unprocessable(decision.reason(), d.caseNumber());
		}
		Instant now = clock.instant();
		Long me = currentStaff.require().staffId();
		var collector = decision.collector();
		var picked = d.pickUp(new Pickup(collector.kind(), collector.name(), idNumber.masked(), signatureName.strip(),
				now, me), now);
		deliveries.update(picked, now);
		deliveries.recordEvent(d.id(), "PICKED_UP", me, "%s %s（身份证 %s）签名领取".formatted(collector.kind().label(),
				Masking.name(collector.name()), idNumber.masked()), now);
		cases.delivered(d.caseId(), "统一出件窗口领取（%s签名）".formatted(collector.kind().label()));
		return deliveries.find(id).orElseThrow();
	}

	/** 寄出: the mailing left with a carrier; the applicant gets the tracking number by text message. */
	public Delivery mail(long id, int version, String carrierCode, String trackingNumber) {
		Delivery d = lockInScope(id);
		requireOwnCounter(d, "寄出");
		Carrier carrier = Carrier.of(carrierCode)
			.orElseThrow(() -> DomainException.badRequest("delivery.carrier-unknown", String.valueOf(carrierCode)));
		String tracking = Carrier.normalize(trackingNumber);
		if (!carrier.accepts(tracking)) {
			throw DomainException.badRequest("delivery.tracking-number-invalid", String.valueOf(trackingNumber),
					carrier.label(), carrier.hint());
		}
		d.requireState(DeliveryState.TO_BE_MAILED);
		d.requireVersion(version);
		Instant now = clock.instant();
		Long me = currentStaff.require().staffId();
		var mailed = d.mail(new Mailing(carrier, tracking, now, me));
		deliveries.update(mailed, now);
		deliveries.recordEvent(d.id(), "MAILED", me, carrier.label() + " " + tracking, now);
		notify(mailed, notices.mailed(mailed), now);
		return deliveries.find(id).orElseThrow();
	}

	/** A scanned 回执 as uploaded. */
	public record Upload(String originalName, InputStream content) {
	}

	/**
	 * 签收: the recipient signed for the mailing on {@code signedOn}; the 回执 is archived (the uploaded scan, or the
	 * staff member's confirmation when {@code scan} is {@code null}) and the case is delivered.
	 */
	public Delivery sign(long id, int version, LocalDate signedOn, String signerName, String note, Upload scan) {
		Delivery d = lockInScope(id);
		requireOwnCounter(d, "签收登记");
		d.requireState(DeliveryState.MAILED);
		d.requireVersion(version);
		Instant now = clock.instant();
		Long me = currentStaff.require().staffId();
		String signer = blankToNull(signerName);
		String remark = blankToNull(note);
		// the date is checked before anything is stored
		d.sign(new Receipt(signedOn, signer, ReceiptKind.CONFIRMATION, null, me, now, remark), now, clock.getZone());
		Receipt receipt;
		if (scan != null) {
			StoredFile stored = files.store(scan.originalName(), scan.content());
			receipt = new Receipt(signedOn, signer, ReceiptKind.SCAN, stored.id(), me, now, remark);
		}
		else {
			receipt = new Receipt(signedOn, signer, ReceiptKind.CONFIRMATION, null, me, now, remark);
		}
		var signed = d.sign(receipt, now, clock.getZone());
		deliveries.update(signed, now);
		deliveries.recordEvent(d.id(), "SIGNED", me, "%s签收，回执%s归档".formatted(signedOn,
				receipt.kind() == ReceiptKind.SCAN ? "扫描件" : "经工作人员确认"), now);
		cases.delivered(d.caseId(), "邮寄送达：%s %s，%s签收，送达回执已归档（%s）".formatted(d.mailing().carrier().label(),
				d.mailing().trackingNumber(), signedOn, receipt.kind().label()));
		return deliveries.find(id).orElseThrow();
	}

	/** The archived scan of a delivery's 回执. */
	public record ReceiptScan(StoredFile file, InputStream content) {
	}

	@Transactional(readOnly = true)
	public ReceiptScan receiptScan(long id) {
		Delivery d = get(id);
		if (d.receipt() == null || d.receipt().fileId() == null) {
			throw DomainException.notFound("delivery.receipt-not-found", d.caseNumber());
		}
		StoredFile file = files.find(d.receipt().fileId())
			.orElseThrow(() -> DomainException.notFound("delivery.receipt-not-found", d.caseNumber()));
		return new ReceiptScan(file, files.open(file));
	}

	// --- helpers

	/**
	 * Who may collect: a person applicant; an organisation's legal representative; an agent whose authorisation the
	 * case recorded.
	 */
	static List<Entitled> entitled(CaseSummary c) {
		var entitled = new ArrayList<Entitled>();
		if (c.applicantKind() == ApplicantKind.PERSON && c.applicantId() != null) {
			entitled.add(new Entitled(CollectorKind.APPLICANT, c.applicantName(), c.applicantId()));
		}
		var representative = c.legalRepresentative();
		if (c.applicantKind() == ApplicantKind.ORGANIZATION && representative != null
				&& representative.idNumber() != null) {
			entitled.add(new Entitled(CollectorKind.LEGAL_REPRESENTATIVE, representative.name(),
					representative.idNumber()));
		}
		var agent = c.agent();
		if (agent != null && agent.authorised() && agent.idNumber() != null) {
			entitled.add(new Entitled(CollectorKind.AGENT, agent.name(), agent.idNumber()));
		}
		return entitled;
	}

	private Delivery lockInScope(long id) {
		return deliveries.findForUpdate(id)
			.filter(d -> staff.currentScope().includes(d.siteId()))
			.orElseThrow(() -> DomainException.notFound("delivery.not-found", id));
	}

	/**
	 * A result is handed over where it lies: the delivery's own site (the text message sent the applicant to that
	 * counter; a mailing leaves from there and its 回执 comes back there). Staff of a site above only look.
	 */
	private void requireOwnCounter(Delivery d, String action) {
		if (!atOwnCounter(d)) {
			String site = sites.findSite(d.siteId()).map(SiteSummary::name).orElse(String.valueOf(d.siteId()));
			throw DomainException.forbidden("delivery.other-site", d.caseNumber(), site, action);
		}
	}

	private Long[] ownCounter() {
		return new Long[] { currentStaff.require().siteId() };
	}

	private void notify(Delivery d, DeliveryNotices.Notice notice, Instant now) {
		if (notice.sent()) {
			deliveries.recordEvent(d.id(), "NOTIFIED", null, "短信已发送至 " + notice.phone() + "：" + notice.text(), now);
		}
		else {
			log.info("Delivery {} of case {}: no mobile number, no text message", d.id(), d.caseNumber());
			deliveries.recordEvent(d.id(), "NOT_NOTIFIED", null, "未登记手机号码，未发送短信", now);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
