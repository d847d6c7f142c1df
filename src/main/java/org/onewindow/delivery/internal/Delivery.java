package org.onewindow.delivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.platform.DomainException;

/**
 * The result of one concluded case on its way to the applicant. The transitions are guarded here: each checks the
 * state it expects (409 with the current state's label otherwise) and the version the clerk saw (409
 * {@code delivery.changed} when someone else acted first).
 *
 * @param applicantPhone the applicant's mobile number, {@code null} when none was given
 * @param recipient, recipientPhone, address where a mailing goes ({@link DeliveryMethod#MAIL} only)
 */
public record Delivery(long id, long caseId, String caseNumber, long siteId, String title, CaseOutcome outcome,
		boolean instant, DeliveryMethod method, DeliveryState state, ApplicantKind applicantKind,
		String applicantName, String applicantPhone, String recipient, String recipientPhone, String address,
		List<Item> items, Pickup pickup, Mailing mailing, Receipt receipt, Instant concludedAt, Instant deliveredAt,
		Instant createdAt, Instant updatedAt, int version) {

	public Delivery {
		items = List.copyOf(items);
	}

	/** Something handed over: a licence (with its number and type) or the written refusal decision. */
	public record Item(Kind kind, Long licenseId, String licenseType, String licenseNumber, String title) {

		public enum Kind {
			LICENSE, DECISION
		}
	}

	/** Who collected at the counter: the ID number was compared by value and is kept masked only. */
	public record Pickup(CollectorKind collectorKind, String collectorName, String collectorIdMasked,
			String signatureName, Instant signatureAt, Long staffId) {
	}

	public enum CollectorKind {

		APPLICANT("申请人本人"), LEGAL_REPRESENTATIVE("法定代表人"), AGENT("受托代理人");

		private final String label;

		CollectorKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public record Mailing(Carrier carrier, String trackingNumber, Instant mailedAt, Long staffId) {
	}

	/**
	 * The 送达回执 of a mailing: the date the recipient signed for it, and the scan or a staff member's confirmation.
	 */
	public record Receipt(LocalDate signedOn, String signerName, ReceiptKind kind, Long fileId, Long recordedBy,
			Instant recordedAt, String note) {
	}

	public enum ReceiptKind {

		SCAN("回执扫描件"), CONFIRMATION("工作人员确认");

		private final String label;

		ReceiptKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The same delivery with what it hands over (read separately). */
	public Delivery withItems(List<Item> items) {
		return new Delivery(id, caseId, caseNumber, siteId, title, outcome, instant, method, state, applicantKind,
				applicantName, applicantPhone, recipient, recipientPhone, address, items, pickup, mailing, receipt,
				concludedAt, deliveredAt, createdAt, updatedAt, version);
	}

	/** The version the clerk saw must still be the current one. */
	public Delivery requireVersion(int seen) {
		if (seen != version) {
			throw DomainException.conflict("delivery.changed", caseNumber);
		}
		return this;
	}

	/** 领取: handed over at the counter after the identity check and the typed signature. */
	public Delivery pickUp(Pickup pickup, Instant now) {
		requireState(DeliveryState.READY_FOR_PICKUP);
		return with(DeliveryState.PICKED_UP, pickup, mailing, receipt, now);
	}

	/** 寄出: handed to the carrier with a tracking number. */
	public Delivery mail(Mailing mailing) {
		requireState(DeliveryState.TO_BE_MAILED);
		return with(DeliveryState.MAILED, pickup, mailing, receipt, deliveredAt);
	}

	/**
	 * 签收: the recipient signed for the mailing; the 回执 is archived.
	 *
	 * @throws DomainException 400 when the date lies before the mailing or after today
	 */
	public Delivery sign(Receipt receipt, Instant now, ZoneId zone) {
		requireState(DeliveryState.MAILED);
		LocalDate mailedOn = LocalDate.ofInstant(mailing.mailedAt(), zone);
		LocalDate today = LocalDate.ofInstant(now, zone);
		if (receipt.signedOn().isBefore(mailedOn) || receipt.signedOn().isAfter(today)) {
			throw DomainException.badRequest("delivery.signed-on-invalid", receipt.signedOn().toString(),
					mailedOn.toString(), today.toString());
		}
		return with(DeliveryState.SIGNED, pickup, mailing, receipt, now);
	}

	/**
	 * @throws DomainException 409 naming the current state when the delivery is not in {@code expected}
	 */
	public void requireState(DeliveryState expected) {
		if (state != expected) {
			throw DomainException.conflict("delivery.wrong-state", caseNumber, state.label(), expected.label());
		}
	}

	private Delivery with(DeliveryState state, Pickup pickup, Mailing mailing, Receipt receipt, Instant deliveredAt) {
		return new Delivery(id, caseId, caseNumber, siteId, title, outcome, instant, method, state, applicantKind,
				applicantName, applicantPhone, recipient, recipientPhone, address, items, pickup, mailing, receipt,
				concludedAt, deliveredAt, createdAt, updatedAt, version);
	}
}
