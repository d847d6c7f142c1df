package org.onewindow.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.delivery.internal.Delivery.CollectorKind;
import org.onewindow.delivery.internal.Delivery.Item;
import org.onewindow.delivery.internal.Delivery.Mailing;
import org.onewindow.delivery.internal.Delivery.Pickup;
import org.onewindow.delivery.internal.Delivery.Receipt;
import org.onewindow.delivery.internal.Delivery.ReceiptKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deliveries, what they hand over and their history.
 */
@Repository
public class DeliveryRepository {

	private static final String COLUMNS = """
			id, case_id, case_number, site_id, title, outcome, instant, method, state, applicant_kind, applicant_name,
			applicant_phone, recipient, recipient_phone, address, carrier, tracking_number, mailed_at, mailed_by,
			collector_kind, collector_name, collector_id_masked, signature_name, signature_at, picked_up_by, signed_on,
			signer_name, receipt_kind, receipt_file_id, receipt_recorded_by, receipt_recorded_at, receipt_note,
			concluded_at, delivered_at, created_at, updated_at, version""";

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the delivery of a case unless the case already has one.
	 *
	 * @return the new id, empty when the case already had a delivery (the event was handled before)
	 */
	Optional<Long> insertIfAbsent(Delivery d) {
		return jdbc.sql("""
				insert into dlv_delivery (case_id, case_number, site_id, title, outcome, instant, method, state,
				    applicant_kind, applicant_name, applicant_phone, recipient, recipient_phone, address, concluded_at,
				    created_at, updated_at)
				values (:caseId, :caseNumber, :site, :title, :outcome, :instant, :method, :state, :applicantKind,
				    :applicantName, :applicantPhone, :recipient, :recipientPhone, :address, :concludedAt, :now, :now)
				on conflict (case_id) do nothing
				returning id""")
			.param("caseId", d.caseId())
			.param("caseNumber", d.caseNumber())
			.param("site", d.siteId())
			.param("title", d.title())
			.param("outcome", d.outcome().name())
			.param("instant", d.instant())
			.param("method", d.method().name())
			.param("state", d.state().name())
			.param("applicantKind", d.applicantKind().name())
			.param("applicantName", d.applicantName())
			.param("applicantPhone", d.applicantPhone())
			.param("recipient", d.recipient())
			.param("recipientPhone", d.recipientPhone())
			.param("address", d.address())
			.param("concludedAt", Timestamp.from(d.concludedAt()))
			.param("now", Timestamp.from(d.createdAt()))
			.query(Long.class)
			.optional();
	}

	void insertItems(long deliveryId, List<Item> items) {
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			jdbc.sql("""
					insert into dlv_delivery_item (delivery_id, position, kind, license_id, license_type, license_number, title)
					values (:delivery, :position, :kind, :licenseId, :licenseType, :licenseNumber, :title)""")
				.param("delivery", deliveryId)
				.param("position", i)
				.param("kind", item.kind().name())
				.param("licenseId", item.licenseId())
				.param("licenseType", item.licenseType())
				.param("licenseNumber", item.licenseNumber())
				.param("title", item.title())
				.update();
		}
	}

	Optional<Delivery> find(long id) {
		return one("select " + COLUMNS + " from dlv_delivery where id = :id", id);
	}

	/** The delivery, locked until the transaction ends: two clerks acting at once are served one after the other. */
	Optional<Delivery> findForUpdate(long id) {
		return one("select " + COLUMNS + " from dlv_delivery where id = :id for update", id);
	}

	Optional<Delivery> findByCase(long caseId) {
		return jdbc.sql("select " + COLUMNS + " from dlv_delivery where case_id = :caseId")
			.param("caseId", caseId)
			.query(this::map)
			.optional()
			.map(this::withItems);
	}

	private Optional<Delivery> one(String sql, long id) {
		return jdbc.sql(sql).param("id", id).query(this::map).optional().map(this::withItems);
	}

	/** Writes back a transition made by {@link Delivery} on a row locked by {@link #findForUpdate}. */
	void update(Delivery d, Instant now) {
		var pickup = d.pickup();
		var mailing = d.mailing();
		var receipt = d.receipt();
		int changed = jdbc.sql("""
				update dlv_delivery set state = :state,
				    carrier = :carrier, tracking_number = :tracking, mailed_at = :mailedAt, mailed_by = :mailedBy,
				    collector_kind = :collectorKind, collector_name = :collectorName, collector_id_masked = :collectorId,
				    signature_name = :signatureName, signature_at = :signatureAt, picked_up_by = :pickedUpBy,
				    signed_on = :signedOn, signer_name = :signerName, receipt_kind = :receiptKind,
				    receipt_file_id = :receiptFile, receipt_recorded_by = :receiptBy, receipt_recorded_at = :receiptAt,
				    receipt_note = :receiptNote, delivered_at = :deliveredAt, updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.param("id", d.id())
			.param("version", d.version())
			.param("state", d.state().name())
			.param("carrier", mailing == null ? null : mailing.carrier().name())
			.param("tracking", mailing == null ? null : mailing.trackingNumber())
			.param("mailedAt", mailing == null ? null : Timestamp.from(mailing.mailedAt()))
			.param("mailedBy", mailing == null ? null : mailing.staffId())
			.param("collectorKind", pickup == null ? null : pickup.collectorKind().name())
			.param("collectorName", pickup == null ? null : pickup.collectorName())
			.param("collectorId", pickup == null ? null : pickup.collectorIdMasked())
			.param("signatureName", pickup == null ? null : pickup.signatureName())
			.param("signatureAt", pickup == null ? null : Timestamp.from(pickup.signatureAt()))
			.param("pickedUpBy", pickup == null ? null : pickup.staffId())
			.param("signedOn", receipt == null ? null : receipt.signedOn())
			.param("signerName", receipt == null ? null : receipt.signerName())
			.param("receiptKind", receipt == null ? null : receipt.kind().name())
			.param("receiptFile", receipt == null ? null : receipt.fileId())
			.param("receiptBy", receipt == null ? null : receipt.recordedBy())
			.param("receiptAt", receipt == null ? null : Timestamp.from(receipt.recordedAt()))
			.param("receiptNote", receipt == null ? null : receipt.note())
			.param("deliveredAt", d.deliveredAt() == null ? null : Timestamp.from(d.deliveredAt()))
			.param("now", Timestamp.from(now))
			.update();
		if (changed != 1) {
			throw new IllegalStateException("delivery " + d.id() + " was not locked before its update");
		}
	}

	void recordEvent(long deliveryId, String kind, Long staffId, String detail, Instant at) {
		jdbc.sql("""
				insert into dlv_delivery_event (delivery_id, kind, staff_id, detail, at)
				values (:delivery, :kind, :staff, :detail, :at)""")
			.param("delivery", deliveryId)
			.param("kind", kind)
			.param("staff", staffId)
			.param("detail", detail)
			.param("at", Timestamp.from(at))
			.update();
	}

	public record Event(String kind, Long staffId, String detail, Instant at) {
	}

	List<Event> events(long deliveryId) {
		return jdbc.sql("""
				select kind, staff_id, detail, at from dlv_delivery_event where delivery_id = :delivery order by at, id""")
			.param("delivery", deliveryId)
			.query((rs, i) -> new Event(rs.getString("kind"), (Long) rs.getObject("staff_id"), rs.getString("detail"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	/**
	 * A page of the deliveries of the given sites in the given states, newest first. {@code q} matches the case
	 * number (prefix, any case), the applicant's or recipient's name (part) or, when it is four digits, the last four
	 * digits of the applicant's or recipient's phone.
	 */
	List<Delivery> search(Long[] siteIds, Collection<DeliveryState> states, String q, int page, int size) {
		List<Delivery> found = jdbc.sql("select " + COLUMNS + " from dlv_delivery where " + SEARCH
				+ " order by concluded_at desc, id desc limit :limit offset :offset")
			.params(searchParams(siteIds, states, q))
			.param("limit", size)
			.param("offset", page * size)
			.query(this::map)
			.list();
		var items = itemsOf(found.stream().map(Delivery::id).toList());
		return found.stream().map(d -> d.withItems(items.get(d.id()))).toList();
	}

	long count(Long[] siteIds, Collection<DeliveryState> states, String q) {
		return jdbc.sql("select count(*) from dlv_delivery where " + SEARCH)
			.params(searchParams(siteIds, states, q))
			.query(Long.class)
			.single();
	}

	/** How many deliveries of the given sites are in each state. */
	Map<DeliveryState, Long> countByState(Long[] siteIds) {
		var counts = new LinkedHashMap<DeliveryState, Long>();
		for (DeliveryState state : DeliveryState.values()) {
			counts.put(state, 0L);
		}
		jdbc.sql("select state, count(*) as n from dlv_delivery where site_id = any(:sites) group by state")
			.param("sites", siteIds)
			.query((rs, i) -> counts.put(DeliveryState.valueOf(rs.getString("state")), rs.getLong("n")))
			.list();
		return counts;
	}

	private static final String SEARCH = """
			site_id = any(:sites) and state = any(:states)
			  and (cast(:q as text) is null
			       or upper(case_number) like upper(:qLike) || '%'
			       or strpos(applicant_name, :q) > 0 or strpos(coalesce(recipient, ''), :q) > 0
			       or (:q ~ '^[0-9]{4}$' and (right(applicant_phone, 4) = :q or right(recipient_phone, 4) = :q)))""";

	private static Map<String, Object> searchParams(Long[] siteIds, Collection<DeliveryState> states, String q) {
		var params = new LinkedHashMap<String, Object>();
		params.put("sites", siteIds);
		params.put("states", states.stream().map(Enum::name).toArray(String[]::new));
		String text = q == null || q.isBlank() ? null : q.strip();
		params.put("q", text);
		params.put("qLike", text == null ? null : escapeLike(text));
		return params;
	}

	private static String escapeLike(String q) {
		return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** What the given deliveries hand over, in one query. */
	Map<Long, List<Item>> itemsOf(Collection<Long> deliveryIds) {
		var items = new LinkedHashMap<Long, List<Item>>();
		deliveryIds.forEach(id -> items.put(id, new ArrayList<>()));
		jdbc.sql("""
				select delivery_id, kind, license_id, license_type, license_number, title from dlv_delivery_item
				where delivery_id = any(:deliveries) order by delivery_id, position""")
			.param("deliveries", deliveryIds.toArray(Long[]::new))
			.query((rs, i) -> items.get(rs.getLong("delivery_id"))
				.add(new Item(Item.Kind.valueOf(rs.getString("kind")), (Long) rs.getObject("license_id"),
						rs.getString("license_type"), rs.getString("license_number"), rs.getString("title"))))
			.list();
		return items;
	}

	private Delivery withItems(Delivery d) {
		return d.withItems(itemsOf(List.of(d.id())).get(d.id()));
	}

	private Delivery map(ResultSet rs, int row) throws SQLException {
		Pickup pickup = rs.getString("collector_kind") == null ? null
				: new Pickup(CollectorKind.valueOf(rs.getString("collector_kind")), rs.getString("collector_name"),
						rs.getString("collector_id_masked"), rs.getString("signature_name"), instant(rs, "signature_at"),
						(Long) rs.getObject("picked_up_by"));
		Mailing mailing = rs.getString("carrier") == null ? null
				: new Mailing(Carrier.valueOf(rs.getString("carrier")), rs.getString("tracking_number"),
						instant(rs, "mailed_at"), (Long) rs.getObject("mailed_by"));
		Receipt receipt = rs.getString("receipt_kind") == null ? null
				: new Receipt(rs.getObject("signed_on", LocalDate.class), rs.getString("signer_name"),
						ReceiptKind.valueOf(rs.getString("receipt_kind")), (Long) rs.getObject("receipt_file_id"),
						(Long) rs.getObject("receipt_recorded_by"), instant(rs, "receipt_recorded_at"),
						rs.getString("receipt_note"));
		return new Delivery(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
				rs.getLong("site_id"), rs.getString("title"), CaseOutcome.valueOf(rs.getString("outcome")),
				rs.getBoolean("instant"), DeliveryMethod.valueOf(rs.getString("method")),
				DeliveryState.valueOf(rs.getString("state")), ApplicantKind.valueOf(rs.getString("applicant_kind")),
				rs.getString("applicant_name"), rs.getString("applicant_phone"), rs.getString("recipient"),
				rs.getString("recipient_phone"), rs.getString("address"), List.of(), pickup, mailing, receipt,
				instant(rs, "concluded_at"), instant(rs, "delivered_at"), instant(rs, "created_at"),
				instant(rs, "updated_at"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
