package org.onewindow.site.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.stream.Collectors;

import org.onewindow.site.DayKind;
import org.onewindow.site.WorkingCalendar;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The working calendar backed by the database. Deadlines are computed on every case, so the calendar is held in
 * memory; it is reloaded at once on this node when an administrator edits it and at most {@link #REFRESH} later
 * on the other nodes (the database stays the only source of truth).
 */
@Component
class CachingWorkingCalendar implements WorkingCalendar, InitializingBean {

	static final Duration REFRESH = Duration.ofSeconds(30);

	private final CalendarRepository repository;
	private final Clock clock;
	private volatile Snapshot snapshot;

	CachingWorkingCalendar(CalendarRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		OfficialHolidays.load()
			.stream()
			.collect(Collectors.groupingBy(day -> day.date().getYear()))
			.forEach(repository::loadOfficialYear);
		reload();
	}

	void reload() {
		var exceptions = new HashMap<LocalDate, DayKind>();
		repository.findAll().forEach(day -> exceptions.put(day.date(), day.kind()));
		snapshot = new Snapshot(new CalendarRules(exceptions, repository.coveredYears()), clock.instant());
	}

	private CalendarRules rules() {
		var current = snapshot;
		if (current.loadedAt().plus(REFRESH).isBefore(clock.instant())) {
			reload();
			current = snapshot;
		}
		return current.rules();
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return rules().isWorkingDay(date);
	}

	@Override
	public boolean isHoliday(LocalDate date) {
		return rules().isHoliday(date);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		return rules().addWorkingDays(start, days);
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return rules().workingDaysBetween(from, to);
	}

	@Override
	public LocalDate nextWorkingDayFrom(LocalDate date) {
		return rules().nextWorkingDayFrom(date);
	}

	@Override
	public boolean covers(int year) {
		return rules().covers(year);
	}

	private record Snapshot(CalendarRules rules, Instant loadedAt) {
	}
}
