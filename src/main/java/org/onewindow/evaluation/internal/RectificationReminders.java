package org.onewindow.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.evaluation.internal.EvaluationRecords.Rectification;
import org.onewindow.shared.Texts;
import org.onewindow.staff.DueReminder;
import org.onewindow.staff.ReminderLight;
import org.onewindow.staff.ReminderRecipients;
import org.onewindow.staff.ReminderSource;
import org.onewindow.staff.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办提醒 of 差评整改: an open rectification whose next deadline (回访, then 整改反馈) turned yellow or red reminds
 * the staff of its department at the site, or the site's administrators when it belongs to the site. Each step is its
 * own item, so 回访 and 整改反馈 each get their yellow and red reminder; a rectification reopened by the citizen's 追评
 * is a new item for its round, and its department first gets a notice that it was reopened.
 */
@Component
class RectificationReminders implements ReminderSource {

	static final String SOURCE = "evaluation-rectification";

	private final EvaluationRepository repository;
	private final RectificationService rectifications;

	RectificationReminders(EvaluationRepository repository, RectificationService rectifications) {
		this.repository = repository;
		this.rectifications = rectifications;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueReminder> dueReminders(LocalDate today) {
		var due = new ArrayList<DueReminder>();
		for (Rectification r : repository.openRectifications()) {
			String service = Texts.abbreviate(r.service(), 30);
			var recipients = r.departmentId() != null ? ReminderRecipients.ofSite(r.siteId(), r.departmentId())
					: ReminderRecipients.ofSite(r.siteId(), null, Role.SITE_ADMIN);
			// round 1 keeps the plain id; a rectification reopened by a 追评 is a new item per round
			String item = r.round() == 1 ? Long.toString(r.id()) : r.id() + "#" + r.round();
			String link = "/evaluation/rectifications/" + r.id();
			if (r.round() > 1) {
				due.add(new DueReminder(SOURCE, item + ":reopened", ReminderLight.NOTICE,
						"差评整改 " + service + " 因群众追评不满意重新打开（第 " + r.round() + " 轮），回访期限 "
								+ r.callBackDue() + "，整改反馈期限 " + r.feedbackDue(),
						"【一窗通】差评整改 " + service + " 因群众追评仍不满意已重新打开，请于 " + r.callBackDue() + " 前回访、"
								+ r.feedbackDue() + " 前完成整改反馈。",
						link, recipients));
			}
			ReminderLight light = ReminderLight.warning(rectifications.light(r, today));
			if (light == null) {
				continue;
			}
			boolean callBack = r.callBackAt() == null;
			String step = callBack ? "回访" : "整改反馈";
			LocalDate dueOn = callBack ? r.callBackDue() : r.feedbackDue();
			due.add(new DueReminder(SOURCE, item + ":" + (callBack ? "call-back" : "feedback"), light,
					"差评整改（" + step + "）" + service + " " + light.label() + "，期限 " + dueOn,
					"【一窗通】差评整改 " + service + " 的" + step + light.phrase() + "，期限 " + dueOn + "，请及时处理。",
					link, recipients));
		}
		return due;
	}
}
