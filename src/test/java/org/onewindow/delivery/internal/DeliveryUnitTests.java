package org.onewindow.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.delivery.internal.Delivery.CollectorKind;
import org.onewindow.delivery.internal.Delivery.Mailing;
import org.onewindow.delivery.internal.Delivery.Pickup;
import org.onewindow.delivery.internal.Delivery.Receipt;
import org.onewindow.delivery.internal.Delivery.ReceiptKind;
import org.onewindow.platform.DomainException;

class DeliveryUnitTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	// Tuesday 2026-03-10, 10:00 in the hall
	static final Instant NOW = LocalDate.of(2026, 3, 10).atTime(10, 0).atZone(HALL).toInstant();

	static Delivery aDelivery(DeliveryMethod method) {
		var state = method == DeliveryMethod.MAIL ? DeliveryState.TO_BE_MAILED : DeliveryState.READY_FOR_PICKUP;
		return new Delivery(7, 42, "101-20260310-0001", 101, "食品经营许可（新办）", CaseOutcome.APPROVED, false, method,
				state, ApplicantKind.PERSON, "张三", "13912345678", method == DeliveryMethod.MAIL ? "张三" : null,
				method == DeliveryMethod.MAIL ? "13912345678" : null,
				method == DeliveryMethod.MAIL ? "江西省某市某区某路1号" : null, List.of(), null, null, null, NOW, null, NOW,
				NOW, 3);
	}

	static final Pickup PICKUP = new Pickup(CollectorKind.APPLICANT, "张三", "110101********0011", "张三", NOW, 5L);

	@Test
	void aPickupDeliversOnceAndOnlyFromReadyForPickup() {
		var picked = aDelivery(DeliveryMethod.PICKUP).pickUp(PICKUP, NOW);
		assertThat(picked.state()).isEqualTo(DeliveryState.PICKED_UP);
		assertThat(picked.state().isDelivered()).isTrue();
		assertThat(picked.deliveredAt()).isEqualTo(NOW);
		assertThat(picked.pickup()).isEqualTo(PICKUP);
		assertThatThrownBy(() -> picked.pickUp(PICKUP, NOW)).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.code()).isEqualTo("delivery.wrong-state");
			assertThat(e.status().value()).isEqualTo(409);
			assertThat(e.args()).containsExactly("101-20260310-0001", "已领取", "待领取");
		});
		assertThatThrownBy(() -> aDelivery(DeliveryMethod.MAIL).pickUp(PICKUP, NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.args()[1]).isEqualTo("待寄出"));
	}

	@Test
	void aMailingIsMailedThenSignedForWithItsReceipt() {
		var mailing = new Mailing(Carrier.SF, "SF1234567890123", NOW, 5L);
		var mailed = aDelivery(DeliveryMethod.MAIL).mail(mailing);
		assertThat(mailed.state()).isEqualTo(DeliveryState.MAILED);
		assertThat(mailed.deliveredAt()).isNull();
		var receipt = new Receipt(LocalDate.of(2026, 3, 12), "张三", ReceiptKind.SCAN, 99L, 5L, NOW, null);
		Instant later = NOW.plusSeconds(3 * 86400);
		var signed = mailed.sign(receipt, later, HALL);
		assertThat(signed.state()).isEqualTo(DeliveryState.SIGNED);
		assertThat(signed.receipt()).isEqualTo(receipt);
		assertThat(signed.deliveredAt()).isEqualTo(later);
		assertThatThrownBy(() -> signed.mail(mailing)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> aDelivery(DeliveryMethod.MAIL).sign(receipt, later, HALL))
			.as("not mailed yet")
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("delivery.wrong-state"));
	}

	@Test
	void theSignedDateLiesBetweenTheMailingAndToday() {
		var mailed = aDelivery(DeliveryMethod.MAIL).mail(new Mailing(Carrier.EMS, "1234567890123", NOW, 5L));
		Instant later = NOW.plusSeconds(2 * 86400);
		for (LocalDate wrong : List.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13))) {
			var receipt = new Receipt(wrong, null, ReceiptKind.CONFIRMATION, null, 5L, later, null);
			assertThatThrownBy(() -> mailed.sign(receipt, later, HALL)).isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("delivery.signed-on-invalid"));
		}
		var sameDay = new Receipt(LocalDate.of(2026, 3, 10), null, ReceiptKind.CONFIRMATION, null, 5L, NOW, null);
		assertThat(mailed.sign(sameDay, NOW, HALL).state()).isEqualTo(DeliveryState.SIGNED);
	}

	@Test
	void aStaleVersionIsAConflict() {
		var delivery = aDelivery(DeliveryMethod.PICKUP);
		assertThat(delivery.requireVersion(3)).isSameAs(delivery);
		assertThatThrownBy(() -> delivery.requireVersion(2)).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.code()).isEqualTo("delivery.changed");
			assertThat(e.status().value()).isEqualTo(409);
		});
	}
}
