package org.onewindow.approval.internal;

import java.time.Clock;
import java.util.List;

import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.approval.internal.ApprovalAccess.Approver;
import org.onewindow.approval.internal.ApprovalAccess.Overseer;
import org.onewindow.approval.internal.LegalClock.PauseKind;
import org.onewindow.platform.CurrentStaff;
import org.onewindow.platform.DomainException;
import org.onewindow.staff.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stopping and restarting a case's clock by hand: special procedures (特别程序: 公示, 专家评审, 检测 …) started and
 * ended by the department holding the case; suspensions (挂起) asked for by that department, which stop the clock
 * only once a supervisor or site administrator of the case's scope approved them (never their own request).
 */
@Service
@Transactional
public class PauseService {

	private final CaseClockRepository clocks;
	private final PauseRepository pauses;
	private final ApprovalAccess access;
	private final ClockKeeper keeper;
	private final CaseLifecycle lifecycle;
	private final CurrentStaff currentStaff;
	private final Clock clock;

	PauseService(CaseClockRepository clocks, PauseRepository pauses, ApprovalAccess access, ClockKeeper keeper,
			CaseLifecycle lifecycle, CurrentStaff currentStaff, Clock clock) {
		this.clocks = clocks;
		this.pauses = pauses;
		this.access = access;
		this.keeper = keeper;
		this.lifecycle = lifecycle;
		this.currentStaff = currentStaff;
		this.clock = clock;
	}

	public ClockPause startSpecialProcedure(long caseId, String procedure, String reason, int expectedDays) {
		Approver me = access.approver();
		CaseClock caseClock = heldCase(caseId, me);
		long id = pauses.insert(caseId, PauseKind.SPECIAL_PROCEDURE, procedure, reason, List.of(), expectedDays,
				PauseState.ACTIVE, keeper.today(), null, me.id(), clock.instant());
		Progress.record(lifecycle, caseId, "进入特别程序「" + procedure + "」（预计 " + expectedDays + " 个工作日），期间不计入办理时限");
		return find(caseClock.caseId(), id);
	}

	public ClockPause endSpecialProcedure(long caseId, long pauseId) {
		Approver me = access.approver();
		CaseClock caseClock = heldCase(caseId, me);
		ClockPause pause = pauseOf(caseId, pauseId, PauseKind.SPECIAL_PROCEDURE);
		if (pause.taskId() != null) {
			throw DomainException.conflict("approval.pause-of-step", pause.procedureName());
		}
		requireState(pause, PauseState.ACTIVE);
		pauses.end(pauseId, PauseState.ENDED, keeper.today(), me.id(), clock.instant());
		keeper.refresh(caseClock, "特别程序「" + pause.procedureName() + "」结束");
		return find(caseId, pauseId);
	}

	public ClockPause requestSuspension(long caseId, String reason) {
		Approver me = access.approver();
		heldCase(caseId, me);
		boolean pending = pauses.ofCase(caseId)
			.stream()
			.anyMatch(p -> p.kind() == PauseKind.SUSPENSION
					&& (p.state() == PauseState.REQUESTED || p.state() == PauseState.ACTIVE));
		if (pending) {
			throw DomainException.conflict("approval.suspension-open");
		}
		long id = pauses.insert(caseId, PauseKind.SUSPENSION, null, reason, List.of(), null, PauseState.REQUESTED, null,
				null, me.id(), clock.instant());
		return find(caseId, id);
	}

	/** A supervisor or site administrator approves a suspension: from now on the clock stands still. */
	public ClockPause approveSuspension(long caseId, long pauseId) {
		Overseer me = overseer();
		CaseClock caseClock = overseenCase(caseId, me);
		ClockPause pause = pauseOf(caseId, pauseId, PauseKind.SUSPENSION);
		requireState(pause, PauseState.REQUESTED);
		if (pause.requestedBy() != null && pause.requestedBy() == me.id()) {
			throw DomainException.forbidden("approval.own-suspension");
		}
		pauses.approve(pauseId, me.id(), keeper.today(), clock.instant());
		Progress.record(lifecycle, caseClock.caseId(), "办件挂起：" + pause.reason() + "，挂起期间不计入办理时限");
		return find(caseId, pauseId);
	}

	/** A supervisor or site administrator declines a suspension: the clock never stopped. */
	public ClockPause declineSuspension(long caseId, long pauseId) {
		Overseer me = overseer();
		overseenCase(caseId, me);
		ClockPause pause = pauseOf(caseId, pauseId, PauseKind.SUSPENSION);
		requireState(pause, PauseState.REQUESTED);
		pauses.end(pauseId, PauseState.CANCELLED, null, me.id(), clock.instant());
		return find(caseId, pauseId);
	}

	/** The department holding the case, or a supervisor or site administrator, resumes a suspended case. */
	public ClockPause resumeSuspension(long caseId, long pauseId) {
		CaseClock caseClock;
		long staffId;
		if (currentStaff.hasRole(Role.SUPERVISOR.name()) || currentStaff.hasRole(Role.SITE_ADMIN.name())) {
			Overseer me = overseer();
			caseClock = overseenCase(caseId, me);
			staffId = me.id();
		}
		else {
			Approver me = access.approver();
			caseClock = heldCase(caseId, me);
			staffId = me.id();
		}
		ClockPause pause = pauseOf(caseId, pauseId, PauseKind.SUSPENSION);
		requireState(pause, PauseState.ACTIVE);
		pauses.end(pauseId, PauseState.ENDED, keeper.today(), staffId, clock.instant());
		keeper.refresh(caseClock, "办件恢复办理");
		return find(caseId, pauseId);
	}

	// --- helpers

	/** The case, locked, in approval, with a task of the approver's department in hand in their scope (else 404). */
	private CaseClock heldCase(long caseId, Approver me) {
		if (!access.holdsCase(caseId, me)) {
			throw DomainException.notFound("approval.case-not-found", caseId);
		}
		CaseClock caseClock = clocks.lock(caseId)
			.orElseThrow(() -> DomainException.notFound("approval.case-not-found", caseId));
		requireOpen(caseClock);
		return caseClock;
	}

	private CaseClock overseenCase(long caseId, Overseer me) {
		CaseClock caseClock = clocks.lock(caseId)
			.filter(c -> access.caseInScope(c, me.scope()))
			.orElseThrow(() -> DomainException.notFound("approval.case-not-found", caseId));
		requireOpen(caseClock);
		return caseClock;
	}

	private Overseer overseer() {
		Overseer me = access.overseer();
		if (me == null) {
			throw DomainException.forbidden("auth.forbidden");
		}
		return me;
	}

	private static void requireOpen(CaseClock caseClock) {
		if (!caseClock.open()) {
			throw DomainException.conflict("approval.case-closed", caseClock.caseNumber());
		}
	}

	private ClockPause pauseOf(long caseId, long pauseId, PauseKind kind) {
		return pauses.findForUpdate(pauseId)
			.filter(p -> p.caseId() == caseId && p.kind() == kind)
			.orElseThrow(() -> DomainException.notFound("approval.pause-not-found", pauseId));
	}

	private static void requireState(ClockPause pause, PauseState expected) {
		if (pause.state() != expected) {
			throw DomainException.conflict("approval.pause-state", pause.title(), pause.state().label());
		}
	}

	private ClockPause find(long caseId, long pauseId) {
		return pauses.ofCase(caseId).stream().filter(p -> p.id() == pauseId).findFirst().orElseThrow();
	}
}
