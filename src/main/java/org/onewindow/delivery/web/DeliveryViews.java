package org.onewindow.delivery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.delivery.internal.Carrier;
import org.onewindow.delivery.internal.Delivery;
import org.onewindow.delivery.internal.DeliveryRepository.Event;
import org.onewindow.delivery.internal.DeliveryState;
import org.onewindow.shared.InvalidValueException;
import org.onewindow.shared.Masking;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.onewindow.staff.StaffManagement;
import org.onewindow.staff.StaffSummary;
import org.springframework.stereotype.Component;

/**
 * What the delivery counter's screens and the printed 送达回执 show. Personal data is masked, except the mailing
 * address, recipient and phone while the mailing still has to be sent (the clerk writes the waybill) and on the
 * printed receipt the recipient signs.
 */
@Component
class DeliveryViews {

	private static final Map<String, String> EVENT_LABELS = Map.of("CREATED", "办结待出件", "NOTIFIED", "短信通知",
			"NOT_NOTIFIED", "未发短信", "PICKED_UP", "窗口领取", "MAILED", "寄出", "SIGNED", "签收归档");

	private final SiteManagement sites;
	private final StaffManagement staff;

	DeliveryViews(SiteManagement sites, StaffManagement staff) {
		this.sites = sites;
		this.staff = staff;
	}

	record ItemView(String kind, String title, String licenseType, String licenseNumber) {

		static ItemView of(Delivery.Item item) {
			return new ItemView(item.kind().name(), item.title(), item.licenseType(), item.licenseNumber());
		}
	}

	record ListItem(long id, long caseId, String caseNumber, long siteId, String siteName, String title,
			String outcome, String outcomeLabel, boolean instant, String method, String methodLabel, String state,
			String stateLabel, String applicantName, String applicantPhone, String recipient, List<ItemView> items,
			String carrier, String carrierLabel, String trackingNumber, Instant concludedAt, Instant deliveredAt,
			int version) {
	}

	record MailingView(String recipient, String phone, String address, String carrier, String carrierLabel,
			String trackingNumber, Instant mailedAt, String mailedBy) {
	}

	record PickupView(String collectorKind, String collectorKindLabel, String collectorName, String collectorIdNumber,
			String signatureName, Instant signatureAt, String handedOverBy) {
	}

	record ReceiptView(LocalDate signedOn, String signerName, String kind, String kindLabel, boolean hasScan,
			Instant recordedAt, String recordedBy, String note) {
	}

	record EventView(String kind, String label, String staffName, String detail, Instant at) {
	}

	record DetailView(long id, long caseId, String caseNumber, long siteId, String siteName, String title,
			String outcome, String outcomeLabel, boolean instant, String method, String methodLabel, String state,
			String stateLabel, String applicantKind, String applicantName, String applicantPhone, List<ItemView> items,
			MailingView mailing, PickupView pickup, ReceiptView receipt, boolean ownCounter, List<String> actions,
			List<EventView> history, Instant concludedAt, Instant deliveredAt, int version) {
	}

	/** The rows of a list page; each site's name is read once. */
	List<ListItem> items(List<Delivery> deliveries) {
		var siteNames = new HashMap<Long, String>();
		return deliveries.stream().map(d -> item(d, siteNames.computeIfAbsent(d.siteId(), this::siteName))).toList();
	}

	private ListItem item(Delivery d, String siteName) {
		var mailing = d.mailing();
		return new ListItem(d.id(), d.caseId(), d.caseNumber(), d.siteId(), siteName, d.title(), d.outcome().name(),
				d.outcome().label(), d.instant(), d.method().name(), d.method().label(), d.state().name(),
				d.state().label(), applicantName(d), maskPhone(d.applicantPhone()),
				d.recipient() == null ? null : Masking.name(d.recipient()),
				d.items().stream().map(ItemView::of).toList(), mailing == null ? null : mailing.carrier().name(),
				mailing == null ? null : mailing.carrier().label(), mailing == null ? null : mailing.trackingNumber(),
				d.concludedAt(), d.deliveredAt(), d.version());
	}

	/**
	 * The detail as the logged-in staff member sees it; {@code ownCounter}: they work at the delivery's site, the only
	 * place its hand-over is recorded (staff of a site above see it without actions).
	 */
	DetailView detail(Delivery d, List<Event> history, boolean ownCounter) {
		var staffNames = new HashMap<Long, Optional<String>>();
		Function<Long, String> staffName = id -> id == null ? null
				: staffNames.computeIfAbsent(id, key -> staff.find(key).map(StaffSummary::displayName)).orElse(null);
		boolean toWrite = d.state() == DeliveryState.TO_BE_MAILED;
		MailingView mailing = null;
		if (d.method() == DeliveryMethod.MAIL) {
			var m = d.mailing();
			mailing = new MailingView(
					d.recipient() == null ? null : toWrite ? d.recipient() : Masking.name(d.recipient()),
					toWrite ? d.recipientPhone() : maskPhone(d.recipientPhone()),
					d.address() == null ? null : toWrite ? d.address() : maskAddress(d.address()),
					m == null ? null : m.carrier().name(), m == null ? null : m.carrier().label(),
					m == null ? null : m.trackingNumber(), m == null ? null : m.mailedAt(),
					m == null ? null : staffName.apply(m.staffId()));
		}
		var p = d.pickup();
		PickupView pickup = p == null ? null
				: new PickupView(p.collectorKind().name(), p.collectorKind().label(), Masking.name(p.collectorName()),
						p.collectorIdMasked(), Masking.name(p.signatureName()), p.signatureAt(), staffName.apply(p.staffId()));
		var r = d.receipt();
		ReceiptView receipt = r == null ? null
				: new ReceiptView(r.signedOn(), r.signerName() == null ? null : Masking.name(r.signerName()),
						r.kind().name(), r.kind().label(), r.fileId() != null, r.recordedAt(), staffName.apply(r.recordedBy()),
						r.note());
		return new DetailView(d.id(), d.caseId(), d.caseNumber(), d.siteId(), siteName(d.siteId()), d.title(),
				d.outcome().name(), d.outcome().label(), d.instant(), d.method().name(), d.method().label(),
				d.state().name(), d.state().label(), d.applicantKind().name(), applicantName(d),
				maskPhone(d.applicantPhone()), d.items().stream().map(ItemView::of).toList(), mailing, pickup, receipt,
				ownCounter, ownCounter ? actions(d.state()) : List.of(),
				history.stream().map(e -> event(e, staffName)).toList(), d.concludedAt(), d.deliveredAt(), d.version());
	}

	/**
	 * The printable 送达回执: the document the recipient signs (a pickup) or that comes back from the carrier (a
	 * mailing). Names and the address in full, ID numbers masked.
	 */
	record ReceiptDocument(String caseNumber, String title, String siteName, String applicantKind,
			String applicantName, String outcomeLabel, String method, String methodLabel, String state,
			String stateLabel, List<ItemView> items, String recipient, String address, String carrierLabel,
			String trackingNumber, Instant concludedAt, Instant mailedAt, LocalDate signedOn, String collectorKindLabel,
			String collectorName, String collectorIdNumber, String signatureName, Instant signatureAt,
			String receiptKindLabel, String handedOverBy, Instant deliveredAt) {
	}

	ReceiptDocument document(Delivery d) {
		var m = d.mailing();
		var p = d.pickup();
		var r = d.receipt();
		return new ReceiptDocument(d.caseNumber(), d.title(), siteName(d.siteId()), d.applicantKind().label(),
				d.applicantName(), d.outcome().label(), d.method().name(), d.method().label(), d.state().name(),
				d.state().label(), d.items().stream().map(ItemView::of).toList(), d.recipient(), d.address(),
				m == null ? null : m.carrier().label(), m == null ? null : m.trackingNumber(), d.concludedAt(),
				m == null ? null : m.mailedAt(), r == null ? null : r.signedOn(),
				p == null ? null : p.collectorKind().label(), p == null ? null : p.collectorName(),
				p == null ? null : p.collectorIdMasked(), p == null ? null : p.signatureName(),
				p == null ? null : p.signatureAt(), r == null ? null : r.kind().label(),
				p != null ? staffName(p.staffId()) : m != null ? staffName(m.staffId()) : null, d.deliveredAt());
	}

	record CarrierView(String code, String label, String hint) {

		static CarrierView of(Carrier c) {
			return new CarrierView(c.name(), c.label(), c.hint());
		}
	}

	/** What the counter may do next. */
	static List<String> actions(DeliveryState state) {
		return switch (state) {
			case READY_FOR_PICKUP -> List.of("PICKUP");
			case TO_BE_MAILED -> List.of("MAIL");
			case MAILED -> List.of("SIGNED");
			case PICKED_UP, SIGNED -> List.of();
		};
	}

	private static EventView event(Event e, Function<Long, String> staffName) {
		return new EventView(e.kind(), eventLabel(e.kind()), staffName.apply(e.staffId()), e.detail(), e.at());
	}

	private static String eventLabel(String kind) {
		return EVENT_LABELS.getOrDefault(kind, kind);
	}

	private static String applicantName(Delivery d) {
		return d.applicantKind() == ApplicantKind.PERSON ? Masking.name(d.applicantName()) : d.applicantName();
	}

	private static String maskPhone(String phone) {
		if (phone == null) {
			return null;
		}
		try {
			return PhoneNumber.of(phone).masked();
		}
		catch (InvalidValueException ex) {
			return Masking.middle(phone, 3, 4);
		}
	}

	/** The first six characters of an address (province, city), then {@code ****}. */
	private static String maskAddress(String address) {
		String stripped = address.strip();
		int keep = Math.min(6, stripped.codePointCount(0, stripped.length()));
		return stripped.substring(0, stripped.offsetByCodePoints(0, keep)) + "****";
	}

	private String siteName(long siteId) {
		return sites.findSite(siteId).map(SiteSummary::name).orElse("");
	}

	private String staffName(Long staffId) {
		return staffId == null ? null : staff.find(staffId).map(StaffSummary::displayName).orElse(null);
	}
}
