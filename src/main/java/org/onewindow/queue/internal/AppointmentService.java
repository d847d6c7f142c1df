package org.onewindow.queue.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import org.onewindow.catalog.CatalogManagement;
import org.onewindow.platform.DomainException;
import org.onewindow.queue.Priority;
import org.onewindow.queue.internal.AppointmentRepository.Appointment;
import org.onewindow.queue.internal.AppointmentRepository.State;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.WorkingCalendar;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments (预约): slots from the site's rules, one active booking per person per site, category and day (and so
 * per slot), cancellation, a temporary ban
 * after repeated no-shows, and check-in at the kiosk that turns an on-time booking into a priority ticket.
 */
@Service
@Transactional
public class AppointmentService {

	static final int MAX_DAYS_AHEAD = 14;

	private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AppointmentRepository appointments;
	private final QueueSiteRepository queueSites;
	private final TicketService tickets;
	private final SiteManagement sites;
	private final WorkingCalendar calendar;
	private final CatalogManagement catalog;
	private final Clock clock;

	AppointmentService(AppointmentRepository appointments, QueueSiteRepository queueSites, TicketService tickets,
			SiteManagement sites, WorkingCalendar calendar, CatalogManagement catalog, Clock clock) {
		this.appointments = appointments;
		this.queueSites = queueSites;
		this.tickets = tickets;
		this.sites = sites;
		this.calendar = calendar;
		this.catalog = catalog;
		this.clock = clock;
	}

	public record SlotView(LocalDate day, LocalTime start, LocalTime end, String label, int capacity, int available) {
	}

	/** The open slots of a category from {@code from} for {@code days} days (at most two weeks ahead). */
	@Transactional(readOnly = true)
	public List<SlotView> slots(long siteId, String category, LocalDate from, int days) {
		sites.getSite(siteId);
		activeCategory(siteId, category);
		if (days < 1 || days > MAX_DAYS_AHEAD) {
			throw DomainException.badRequest("queue.slot-days-invalid", MAX_DAYS_AHEAD);
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate start = from == null || from.isBefore(today) ? today : from;
		LocalDate last = start.plusDays(days - 1L);
		if (last.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
			last = today.plusDays(MAX_DAYS_AHEAD);
		}
		var booked = new HashMap<String, Integer>();
		appointments.bookedSlots(siteId, category, start, last)
			.forEach(b -> booked.put(b.day() + " " + b.start(), b.booked()));
		var rules = appointments.rules(siteId).stream().filter(r -> r.category().equals(category)).toList();
		LocalDateTime now = LocalDateTime.now(clock);
		var result = new ArrayList<SlotView>();
		for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(1)) {
			var kind = SlotRule.DayKind.of(day, calendar, calendar.isHoliday(day));
			if (kind == null) {
				continue;
			}
			for (SlotRule rule : rules) {
				if (rule.dayKind() != kind) {
					continue;
				}
				for (SlotRule.Slot slot : rule.slotsOn(day)) {
					if (!day.atTime(slot.start()).isAfter(now)) {
						continue;
					}
					int taken = booked.getOrDefault(day + " " + slot.start(), 0);
					result.add(new SlotView(day, slot.start(), slot.end(), slot.label(), slot.capacity(),
							Math.max(0, slot.capacity() - taken)));
				}
			}
		}
		result.sort(Comparator.comparing(SlotView::day).thenComparing(SlotView::start));
		return result;
	}

	public record BookCommand(long siteId, String category, LocalDate day, LocalTime start, String name,
			IdNumber idNumber, PhoneNumber phone, String situationCode) {
	}

	public Appointment book(BookCommand command) {
		sites.getSite(command.siteId());
		activeCategory(command.siteId(), command.category());
		String name = command.name() == null ? "" : command.name().strip();
		if (name.isEmpty() || name.length() > 30 || name.codePoints().anyMatch(Character::isISOControl)) {
			throw DomainException.badRequest("queue.appointment-name-invalid");
		}
		if (command.situationCode() != null && catalog.published()
			.flatMap(c -> c.situation(command.situationCode()))
			.isEmpty()) {
			throw DomainException.unprocessable("queue.situation-unknown", command.situationCode());
		}
		var slot = slots(command.siteId(), command.category(), command.day(), 1).stream()
			.filter(s -> s.day().equals(command.day()) && s.start().equals(command.start()))
			.findFirst()
			.orElseThrow(() -> DomainException.unprocessable("queue.slot-unknown", command.day(), command.start()));
		var settings = queueSites.settings(command.siteId());
		Instant now = clock.instant();
		var noShows = appointments.noShowsSince(command.idNumber().value(), now.minus(Duration.ofDays(90)));
		if (noShows.count() >= settings.noShowBanCount()) {
			var until = noShows.latest().plus(Duration.ofDays(settings.noShowBanDays()));
			if (until.isAfter(now)) {
				throw DomainException.forbidden("queue.appointment-banned", noShows.count(),
						DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone()).format(until));
			}
		}
		appointments.lockPersonDay(command.siteId(), command.category(), slot.day(), command.idNumber().value());
		var existing = appointments.activeOnDay(command.siteId(), command.category(), slot.day(),
				command.idNumber().value());
		if (existing.isPresent()) {
			if (existing.get().start().equals(slot.start())) {
				throw DomainException.conflict("queue.appointment-duplicate", slot.day(), slot.start());
			}
			throw alreadyBookedThatDay(existing.get());
		}
		var place = new SlotRule.Slot(slot.day(), slot.start(), slot.end(), slot.capacity(), slot.label());
		long slotId = appointments.takePlace(command.siteId(), command.category(), place)
			.orElseThrow(() -> DomainException.conflict("queue.slot-full", slot.day(), slot.start()));
		String code = newCode();
		try {
			appointments.insert(code, slotId, command.siteId(), command.category(), slot.day(), name,
					command.idNumber().value(), command.phone().value(), command.situationCode(), now);
			return appointments.findByCode(code).orElseThrow();
		}
		catch (DuplicateKeyException e) {
			throw DomainException.conflict("queue.appointment-duplicate", slot.day(), slot.start());
		}
	}

	@Transactional(readOnly = true)
	public Appointment find(String code) {
		return appointments.findByCode(code)
			.orElseThrow(() -> DomainException.notFound("queue.appointment-unknown", code));
	}

	public Appointment cancel(String code, IdNumber idNumber) {
		var appointment = appointments.findByCodeForUpdate(code)
			.orElseThrow(() -> DomainException.notFound("queue.appointment-unknown", code));
		if (!appointment.idNumber().equals(idNumber.value())) {
			throw DomainException.forbidden("queue.appointment-not-yours");
		}
		if (appointment.state() != State.BOOKED) {
			throw DomainException.conflict("queue.appointment-not-booked", appointment.state().label());
		}
		if (!appointment.day().atTime(appointment.start()).isAfter(LocalDateTime.now(clock))) {
			throw DomainException.conflict("queue.appointment-started");
		}
		appointments.setState(appointment.id(), State.CANCELLED, null, clock.instant());
		appointments.releasePlace(appointment.slotId());
		return find(code);
	}

	public record CheckIn(Ticket ticket, String notice) {
	}

	/** Check-in at the kiosk by booking code or ID number: on time → a priority ticket, late → a normal one. */
	public CheckIn checkIn(long siteId, String code, IdNumber idNumber) {
		sites.getSite(siteId);
		LocalDate today = LocalDate.now(clock);
		Appointment appointment;
		if (code != null && !code.isBlank()) {
			appointment = appointments.findByCodeForUpdate(code.strip().toUpperCase())
				.orElseThrow(() -> DomainException.notFound("queue.appointment-unknown", code));
		}
		else if (idNumber != null) {
			appointment = appointments.bookedToday(siteId, idNumber.value(), today)
				.stream()
				.findFirst()
				.orElseThrow(() -> DomainException.notFound("queue.appointment-none-today"));
		}
		else {
			throw DomainException.badRequest("queue.check-in-missing");
		}
		if (appointment.siteId() != siteId) {
			throw DomainException.conflict("queue.appointment-other-site", sites.getSite(appointment.siteId()).name());
		}
		if (appointment.state() != State.BOOKED) {
			throw DomainException.conflict("queue.appointment-not-booked", appointment.state().label());
		}
		if (!appointment.day().equals(today)) {
			throw DomainException.conflict("queue.appointment-not-today", appointment.day());
		}
		var settings = queueSites.settings(siteId);
		LocalDateTime now = LocalDateTime.now(clock);
		LocalDateTime slotStart = appointment.day().atTime(appointment.start());
		if (now.isBefore(slotStart.minusMinutes(settings.checkInEarlyMinutes()))) {
			throw DomainException.conflict("queue.check-in-too-early",
					slotStart.minusMinutes(settings.checkInEarlyMinutes()).toLocalTime());
		}
		boolean onTime = !now.isAfter(slotStart.plusMinutes(settings.checkInLateMinutes()));
		var situations = appointment.situationCode() == null ? List.<String>of() : List.of(appointment.situationCode());
		Instant sortKey = onTime ? slotStart.atZone(clock.getZone()).toInstant() : clock.instant();
		if (sortKey.isAfter(clock.instant())) {
			sortKey = clock.instant();
		}
		var ticket = tickets.issue(siteId, appointment.category(), onTime ? Priority.APPOINTMENT : Priority.NONE,
				Ticket.Channel.CHECK_IN, situations, catalog.publishedVersion(), appointment.phone(),
				appointment.idNumber(), appointment.id(), sortKey, null);
		appointments.setState(appointment.id(), State.CHECKED_IN, ticket.id(), clock.instant());
		return new CheckIn(ticket, onTime ? null : "已超过预约时段，按普通号排队");
	}

	/** Bookings whose slot has ended without a check-in are counted as no-shows (idempotent; any node). */
	public int markNoShows() {
		return appointments.markNoShows(LocalDateTime.now(clock), clock.instant());
	}

	/** 409 naming the person's booking of that day: one active booking per person, site, category and day. */
	private static DomainException alreadyBookedThatDay(Appointment existing) {
		var time = DateTimeFormatter.ofPattern("HH:mm");
		return DomainException.conflict("queue.appointment-same-day",
				DateTimeFormatter.ofPattern("M月d日").format(existing.day()), time.format(existing.start()),
				time.format(existing.end()));
	}

	private void activeCategory(long siteId, String category) {
		queueSites.category(siteId, category)
			.filter(Category::active)
			.orElseThrow(() -> DomainException.unprocessable("queue.category-unknown", category));
	}

	private static String newCode() {
		var code = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}
}
