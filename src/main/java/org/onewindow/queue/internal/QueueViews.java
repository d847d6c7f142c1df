package org.onewindow.queue.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.platform.DomainException;
import org.onewindow.queue.TicketState;
import org.onewindow.queue.internal.QueueSiteRepository.CounterMode;
import org.onewindow.queue.internal.QueueSiteRepository.CounterState;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.CounterSummary;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.StaffManagement;
import org.onewindow.staff.StaffSummary;
import org.springframework.stereotype.Service;

/**
 * What the screens show: tickets with their wait estimate, the board, the workstation, the floor. No transaction:
 * each figure is read on its own (a view of a called ticket reads only cached reference data and no connection).
 */
@Service
public class QueueViews {

	private final TicketRepository tickets;
	private final QueueSiteRepository queueSites;
	private final SiteManagement sites;
	private final StaffManagement staff;
	private final CatalogManagement catalog;
	private final QueueReference reference;
	private final Clock clock;

	QueueViews(TicketRepository tickets, QueueSiteRepository queueSites, SiteManagement sites, StaffManagement staff,
			CatalogManagement catalog, QueueReference reference, Clock clock) {
		this.tickets = tickets;
		this.queueSites = queueSites;
		this.sites = sites;
		this.staff = staff;
		this.catalog = catalog;
		this.reference = reference;
		this.clock = clock;
	}

	public record SituationRef(String code, String name, String itemName) {
	}

	public record TicketView(long id, String token, String number, long siteId, String siteName, String category,
			String categoryName, String state, String stateLabel, String priority, String priorityLabel,
			List<SituationRef> situations, String phone, String idNumber, Instant issuedAt, Integer peopleAhead,
			Integer estimatedWaitMinutes, Integer counterNumber, String counterName, Instant calledAt,
			Integer serviceSeconds, String followPath, String notice) {
	}

	public record CategoryView(String code, String name, List<String> departmentCodes, int waiting,
			int estimatedWaitMinutes) {
	}

	public record WaitingCount(String category, String name, int count) {
	}

	public record CounterLight(long id, int number, String name, List<String> categories, String state,
			String staffName, String current, Instant since) {
	}

	public record BoardView(long siteId, String siteName, List<CallView> current, List<CallView> recent,
			List<WaitingCount> waiting, List<CounterLight> counters) {
	}

	public record WorkstationView(CounterLight counter, long siteId, String state, String staffName,
			TicketView current, List<WaitingCount> waiting, int servedToday) {
	}

	public record FloorCategory(String code, String name, int waiting, int longestWaitMinutes, boolean alert) {
	}

	public record FloorView(long siteId, String siteName, int alertMinutes, List<FloorCategory> categories,
			List<CounterLight> counters, int servedToday, Integer averageWaitMinutes) {
	}

	public Ticket ticketByToken(String token) {
		return tickets.findByToken(token).orElseThrow(() -> DomainException.notFound("queue.ticket-unknown", token));
	}

	public java.util.Optional<Ticket> findTicket(long id) {
		return tickets.find(id);
	}

	public String categoryName(long siteId, String code) {
		return reference.category(siteId, code).map(Category::name).orElse(code);
	}

	public TicketView ticket(Ticket t) {
		return ticket(t, null);
	}

	public TicketView ticket(Ticket t, String notice) {
		var site = reference.site(t.siteId());
		String categoryName = reference.category(t.siteId(), t.category()).map(Category::name).orElse(t.category());
		Integer ahead = null;
		Integer estimate = null;
		if (t.state() == TicketState.WAITING) {
			ahead = tickets.peopleAhead(t);
			estimate = estimateMinutes(t.siteId(), t.category(), ahead, countersWithStates(t.siteId()));
		}
		Integer counterNumber = null;
		String counterName = null;
		if (t.counterId() != null) {
			var counter = reference.counter(t.counterId()).orElse(null);
			if (counter != null) {
				counterNumber = counter.number();
				counterName = counter.name();
			}
		}
		return new TicketView(t.id(), t.token(), t.number(), t.siteId(), site.name(), t.category(), categoryName,
				t.state().name(), t.state().label(), t.priority().name(), t.priority().label(),
				situations(t.situationCodes(), t.catalogVersion()),
				t.phone() == null ? null : PhoneNumber.of(t.phone()).masked(),
				t.idNumber() == null ? null : IdNumber.of(t.idNumber()).masked(), t.issuedAt(), ahead, estimate,
				counterNumber, counterName, t.calledAt(), t.serviceSeconds(), "/m/t/" + t.token(), notice);
	}

	public List<CategoryView> categories(long siteId) {
		sites.getSite(siteId);
		var waiting = waitingMap(siteId);
		var counters = countersWithStates(siteId);
		return queueSites.categories(siteId)
			.stream()
			.filter(Category::active)
			.map(c -> {
				int n = waiting.containsKey(c.code()) ? waiting.get(c.code()).count() : 0;
				return new CategoryView(c.code(), c.name(), c.departmentCodes(), n,
						estimateMinutes(siteId, c.code(), n, counters));
			})
			.toList();
	}

	public BoardView board(long siteId) {
		var site = sites.getSite(siteId);
		var counters = countersWithStates(siteId);
		var byId = counters.stream().collect(Collectors.toMap(c -> c.counter().id(), Function.identity()));
		var startOfDay = today().atStartOfDay(clock.getZone()).toInstant();
		var recent = tickets.recentCallsAt(siteId, startOfDay, 12)
			.stream()
			.filter(call -> byId.containsKey(call.counterId()))
			.map(call -> {
				var counter = byId.get(call.counterId()).counter();
				return CallView.of(call.number(), call.category(), counter.number(), counter.name(),
						"CALLED".equals(call.kind()) ? "CALL" : "RECALL", call.at());
			})
			.toList();
		var current = tickets.currentAtSite(siteId)
			.stream()
			.filter(t -> byId.containsKey(t.counterId()))
			.map(t -> {
				var counter = byId.get(t.counterId()).counter();
				return CallView.of(t.number(), t.category(), counter.number(), counter.name(), "CALL", t.calledAt());
			})
			.sorted((a, b) -> Integer.compare(a.counterNumber(), b.counterNumber()))
			.toList();
		return new BoardView(siteId, site.name(), current, recent, waitingCounts(siteId),
				counters.stream().map(c -> light(c, null)).toList());
	}

	public WorkstationView workstation(CounterSummary counter) {
		var state = queueSites.counterState(counter.id()).orElse(null);
		var current = tickets.currentAt(counter.id()).map(this::ticket).orElse(null);
		var waiting = waitingCounts(counter.siteId()).stream()
			.filter(w -> counter.categories().contains(w.category()))
			.toList();
		var light = light(new CounterWithState(counter, state), current == null ? null : current.number());
		return new WorkstationView(light, counter.siteId(), light.state(), light.staffName(), current, waiting,
				tickets.servedToday(counter.siteId(), today(), counter.id()));
	}

	/** The counter's state ({@code OPEN}, {@code PAUSED}, {@code CLOSED}), without the rest of the workstation. */
	public String counterState(long counterId) {
		return queueSites.counterState(counterId).map(state -> state.mode().name()).orElse(CounterMode.CLOSED.name());
	}

	public FloorView floor(long siteId) {
		var site = sites.getSite(siteId);
		var settings = queueSites.settings(siteId);
		Instant now = clock.instant();
		var waiting = waitingMap(siteId);
		var categories = queueSites.categories(siteId).stream().filter(Category::active).map(c -> {
			var w = waiting.get(c.code());
			int count = w == null ? 0 : w.count();
			int longest = w == null ? 0 : (int) Duration.between(w.oldestIssuedAt(), now).toMinutes();
			return new FloorCategory(c.code(), c.name(), count, longest, longest >= settings.waitAlertMinutes());
		}).toList();
		var current = tickets.currentAtSite(siteId)
			.stream()
			.collect(Collectors.toMap(Ticket::counterId, Ticket::number, (a, b) -> a));
		var counters = countersWithStates(siteId).stream()
			.map(c -> light(c, current.get(c.counter().id())))
			.toList();
		Double average = tickets.averageWaitMinutes(siteId, today());
		return new FloorView(siteId, site.name(), settings.waitAlertMinutes(), categories, counters,
				tickets.servedToday(siteId, today(), null), average == null ? null : (int) Math.round(average));
	}

	// --- helpers

	record CounterWithState(CounterSummary counter, CounterState state) {

		boolean open() {
			return state != null && state.mode() == CounterMode.OPEN;
		}
	}

	List<CounterWithState> countersWithStates(long siteId) {
		var states = queueSites.counterStatesOfSite(siteId)
			.stream()
			.collect(Collectors.toMap(CounterState::counterId, Function.identity()));
		return sites.countersOf(siteId)
			.stream()
			.filter(CounterSummary::active)
			.map(c -> new CounterWithState(c, states.get(c.id())))
			.toList();
	}

	private CounterLight light(CounterWithState c, String currentNumber) {
		var state = c.state();
		String staffName = state == null || state.staffId() == null ? null
				: staff.find(state.staffId()).map(StaffSummary::displayName).orElse(null);
		return new CounterLight(c.counter().id(), c.counter().number(), c.counter().name(), c.counter().categories(),
				state == null ? CounterMode.CLOSED.name() : state.mode().name(), staffName, currentNumber,
				state == null ? null : state.since());
	}

	/** People ahead × average service time of the category today ÷ open counters serving it. */
	int estimateMinutes(long siteId, String category, int ahead, List<CounterWithState> counters) {
		if (ahead == 0) {
			return 0;
		}
		Double seconds = tickets.averageServiceSeconds(siteId, today(), category);
		double minutes = seconds != null && seconds > 0 ? seconds / 60.0
				: reference.settings(siteId).defaultServiceMinutes();
		long open = counters.stream().filter(c -> c.open() && c.counter().categories().contains(category)).count();
		return (int) Math.ceil(ahead * minutes / Math.max(1, open));
	}

	private Map<String, TicketRepository.Waiting> waitingMap(long siteId) {
		var map = new HashMap<String, TicketRepository.Waiting>();
		tickets.waitingByCategory(siteId, today()).forEach(w -> map.put(w.category(), w));
		return map;
	}

	private List<WaitingCount> waitingCounts(long siteId) {
		var waiting = waitingMap(siteId);
		var result = new ArrayList<WaitingCount>();
		for (Category c : queueSites.categories(siteId)) {
			if (c.active()) {
				var w = waiting.get(c.code());
				result.add(new WaitingCount(c.code(), c.name(), w == null ? 0 : w.count()));
			}
		}
		return result;
	}

	private List<SituationRef> situations(List<String> codes, Integer version) {
		if (codes.isEmpty()) {
			return List.of();
		}
		CatalogSnapshot snapshot = version != null ? catalog.version(version) : catalog.published().orElse(null);
		return codes.stream().map(code -> {
			if (snapshot == null) {
				return new SituationRef(code, code, null);
			}
			var situation = snapshot.situation(code).orElse(null);
			if (situation == null) {
				return new SituationRef(code, code, null);
			}
			var item = snapshot.item(situation.itemCode()).map(i -> i.name()).orElse(null);
			return new SituationRef(code, situation.name(), item);
		}).toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
