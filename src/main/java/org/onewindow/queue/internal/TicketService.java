package org.onewindow.queue.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.platform.CurrentStaff;
import org.onewindow.platform.DomainException;
import org.onewindow.queue.Priority;
import org.onewindow.queue.TicketFinished;
import org.onewindow.queue.TicketState;
import org.onewindow.queue.internal.QueueSiteRepository.CounterMode;
import org.onewindow.queue.internal.QueueSiteRepository.CounterState;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.CounterSummary;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffManagement;
import org.onewindow.staff.StaffSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing tickets and everything a counter does with them.
 */
@Service
@Transactional
public class TicketService {

	static final int MAX_SITUATIONS = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TicketRepository tickets;
	private final QueueSiteRepository queueSites;
	private final SiteManagement sites;
	private final StaffManagement staff;
	private final CurrentStaff currentStaff;
	private final CatalogManagement catalog;
	private final QueueNotifications notifications;
	private final QueueReference reference;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	TicketService(TicketRepository tickets, QueueSiteRepository queueSites, SiteManagement sites,
			StaffManagement staff, CurrentStaff currentStaff, CatalogManagement catalog,
			QueueNotifications notifications, QueueReference reference, ApplicationEventPublisher events,
			Clock clock) {
		this.tickets = tickets;
		this.queueSites = queueSites;
		this.sites = sites;
		this.staff = staff;
		this.currentStaff = currentStaff;
		this.catalog = catalog;
		this.notifications = notifications;
		this.reference = reference;
		this.events = events;
		this.clock = clock;
	}

	/** What the guide desk or the kiosk asks for. */
	public record IssueCommand(String category, List<String> situationCodes, String serviceCode, PhoneNumber phone,
			IdNumber idNumber, Priority priority, Ticket.Channel channel) {
	}

	public Ticket issue(long siteId, IssueCommand command) {
		SiteSummary site = activeSite(siteId);
		var channel = command.channel() == null ? Ticket.Channel.KIOSK : command.channel();
		if (channel != Ticket.Channel.KIOSK && channel != Ticket.Channel.GUIDE_DESK) {
			throw DomainException.badRequest("queue.channel-not-allowed", channel);
		}
		Long issuedBy = null;
		if (channel == Ticket.Channel.GUIDE_DESK) {
			StaffSummary guide = guideAt(site);
			issuedBy = guide.id();
		}
		var priority = command.priority() == null ? Priority.NONE : command.priority();
		if (priority == Priority.APPOINTMENT) {
			throw DomainException.badRequest("queue.appointment-by-check-in");
		}
		if (priority == Priority.ELDERLY) {
			priority = Priority.NONE; // derived from the ID number below, never taken on trust
		}
		if (priority.needsVerification() && channel != Ticket.Channel.GUIDE_DESK) {
			throw DomainException.forbidden("queue.priority-needs-guide", priority.label());
		}
		CatalogSnapshot published = catalog.published()
			.orElseThrow(() -> DomainException.conflict("queue.catalog-not-published"));
		var situationCodes = List.copyOf(new LinkedHashSet<>(
				command.situationCodes() == null ? List.<String>of() : command.situationCodes()));
		if (situationCodes.size() > MAX_SITUATIONS) {
			throw DomainException.badRequest("queue.too-many-situations", MAX_SITUATIONS);
		}
		for (String code : situationCodes) {
			if (published.situation(code).isEmpty()) {
				throw DomainException.unprocessable("queue.situation-unknown", code);
			}
		}
		String category = resolveCategory(site.id(), command, situationCodes, published);
		var settings = reference.settings(site.id());
		Instant now = clock.instant();
		if (command.idNumber() != null && priority == Priority.NONE
				&& command.idNumber().ageOn(today()) >= settings.elderlyAge()) {
			priority = Priority.ELDERLY;
		}
		return issue(site.id(), category, priority, channel, situationCodes, published.version(),
				command.phone() == null ? null : command.phone().value(),
				command.idNumber() == null ? null : command.idNumber().value(), null, now, issuedBy);
	}

	/** Issues a ticket (also used by the appointment check-in). */
	Ticket issue(long siteId, String category, Priority priority, Ticket.Channel channel,
			List<String> situationCodes, Integer catalogVersion, String phone, String idNumber, Long appointmentId,
			Instant sortKey, Long issuedBy) {
		Instant now = clock.instant();
		LocalDate day = today();
		// inserted under a provisional number; the day's number is assigned last (TicketRepository.assignNumber)
		var ticket = new Ticket(0, newToken(), siteId, day, category, 0, "", priority, channel, TicketState.WAITING,
				situationCodes, catalogVersion, phone, idNumber, appointmentId, sortKey, now, null, null, null, now, null,
				0, 0, 0, null, null, 0);
		long id = tickets.insert(ticket, issuedBy);
		tickets.recordEvent(id, siteId, "ISSUED", null, issuedBy, channel.name(), now);
		var issued = tickets.assignNumber(id, siteId, day, category);
		notifications.changed(siteId);
		return issued;
	}

	private String resolveCategory(long siteId, IssueCommand command, List<String> situationCodes,
			CatalogSnapshot published) {
		var categories = reference.categories(siteId).stream().filter(Category::active).toList();
		String wanted = command.category();
		if (wanted == null && command.serviceCode() != null) {
			wanted = published.content()
				.hallServices()
				.stream()
				.filter(s -> s.code().equals(command.serviceCode()))
				.findFirst()
				.orElseThrow(() -> DomainException.unprocessable("queue.service-unknown", command.serviceCode()))
				.ticketCategory();
		}
		if (wanted == null && !situationCodes.isEmpty()) {
			String department = published.situation(situationCodes.get(0))
				.flatMap(s -> published.item(s.itemCode()))
				.map(item -> item.department())
				.orElse(null);
			wanted = categories.stream()
				.filter(c -> department != null && c.departmentCodes().contains(department))
				.map(Category::code)
				.findFirst()
				.orElse(null);
		}
		if (wanted == null) {
			wanted = "A";
		}
		String code = wanted;
		return categories.stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> DomainException.unprocessable("queue.category-unknown", code))
			.code();
	}

	// --- the counter workstation

	public CounterState setCounterState(long counterId, CounterMode mode) {
		CounterSummary counter = counter(counterId);
		StaffSummary me = staff.current();
		if (!me.counterIds().contains(counterId)) {
			throw DomainException.forbidden("queue.counter-not-yours", counter.name());
		}
		Instant now = clock.instant();
		CounterState state = queueSites.lockCounterState(counterId, counter.siteId(), now);
		boolean heldByOther = state.mode() != CounterMode.CLOSED && state.staffId() != null
				&& state.staffId() != me.id();
		if (heldByOther) {
			String holder = staff.find(state.staffId()).map(StaffSummary::displayName).orElse("");
			throw DomainException.conflict("queue.counter-taken", counter.name(), holder);
		}
		if (mode == CounterMode.CLOSED) {
			tickets.currentAt(counterId).ifPresent(current -> {
				throw DomainException.conflict("queue.finish-current-first", current.number());
			});
		}
		if (mode == CounterMode.OPEN) {
			for (CounterState held : queueSites.countersHeldBy(me.id())) {
				if (held.counterId() == counterId) {
					continue;
				}
				tickets.currentAt(held.counterId()).ifPresent(current -> {
					throw DomainException.conflict("queue.finish-current-first", current.number());
				});
				queueSites.lockCounterState(held.counterId(), held.siteId(), now);
				queueSites.setCounterState(held.counterId(), CounterMode.CLOSED, null, now);
				notifications.changed(held.siteId());
			}
		}
		queueSites.setCounterState(counterId, mode, me.id(), now);
		notifications.changed(counter.siteId());
		return queueSites.counterState(counterId).orElseThrow();
	}

	/**
	 * Calls the next ticket to the counter: tickets transferred to this counter first, then the counter's categories
	 * in its order of preference, each by {@link CallingPolicy}. {@code onlyCategory} restricts the call to one of
	 * the counter's categories; {@code finishCurrent} first finishes the ticket the counter is serving (办结并叫下一位).
	 */
	public Ticket callNext(long counterId, String onlyCategory, boolean finishCurrent) {
		CounterSummary counter = counter(counterId);
		long me = currentStaff.require().staffId();
		List<String> categories = counter.categories();
		if (onlyCategory != null) {
			if (!categories.contains(onlyCategory)) {
				throw DomainException.unprocessable("queue.counter-not-for-category", counter.name(), onlyCategory);
			}
			categories = List.of(onlyCategory);
		}
		Instant now = clock.instant();
		LocalDate day = today();
		var context = tickets.callContext(counterId, counter.siteId(), day, categories, now).orElse(null);
		if (context == null || context.mode() == CounterMode.CLOSED) {
			if (!staff.current().counterIds().contains(counterId)) {
				// not 尚未签到: signing in would not help someone the counter is not assigned to
				throw DomainException.forbidden("queue.counter-not-yours", counter.name());
			}
			if (context == null) {
				throw DomainException.conflict("queue.counter-not-open", counter.name());
			}
		}
		requireOpenBy(counter, context.mode(), context.staffId(), me);
		if (context.currentTicketId() != null) {
			if (!finishCurrent) {
				throw DomainException.conflict("queue.counter-busy", counter.name(), context.currentNumber());
			}
			// finishing changes neither the waiting lanes nor the recent calls read with the context
			finish(tickets.findForUpdate(context.currentTicketId()).orElseThrow(), false);
		}
		int ratio = context.priorityRatio();
		try {
			Optional<Ticket> called = context.targetedWaiting()
					? tickets.claimNext(counter.siteId(), day, null, CallingPolicy.Lane.NORMAL, counterId, me, now)
					: Optional.empty();
			if (called.isEmpty()) {
				for (var lanes : context.lanes()) {
					var decision = CallingPolicy.decide(lanes.recentCalls(), ratio);
					for (CallingPolicy.Lane lane : decision.order()) {
						// a lane seen empty is skipped; a lane seen waiting may still come back empty when every one
						// of its tickets is being claimed by other counters at this moment: then the next lane
						if (lanes.waiting(lane)) {
							called = tickets.claimNext(counter.siteId(), day, lanes.category(), lane, counterId, me, now);
						}
						if (called.isPresent()) {
							break;
						}
					}
					if (called.isPresent()) {
						break;
					}
				}
			}
			Ticket ticket = called.orElseThrow(() -> DomainException.conflict("queue.empty", counter.name()));
			notifications.call(counter.siteId(),
					CallView.of(ticket.number(), ticket.category(), counter.number(), counter.name(), "CALL", now));
			return ticket;
		}
		catch (DuplicateKeyException e) {
			// the same counter called twice at once: the unique index let only one of them through
			throw DomainException.conflict("queue.counter-busy", counter.name(), "");
		}
	}

	public Ticket recall(long ticketId) {
		var ticket = ownCalledTicket(ticketId);
		var counter = counter(ticket.counterId());
		var recalled = ticket.recall();
		Instant now = clock.instant();
		tickets.update(recalled, "RECALLED", counter.id(), recalled.staffId(), null, now);
		notifications.call(counter.siteId(),
				CallView.of(recalled.number(), recalled.category(), counter.number(), counter.name(), "RECALL", now));
		return tickets.find(ticketId).orElseThrow();
	}

	public Ticket noShow(long ticketId) {
		var ticket = ownCalledTicket(ticketId);
		var settings = reference.settings(ticket.siteId());
		Instant now = clock.instant();
		var missed = ticket.noShow(now, Duration.ofMinutes(settings.noShowReturnMinutes()));
		tickets.update(missed, missed.state() == TicketState.VOID ? "VOIDED" : "NO_SHOW", ticket.counterId(),
				ticket.staffId(), null, now);
		notifications.changed(ticket.siteId());
		return tickets.find(ticketId).orElseThrow();
	}

	public Ticket transfer(long ticketId, String toCategory, Long toCounterId) {
		var ticket = ownCalledTicket(ticketId);
		if (toCategory == null && toCounterId == null) {
			throw DomainException.badRequest("queue.transfer-target-missing");
		}
		String category = toCategory != null ? toCategory : ticket.category();
		queueSites.category(ticket.siteId(), category)
			.filter(Category::active)
			.orElseThrow(() -> DomainException.unprocessable("queue.category-unknown", category));
		String detail = category;
		if (toCounterId != null) {
			var target = sites.findCounter(toCounterId)
				.filter(c -> c.siteId() == ticket.siteId() && c.active())
				.orElseThrow(() -> DomainException.unprocessable("queue.counter-unknown", toCounterId));
			if (toCounterId.equals(ticket.counterId())) {
				throw DomainException.unprocessable("queue.transfer-to-self");
			}
			if (!target.categories().contains(category)) {
				throw DomainException.unprocessable("queue.counter-not-for-category", target.name(), category);
			}
			detail = category + " → " + target.name();
		}
		Instant now = clock.instant();
		var moved = ticket.transfer(category, toCounterId, now);
		tickets.update(moved, "TRANSFERRED", ticket.counterId(), ticket.staffId(), detail, now);
		notifications.changed(ticket.siteId());
		return tickets.find(ticketId).orElseThrow();
	}

	public Ticket addSituation(long ticketId, String situationCode) {
		var ticket = ownCalledTicket(ticketId);
		var published = catalog.published().orElseThrow(() -> DomainException.conflict("queue.catalog-not-published"));
		if (published.situation(situationCode).isEmpty()) {
			throw DomainException.unprocessable("queue.situation-unknown", situationCode);
		}
		if (ticket.situationCodes().size() >= MAX_SITUATIONS) {
			throw DomainException.badRequest("queue.too-many-situations", MAX_SITUATIONS);
		}
		var more = ticket.addSituation(situationCode);
		tickets.update(more, "SITUATION_ADDED", ticket.counterId(), ticket.staffId(), situationCode, clock.instant());
		return tickets.find(ticketId).orElseThrow();
	}

	public Ticket finish(long ticketId) {
		finish(ownCalledTicket(ticketId), true);
		return tickets.find(ticketId).orElseThrow();
	}

	/** Finishes; boards learn of it from the next call when {@code notify} is false (办结并叫下一位). */
	private void finish(Ticket ticket, boolean notify) {
		Instant now = clock.instant();
		var done = ticket.finish(now);
		tickets.update(done, "FINISHED", ticket.counterId(), ticket.staffId(), null, now);
		var counter = reference.counter(ticket.counterId());
		// a department window belongs to its department; a comprehensive window to the site
		String departmentCode = counter.flatMap(c -> c.categories().stream().findFirst())
			.flatMap(category -> reference.category(ticket.siteId(), category))
			.flatMap(category -> category.departmentCodes().stream().findFirst())
			.orElse(null);
		events.publishEvent(new TicketFinished(done.id(), done.number(), done.siteId(), done.counterId(),
				counter.map(CounterSummary::name).orElse(""), departmentCode, done.staffId(), done.situationCodes(),
				done.serviceSeconds(), now));
		if (notify) {
			notifications.changed(ticket.siteId());
		}
	}

	// --- helpers

	LocalDate today() {
		return LocalDate.now(clock);
	}

	CounterSummary counter(long counterId) {
		return reference.counter(counterId)
			.orElseThrow(() -> DomainException.notFound("queue.counter-unknown", counterId));
	}

	private SiteSummary activeSite(long siteId) {
		var site = reference.site(siteId);
		if (!site.active()) {
			throw DomainException.conflict("queue.site-inactive", site.name());
		}
		return site;
	}

	private StaffSummary guideAt(SiteSummary site) {
		if (currentStaff.find().isEmpty()) {
			throw DomainException.forbidden("queue.guide-desk-only");
		}
		var me = staff.current();
		boolean guide = me.hasRole(Role.GUIDE) || me.hasRole(Role.SITE_ADMIN) || me.hasRole(Role.SYS_ADMIN);
		if (!guide) {
			throw DomainException.forbidden("queue.guide-desk-only");
		}
		if (!sites.scopeOf(me.siteId()).includes(site.id())) {
			throw DomainException.forbidden("queue.site-out-of-scope", site.name());
		}
		return me;
	}

	private static void requireOpenBy(CounterSummary counter, CounterMode mode, Long holder, long staffId) {
		if (mode == CounterMode.CLOSED) {
			throw DomainException.conflict("queue.counter-not-open", counter.name());
		}
		if (holder == null || holder != staffId) {
			throw DomainException.forbidden("queue.counter-not-yours", counter.name());
		}
		if (mode == CounterMode.PAUSED) {
			throw DomainException.conflict("queue.counter-paused", counter.name());
		}
	}

	/** The ticket, locked, called to a counter the current staff member holds. */
	private Ticket ownCalledTicket(long ticketId) {
		var ticket = tickets.findForUpdate(ticketId)
			.orElseThrow(() -> DomainException.notFound("queue.ticket-unknown", ticketId));
		if (ticket.state() != TicketState.CALLED) {
			throw DomainException.conflict("queue.ticket-not-called", ticket.number(), ticket.state().label());
		}
		long me = currentStaff.require().staffId();
		var state = queueSites.counterState(ticket.counterId()).orElse(null);
		if (state == null || state.staffId() == null || state.staffId() != me) {
			throw DomainException.forbidden("queue.not-your-ticket", ticket.number());
		}
		return ticket;
	}

	private static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
