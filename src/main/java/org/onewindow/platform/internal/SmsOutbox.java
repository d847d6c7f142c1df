package org.onewindow.platform.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.onewindow.platform.CurrentStaff;
import org.onewindow.platform.DemoMode;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.PagedResult;
import org.onewindow.platform.SmsGateway;
import org.onewindow.shared.InvalidValueException;
import org.onewindow.shared.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default {@link SmsGateway}: the outbox table {@code pf_sms_outbox} (短信发件箱). The row joins the caller's
 * transaction, so a rolled-back business change leaves no message behind. No external provider is reachable here:
 * the messages stay {@link SmsStatus#PENDING} and administrators read them in the outbox. The table keeps the whole
 * text (the provider relay sends it), but the list shows the one-time codes masked ({@link OneTimeCodes}): whoever
 * reads a citizen's sign-in code can sign in as that citizen. Only a system administrator of the demo
 * ({@link DemoMode}), which has no provider, reads them whole. A provider relay would claim due {@code PENDING} rows
 * and mark them sent.
 */
@Component
public class SmsOutbox implements SmsGateway {

	public static final int MAX_TEXT_LENGTH = 500;

	private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private static final Pattern DIGITS = Pattern.compile("\\d{3,11}");

	private final JdbcClient jdbc;
	private final Clock clock;
	private final DemoMode demoMode;
	private final CurrentStaff currentStaff;

	SmsOutbox(JdbcClient jdbc, Clock clock, DemoMode demoMode, CurrentStaff currentStaff) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.demoMode = demoMode;
		this.currentStaff = currentStaff;
	}

	@Override
	@Transactional
	public long send(String phone, String text, String purpose) {
		var number = PhoneNumber.of(phone);
		if (text == null || text.isBlank()) {
			throw DomainException.badRequest("sms.text-required");
		}
		int length = text.codePointCount(0, text.length());
		if (length > MAX_TEXT_LENGTH) {
			throw DomainException.badRequest("sms.text-too-long", String.valueOf(length),
					String.valueOf(MAX_TEXT_LENGTH));
		}
		if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
			throw DomainException.badRequest("sms.purpose-invalid", purpose == null ? "" : purpose);
		}
		return jdbc.sql("""
				insert into pf_sms_outbox (phone, text, purpose, created_at, status)
				values (:phone, :text, :purpose, :createdAt, 'PENDING')
				returning id
				""")
			.param("phone", number.value())
			.param("text", text)
			.param("purpose", purpose)
			.param("createdAt", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
	}

	/**
	 * The outbox newest first, one-time codes masked unless {@link #codesReadable()}.
	 *
	 * @param phone a whole mobile number (exact match) or 3 to 11 of its digits (contained), or {@code null}
	 * @param purpose the purpose code, or {@code null} for all
	 */
	@Transactional(readOnly = true)
	public PagedResult<SmsMessage> list(String phone, String purpose, int page, int size) {
		String exactPhone = null;
		String phoneDigits = null;
		if (phone != null && !phone.isBlank()) {
			try {
				exactPhone = PhoneNumber.of(phone).value();
			}
			catch (InvalidValueException ex) {
				String digits = phone.strip().replaceAll("[\\s-]", "");
				if (!DIGITS.matcher(digits).matches()) {
					throw DomainException.badRequest("sms.phone-filter-invalid", phone.strip());
				}
				phoneDigits = digits;
			}
		}
		String purposeCode = purpose == null || purpose.isBlank() ? null : purpose.strip();
		String where = """
				where (cast(:phone as text) is null or phone = :phone)
				  and (cast(:digits as text) is null or strpos(phone, :digits) > 0)
				  and (cast(:purpose as text) is null or purpose = :purpose)
				""";
		long total = jdbc.sql("select count(*) from pf_sms_outbox " + where)
			.param("phone", exactPhone)
			.param("digits", phoneDigits)
			.param("purpose", purposeCode)
			.query(Long.class)
			.single();
		ZoneId zone = clock.getZone();
		boolean codesReadable = codesReadable();
		List<SmsMessage> content = jdbc.sql("""
				select id, phone, text, purpose, created_at, status, attempts, sent_at, last_error
				from pf_sms_outbox
				""" + where + " order by created_at desc, id desc limit :limit offset :offset")
			.param("phone", exactPhone)
			.param("digits", phoneDigits)
			.param("purpose", purposeCode)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> {
				var status = SmsStatus.valueOf(rs.getString("status"));
				var sentAt = rs.getObject("sent_at", OffsetDateTime.class);
				String purposeOfRow = rs.getString("purpose");
				String text = rs.getString("text");
				return new SmsMessage(rs.getLong("id"), rs.getString("phone"),
						codesReadable ? text : OneTimeCodes.mask(purposeOfRow, text), purposeOfRow,
						rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
						status, status.label(), rs.getInt("attempts"),
						sentAt == null ? null : sentAt.atZoneSameInstant(zone).toOffsetDateTime(),
						rs.getString("last_error"));
			})
			.list();
		return new PagedResult<>(content, page, size, total);
	}

	/**
	 * Whether the current staff member reads one-time codes whole: only a system administrator, and only in the demo
	 * (no SMS provider, the demo's citizens read their code in the outbox). A site administrator never does.
	 */
	public boolean codesReadable() {
		return demoMode.enabled() && currentStaff.hasRole("SYS_ADMIN");
	}

	/** The purposes that occur in the outbox, for the filter. */
	@Transactional(readOnly = true)
	public List<String> purposes() {
		return jdbc.sql("select distinct purpose from pf_sms_outbox order by purpose").query(String.class).list();
	}

	/** Where a message is on its way out. */
	public enum SmsStatus {

		PENDING("待发送"), SENT("已发送"), FAILED("发送失败");

		private final String label;

		SmsStatus(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One message as administrators see it: the whole number and the text, its one-time codes masked. */
	public record SmsMessage(long id, String phone, String text, String purpose, OffsetDateTime createdAt,
			SmsStatus status, String statusLabel, int attempts, OffsetDateTime sentAt, String lastError) {
	}
}
