package org.onewindow.staff.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.platform.SmsGateway;
import org.onewindow.staff.DueReminder;
import org.onewindow.staff.ReminderRecipients;
import org.onewindow.staff.ReminderSource;
import org.onewindow.staff.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 催办提醒: asks every {@link ReminderSource} (approval, evaluation, escalation, improvement) for its yellow and red
 * items and reminds their responsible staff once per item and light — a line in each staff member's 提醒 list and,
 * when the account has a phone number, a text message through the {@link SmsGateway} outbox. Every node runs the
 * job; each reminder is one transaction whose {@code insert … on conflict do nothing} on
 * {@code (source, item_key, light)} decides whether anything is sent, so two nodes (or a restart) never remind
 * twice, and the text messages are in the same transaction as the row that records them.
 */
@Component
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final List<ReminderSource> sources;
	private final ReminderRepository repository;
	private final SmsGateway sms;
	private final ReminderProperties properties;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Reminders(List<ReminderSource> sources, ReminderRepository repository, SmsGateway sms,
			ReminderProperties properties, PlatformTransactionManager transactionManager, Clock clock) {
		this.sources = sources;
		this.repository = repository;
		this.sms = sms;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Scheduled(initialDelay = 60_000, fixedDelayString = "${onewindow.reminders.interval:10m}")
	void scheduled() {
		if (properties.enabled()) {
			run();
		}
	}

	/** One round over every source; answers how many reminders were made (0 when all were sent before). */
	public int run() {
		LocalDate today = LocalDate.now(clock);
		int made = 0;
		for (ReminderSource source : sources) {
			List<DueReminder> due;
			try {
				due = source.dueReminders(today);
			}
			catch (RuntimeException ex) {
				// one module's failure must not keep the others' reminders back
				log.warn("Reminders: {} failed to list its items", source.getClass().getSimpleName(), ex);
				continue;
			}
			for (DueReminder reminder : due) {
				if (Boolean.TRUE.equals(transactions.execute(status -> remind(reminder)))) {
					made++;
				}
			}
		}
		if (made > 0) {
			log.info("Reminders: {} yellow or red items reminded of", made);
		}
		return made;
	}

	private boolean remind(DueReminder due) {
		Instant now = clock.instant();
		var id = repository.insert(due, now);
		if (id.isEmpty()) {
			return false;
		}
		var recipients = repository.resolve(due.recipients());
		if (recipients.isEmpty() && due.recipients().siteId() != null) {
			// nobody named is active, or nobody of the department (or role) at the site: the site's administrators
			// answer for it
			recipients = repository.resolve(ReminderRecipients.ofSite(due.recipients().siteId(), null, Role.SITE_ADMIN));
		}
		for (var recipient : recipients) {
			Long smsId = properties.sms() && recipient.phone() != null
					? sms.send(recipient.phone(), due.smsText(), "staff-reminder") : null;
			repository.addRecipient(id.get(), recipient.staffId(), smsId);
		}
		return true;
	}
}
