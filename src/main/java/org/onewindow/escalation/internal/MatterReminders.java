package org.onewindow.escalation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.shared.Texts;
import org.onewindow.staff.DueReminder;
import org.onewindow.staff.ReminderLight;
import org.onewindow.staff.ReminderRecipients;
import org.onewindow.staff.ReminderSource;
import org.onewindow.staff.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办提醒 of 办不成事 matters: an open matter whose light turned yellow or red reminds its first-contact owner
 * (首问负责人), or the site's administrators while an online matter has no owner yet.
 */
@Component
class MatterReminders implements ReminderSource {

	static final String SOURCE = "escalation-matter";

	private final MatterRepository matters;
	private final Deadlines deadlines;

	MatterReminders(MatterRepository matters, Deadlines deadlines) {
		this.matters = matters;
		this.deadlines = deadlines;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueReminder> dueReminders(LocalDate today) {
		var due = new ArrayList<DueReminder>();
		for (Matter m : matters.open()) {
			ReminderLight light = ReminderLight
				.warning(deadlines.light(m.state(), m.registeredOn(), m.dueOn(), today).name());
			if (light == null) {
				continue;
			}
			String summary = Texts.abbreviate(m.summary(), 20);
			var recipients = m.ownerStaffId() != null ? ReminderRecipients.staffAt(m.ownerStaffId(), m.siteId())
					: ReminderRecipients.ofSite(m.siteId(), null, Role.SITE_ADMIN);
			due.add(new DueReminder(SOURCE, Long.toString(m.id()), light,
					"办不成事 " + m.number() + " " + summary + " " + light.label() + "，办结期限 " + m.dueOn(),
					"【一窗通】办不成事 " + m.number() + "（" + summary + "）" + light.phrase() + "，办结期限 "
							+ m.dueOn() + "，请及时处理。",
					"/escalation/matters/" + m.id(), recipients));
		}
		return due;
	}
}
