package org.onewindow.improvement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.shared.Texts;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.staff.DueReminder;
import org.onewindow.staff.ReminderLight;
import org.onewindow.staff.ReminderRecipients;
import org.onewindow.staff.ReminderSource;
import org.onewindow.staff.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办提醒 of the issue ledger (问题台账): an open entry of its own (金点子, 人工登记) whose light turned yellow or red
 * reminds the site's administrators, who keep the ledger. Entries fed by 差评整改 and 办不成事 are reminded of by
 * their own modules (the same item is not announced twice).
 */
@Component
class IssueReminders implements ReminderSource {

	static final String SOURCE = "improvement-issue";

	private final IssueRepository issues;
	private final WorkingCalendar calendar;

	IssueReminders(IssueRepository issues, WorkingCalendar calendar) {
		this.issues = issues;
		this.calendar = calendar;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueReminder> dueReminders(LocalDate today) {
		var due = new ArrayList<DueReminder>();
		for (Issue i : issues.openClosedHere()) {
			ReminderLight light = ReminderLight
				.warning(Light.of(false, i.openedOn(), i.dueOn(), today, calendar).name());
			if (light == null) {
				continue;
			}
			String title = Texts.abbreviate(i.title(), 30);
			due.add(new DueReminder(SOURCE, Long.toString(i.id()), light,
					"问题台账（" + i.source().label() + "）" + title + " " + light.label() + "，整改期限 " + i.dueOn(),
					"【一窗通】问题台账 " + title + " " + light.phrase() + "，整改期限 " + i.dueOn() + "，请及时处理。",
					"/improvement/issues?focus=" + i.id(), ReminderRecipients.ofSite(i.siteId(), null, Role.SITE_ADMIN)));
		}
		return due;
	}
}
