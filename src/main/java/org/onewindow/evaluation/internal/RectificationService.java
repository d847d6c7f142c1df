package org.onewindow.evaluation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.evaluation.BadRatingReceived;
import org.onewindow.evaluation.RectificationClosed;
import org.onewindow.evaluation.RectificationReopened;
import org.onewindow.evaluation.internal.EvaluationRecords.Rating;
import org.onewindow.evaluation.internal.EvaluationRecords.Rectification;
import org.onewindow.platform.DomainException;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffManagement;
import org.onewindow.staff.StaffSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rectification (整改) of a 差评: 回访 within {@code callBackDays} working days, 核实, 整改反馈 within
 * {@code feedbackDays} working days after the rating, each with text and staff member; the department may appeal a
 * malicious rating (申诉复核), a supervisor decides.
 */
@Service
@Transactional
public class RectificationService {

	private final EvaluationRepository repository;
	private final WorkingCalendar calendar;
	private final EvaluationProperties properties;
	private final StaffManagement staff;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RectificationService(EvaluationRepository repository, WorkingCalendar calendar, EvaluationProperties properties,
			StaffManagement staff, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.calendar = calendar;
		this.properties = properties;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	/** The deadlines of a rectification opened on {@code openedOn} (the day of the 差评 is not counted). */
	public record Deadlines(LocalDate callBackDue, LocalDate feedbackDue) {
	}

	public Deadlines deadlines(LocalDate openedOn) {
		return new Deadlines(calendar.addWorkingDays(openedOn, properties.callBackDays()),
				calendar.addWorkingDays(openedOn, properties.feedbackDays()));
	}

	/** Opens the rectification of a 差评 and tells the issue ledger. */
	long open(Rating rating, String service) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		var due = deadlines(today);
		String reason = String.join("、", rating.reasons())
				+ (rating.comment() == null || rating.comment().isBlank() ? ""
						: (rating.reasons().isEmpty() ? "" : "；") + rating.comment());
		long id = repository.insertRectification(rating.id(), rating.siteId(), rating.departmentId(),
				rating.staffId(), service, reason, today, now, due.callBackDue(), due.feedbackDue());
		events.publishEvent(new BadRatingReceived(rating.id(), id, rating.siteId(), rating.departmentId(),
				rating.staffId(), service, rating.level().label() + "：" + reason, due.feedbackDue(), now));
		return id;
	}

	/** The lamp of an open rectification: red when its next deadline passed, yellow from 2/3 of the time used. */
	public String light(Rectification r) {
		return light(r, LocalDate.now(clock));
	}

	/** The lamp on a given day. */
	public String light(Rectification r, LocalDate today) {
		if (!r.open()) {
			return "NONE";
		}
		LocalDate due = r.callBackAt() == null ? r.callBackDue() : r.feedbackDue();
		if (today.isAfter(due)) {
			return "RED";
		}
		int total = Math.max(1, calendar.workingDaysBetween(r.roundOpenedOn(), due));
		int used = calendar.workingDaysBetween(r.roundOpenedOn(), today);
		return used * 3 >= total * 2 ? "YELLOW" : "GREEN";
	}

	@Transactional(readOnly = true)
	public List<Rectification> inbox(boolean openOnly) {
		var me = staff.current();
		var scope = staff.currentScope();
		if (me.hasRole(Role.SITE_ADMIN) || me.hasRole(Role.SUPERVISOR)) {
			return repository.rectifications(scope.asArray(), null, openOnly);
		}
		if (me.departmentId() == null) {
			return List.of();
		}
		return repository.rectifications(scope.asArray(), me.departmentId(), openOnly);
	}

	@Transactional(readOnly = true)
	public Rectification get(long id) {
		var r = repository.rectification(id)
			.orElseThrow(() -> DomainException.notFound("evaluation.rectification-not-found", id));
		if (!visible(r, staff.current())) {
			throw DomainException.notFound("evaluation.rectification-not-found", id);
		}
		return r;
	}

	private boolean visible(Rectification r, StaffSummary me) {
		if (!staff.currentScope().includes(r.siteId())) {
			return false;
		}
		return me.hasRole(Role.SITE_ADMIN) || me.hasRole(Role.SUPERVISOR)
				|| (me.departmentId() != null && me.departmentId().equals(r.departmentId()));
	}

	public Rectification callBack(long id, int version, String text) {
		var r = openOne(id);
		if (r.callBackAt() != null) {
			throw DomainException.conflict("evaluation.step-done", "回访");
		}
		record(r, version, "call_back", text);
		return get(id);
	}

	public Rectification verify(long id, int version, String text) {
		var r = openOne(id);
		if (r.callBackAt() == null) {
			throw DomainException.conflict("evaluation.step-out-of-order", "核实", "回访");
		}
		if (r.verifyAt() != null) {
			throw DomainException.conflict("evaluation.step-done", "核实");
		}
		record(r, version, "verify", text);
		return get(id);
	}

	/** 整改反馈: the last step; the rectification is closed. */
	public Rectification feedback(long id, int version, String text) {
		var r = openOne(id);
		if (r.verifyAt() == null) {
			throw DomainException.conflict("evaluation.step-out-of-order", "整改反馈", "核实");
		}
		if (r.appealPending()) {
			throw DomainException.conflict("evaluation.appeal-pending");
		}
		record(r, version, "feedback", text);
		var done = repository.rectification(id).orElseThrow();
		// a reopened rectification is on time only when every round was
		boolean onTime = !Boolean.FALSE.equals(done.earlierOnTime())
				&& !date(done.callBackAt()).isAfter(done.callBackDue())
				&& !date(done.feedbackAt()).isAfter(done.feedbackDue());
		Instant now = clock.instant();
		repository.close(id, onTime, false, now);
		events.publishEvent(new RectificationClosed(id, done.round(), onTime, false, text, now));
		return get(id);
	}

	/**
	 * The citizen's 追评 on a rated service (called in the 追评's transaction): still a 差评 on a closed rectification
	 * → it is reopened for another round (回访, 核实, 整改反馈) with deadlines counted from today, and the ledger and
	 * the owner hear of it (RectificationReopened; the reminder job tells the department); still a 差评 on an open
	 * one → nothing more (it goes on, the 追评 is shown); satisfied → the rectification's 回访 result. An annulled
	 * rectification (malicious on appeal) is never reopened.
	 */
	void followedUp(long ratingId, Level level, String comment) {
		var found = repository.rectificationOfRating(ratingId);
		if (found.isEmpty()) {
			return;
		}
		var r = found.get();
		Instant now = clock.instant();
		if (!level.bad()) {
			repository.recordRevisit(r.id(), level, comment, now);
			return;
		}
		if (r.open() || r.annulled()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		var due = deadlines(today);
		String reason = "群众追评" + level.label() + (comment == null ? "" : "：" + comment);
		if (repository.reopen(r.id(), today, now, reason, due.callBackDue(), due.feedbackDue())) {
			events.publishEvent(new RectificationReopened(r.id(), r.round() + 1, due.feedbackDue(), reason, now));
		}
	}

	@Transactional(readOnly = true)
	public List<EvaluationRepository.Round> earlierRounds(long id) {
		return repository.rounds(id);
	}

	/** 申诉复核: the department holds the rating malicious; once per rectification. */
	public Rectification appeal(long id, int version, String text) {
		var r = openOne(id);
		if (r.appealAt() != null) {
			throw DomainException.conflict("evaluation.appeal-exists");
		}
		record(r, version, "appeal", text);
		return get(id);
	}

	/** A supervisor decides an appeal: approved annuls the rating and closes the rectification. */
	public Rectification decide(long id, int version, boolean approve, String text) {
		var me = staff.current();
		if (!me.hasRole(Role.SUPERVISOR)) {
			throw DomainException.forbidden("evaluation.decision-needs-supervisor");
		}
		var r = openOne(id);
		if (!r.appealPending()) {
			throw DomainException.conflict("evaluation.no-appeal-pending");
		}
		if (!repository.decideAppeal(id, version, approve ? "APPROVED" : "DECLINED", text, me.id(),
				clock.instant())) {
			throw DomainException.conflict("evaluation.rectification-changed", id);
		}
		if (approve) {
			Instant now = clock.instant();
			LocalDate today = LocalDate.now(clock);
			boolean onTime = !Boolean.FALSE.equals(r.earlierOnTime()) && (r.callBackAt() == null ? !today.isAfter(r.callBackDue())
					: !date(r.callBackAt()).isAfter(r.callBackDue())) && !today.isAfter(r.feedbackDue());
			repository.annul(r.ratingId());
			repository.close(id, onTime, true, now);
			events.publishEvent(new RectificationClosed(id, r.round(), onTime, true, "申诉复核通过，评价不计入：" + text, now));
		}
		return get(id);
	}

	private Rectification openOne(long id) {
		var r = get(id);
		if (!r.open()) {
			throw DomainException.conflict("evaluation.rectification-closed", id);
		}
		return r;
	}

	private void record(Rectification r, int version, String step, String text) {
		if (!repository.recordStep(r.id(), version, step, text, staff.current().id(), clock.instant())) {
			throw DomainException.conflict("evaluation.rectification-changed", r.id());
		}
	}

	private LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, clock.getZone());
	}
}
