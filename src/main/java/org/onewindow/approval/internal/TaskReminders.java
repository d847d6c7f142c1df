package org.onewindow.approval.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onewindow.shared.Texts;
import org.onewindow.staff.DueReminder;
import org.onewindow.staff.ReminderLight;
import org.onewindow.staff.ReminderRecipients;
import org.onewindow.staff.ReminderSource;
import org.onewindow.staff.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办提醒 of 审批待办: a task in hand whose case's promised clock (承诺时限, the inbox's light) turned yellow or red
 * reminds the approver holding it, or the approvers of its department at its site while nobody has claimed it. Each
 * task is its own item: when the case moves to the next step, the department holding it now is reminded too. A task
 * past its own step's due date (环节到期, the monitor's 环节超期) while its case is not yet red is reminded of once as
 * well (item {@code <task id>:step}): a step can use up more than its share of the time long before the case is late.
 */
@Component
class TaskReminders implements ReminderSource {

	static final String SOURCE = "approval-task";

	private final TaskRepository tasks;
	private final CaseClockRepository clocks;
	private final PauseRepository pauses;
	private final ClockKeeper keeper;

	TaskReminders(TaskRepository tasks, CaseClockRepository clocks, PauseRepository pauses, ClockKeeper keeper) {
		this.tasks = tasks;
		this.clocks = clocks;
		this.pauses = pauses;
		this.keeper = keeper;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueReminder> dueReminders(LocalDate today) {
		var inHand = tasks.allInHand();
		if (inHand.isEmpty()) {
			return List.of();
		}
		var caseIds = inHand.stream().map(Task::caseId).collect(Collectors.toSet());
		Map<Long, CaseClock> cases = clocks.findAll(caseIds)
			.stream()
			.collect(Collectors.toMap(CaseClock::caseId, Function.identity()));
		var paused = pauses.ofCases(caseIds);
		var due = new ArrayList<DueReminder>();
		for (Task task : inHand) {
			CaseClock c = cases.get(task.caseId());
			if (c == null || c.state() != CaseClock.State.IN_APPROVAL) {
				continue;
			}
			var reading = keeper.read(c, paused.getOrDefault(c.caseId(), List.of()));
			ReminderLight light = ReminderLight.warning(reading.light().name());
			String title = Texts.abbreviate(c.title(), 30);
			var recipients = task.assigneeId() != null ? ReminderRecipients.staffAt(task.assigneeId(), task.siteId())
					: ReminderRecipients.ofSite(task.siteId(), task.departmentId(), Role.APPROVER);
			if (light != ReminderLight.RED && !reading.paused() && today.isAfter(task.dueOn())) {
				// the step's own due date moves with pauses once they end; while one is open it is not read
				due.add(new DueReminder(SOURCE, task.id() + ":step", ReminderLight.STEP_OVERDUE,
						"审批事项 " + c.caseNumber() + " " + title + "（" + task.stepName() + "）环节超期，环节到期 "
								+ task.dueOn(),
						"【一窗通】审批事项 " + c.caseNumber() + " " + title + " 的「" + task.stepName() + "」"
								+ ReminderLight.STEP_OVERDUE.phrase() + "（环节到期 " + task.dueOn() + "），请及时处理。",
						"/approval?task=" + task.id(), recipients));
			}
			if (light == null) {
				continue;
			}
			LocalDate dueOn = reading.dueDate();
			due.add(new DueReminder(SOURCE, Long.toString(task.id()), light,
					"审批事项 " + c.caseNumber() + " " + title + "（" + task.stepName() + "）" + light.label()
							+ "，承诺办结日 " + dueOn,
					"【一窗通】审批事项 " + c.caseNumber() + " " + title + " " + light.phrase() + "，承诺办结日 " + dueOn
							+ "，请及时处理。",
					"/approval?task=" + task.id(), recipients));
		}
		return due;
	}
}
