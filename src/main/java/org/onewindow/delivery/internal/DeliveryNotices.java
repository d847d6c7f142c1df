package org.onewindow.delivery.internal;

import java.util.Comparator;
import java.util.Optional;

import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.platform.SmsGateway;
import org.onewindow.shared.InvalidValueException;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.CounterSummary;
import org.onewindow.site.SiteManagement;
import org.springframework.stereotype.Component;

/**
 * The text messages (短信) of a delivery, sent through the {@link SmsGateway} in the caller's transaction.
 */
@Component
class DeliveryNotices {

	/** The signature every text message of the system starts with. */
	static final String SIGNATURE = "【一窗通】";

	/** The ticket category of the unified delivery counter (统一出件). */
	static final String DELIVERY_CATEGORY = "B";

	static final String PURPOSE_READY = "delivery-ready";

	static final String PURPOSE_MAILED = "delivery-mailed";

	private final SmsGateway sms;
	private final SiteManagement sites;

	DeliveryNotices(SmsGateway sms, SiteManagement sites) {
		this.sms = sms;
		this.sites = sites;
	}

	/** What was sent, or why nothing was. */
	record Notice(boolean sent, String phone, String text) {
	}

	/** The result is ready: to be collected at the site's delivery counter, or to be mailed free. */
	Notice ready(Delivery d) {
		if (d.method() == DeliveryMethod.MAIL) {
			return send(mailPhone(d), SIGNATURE + "您的办件%s（%s）已办结，办理结果将免费邮寄给您，寄出后将短信告知快递单号。"
				.formatted(d.caseNumber(), d.title()), PURPOSE_READY);
		}
		String where = sites.getSite(d.siteId()).name() + "统一出件窗口" + deliveryCounter(d.siteId());
		return send(d.applicantPhone(), SIGNATURE + "您的办件%s（%s）已办结，请携带身份证到%s领取。"
			.formatted(d.caseNumber(), d.title(), where), PURPOSE_READY);
	}

	/** The mailing left with its tracking number. */
	Notice mailed(Delivery d) {
		var mailing = d.mailing();
		return send(mailPhone(d), SIGNATURE + "您的办件%s（%s）的办理结果已由%s寄出，快递单号%s，请注意查收；签收后请保管好回执。"
			.formatted(d.caseNumber(), d.title(), mailing.carrier().label(), mailing.trackingNumber()), PURPOSE_MAILED);
	}

	/** "（3号窗口）" when the site has an active counter serving delivery tickets, otherwise nothing. */
	private String deliveryCounter(long siteId) {
		return sites.countersOf(siteId)
			.stream()
			.filter(CounterSummary::active)
			.filter(c -> c.categories().contains(DELIVERY_CATEGORY))
			.min(Comparator.comparingInt(CounterSummary::number))
			.map(c -> "（" + c.name() + "）")
			.orElse("");
	}

	private static String mailPhone(Delivery d) {
		return d.recipientPhone() != null ? d.recipientPhone() : d.applicantPhone();
	}

	private Notice send(String phone, String text, String purpose) {
		Optional<PhoneNumber> number = mobile(phone);
		if (number.isEmpty()) {
			return new Notice(false, null, text);
		}
		sms.send(number.get().value(), text, purpose);
		return new Notice(true, number.get().masked(), text);
	}

	private static Optional<PhoneNumber> mobile(String phone) {
		if (phone == null || phone.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(PhoneNumber.of(phone));
		}
		catch (InvalidValueException ex) {
			return Optional.empty();
		}
	}
}
