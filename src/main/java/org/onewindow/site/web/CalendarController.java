package org.onewindow.site.web;

import java.time.LocalDate;
import java.util.List;

import org.onewindow.site.DayKind;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.site.internal.CalendarRepository;
import org.onewindow.site.internal.CalendarRepository.CalendarDay;
import org.onewindow.site.internal.SiteAdministration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The working-day calendar (工作日历): official holidays and make-up working days. Any staff member reads it; only a
 * system administrator edits it, because it is county-wide: a day changed here moves the legal due dates of every case
 * of every site (a site administrator, of the county centre or of a town, gets 403).
 */
@Tag(name = "工作日历")
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

	private final CalendarRepository calendar;
	private final WorkingCalendar workingCalendar;
	private final SiteAdministration administration;

	CalendarController(CalendarRepository calendar, WorkingCalendar workingCalendar,
			SiteAdministration administration) {
		this.calendar = calendar;
		this.workingCalendar = workingCalendar;
		this.administration = administration;
	}

	@Operation(summary = "某年的节假日与调休上班日")
	@GetMapping("/{year}")
	YearResponse year(@PathVariable @Min(2000) @Max(2100) int year) {
		return new YearResponse(year, workingCalendar.covers(year),
				calendar.findYear(year).stream().map(DayResponse::of).toList());
	}

	@Operation(summary = "推算工作日：从某日起第 N 个工作日（次日起算）")
	@GetMapping("/working-days")
	WorkingDaysResponse workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @Min(0) @Max(2500) int days) {
		return new WorkingDaysResponse(from, days, workingCalendar.addWorkingDays(from, days));
	}

	@Operation(summary = "设置某日为节假日或调休上班日")
	@PutMapping("/days/{date}")
	@PreAuthorize("hasRole('SYS_ADMIN')")
	DayResponse setDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @RequestBody DayRequest request) {
		return DayResponse.of(administration.setCalendarDay(date, request.kind(), request.name().strip()));
	}

	@Operation(summary = "恢复某日为默认（周一至周五上班、周末休息）")
	@DeleteMapping("/days/{date}")
	@PreAuthorize("hasRole('SYS_ADMIN')")
	ResponseEntity<Void> resetDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		administration.resetCalendarDay(date);
		return ResponseEntity.noContent().build();
	}

	record YearResponse(int year, boolean covered, List<DayResponse> days) {
	}

	record DayResponse(LocalDate date, DayKind kind, String name) {

		static DayResponse of(CalendarDay day) {
			return new DayResponse(day.date(), day.kind(), day.name());
		}
	}

	record DayRequest(@NotNull DayKind kind, @NotBlank @Size(max = 30) String name) {
	}

	record WorkingDaysResponse(LocalDate from, int days, LocalDate date) {
	}
}
