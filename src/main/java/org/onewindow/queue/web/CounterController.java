package org.onewindow.queue.web;

import java.net.URI;
import java.util.List;

import org.onewindow.queue.internal.QueueSiteRepository.CounterMode;
import org.onewindow.queue.internal.QueueViews;
import org.onewindow.queue.internal.QueueViews.TicketView;
import org.onewindow.queue.internal.QueueViews.WorkstationView;
import org.onewindow.queue.internal.TicketService;
import org.onewindow.platform.DomainException;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.StaffManagement;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The counter workstation: sign in at a counter, call, recall, 过号, transfer, add situations, finish.
 */
@Tag(name = "窗口叫号")
@RestController
@RequestMapping("/api/queue")
class CounterController {

	private final TicketService tickets;
	private final QueueViews views;
	private final SiteManagement sites;
	private final StaffManagement staff;

	CounterController(TicketService tickets, QueueViews views, SiteManagement sites, StaffManagement staff) {
		this.tickets = tickets;
		this.views = views;
		this.sites = sites;
		this.staff = staff;
	}

	record MyCounter(long id, long siteId, String siteName, int number, String name, List<String> categories,
			String state) {
	}

	@Operation(summary = "本人可使用的窗口")
	@GetMapping("/counters/mine")
	List<MyCounter> mine() {
		return staff.current()
			.counterIds()
			.stream()
			.flatMap(id -> sites.findCounter(id).stream())
			.map(counter -> new MyCounter(counter.id(), counter.siteId(), sites.getSite(counter.siteId()).name(),
					counter.number(), counter.name(), counter.categories(), views.counterState(counter.id())))
			.toList();
	}

	@Operation(summary = "窗口工作台")
	@GetMapping("/counters/{id}")
	WorkstationView workstation(@PathVariable long id) {
		return views.workstation(ownCounter(id));
	}

	record StateRequest(@NotNull CounterMode state) {
	}

	@Operation(summary = "签到、暂停、恢复、签退")
	@PutMapping("/counters/{id}/state")
	WorkstationView state(@PathVariable long id, @Valid @RequestBody StateRequest request) {
		tickets.setCounterState(id, request.state());
		return views.workstation(ownCounter(id));
	}

	@Operation(summary = "叫下一位（可限定本窗口的一个类别；finishCurrent=true 时先办结当前号）")
	@PostMapping("/counters/{id}/calls")
	ResponseEntity<TicketView> callNext(@PathVariable long id,
			@RequestParam(required = false) @Pattern(regexp = "[A-Z]") String category,
			@RequestParam(defaultValue = "false") boolean finishCurrent) {
		var ticket = tickets.callNext(id, category, finishCurrent);
		return ResponseEntity.created(URI.create("/api/queue/tickets/" + ticket.token())).body(views.ticket(ticket));
	}

	@Operation(summary = "重呼")
	@PostMapping("/tickets/{ticketId}/recalls")
	TicketView recall(@PathVariable long ticketId) {
		return views.ticket(tickets.recall(ticketId));
	}

	@Operation(summary = "过号（首次按设定分钟后重新排队，再次过号作废）")
	@PostMapping("/tickets/{ticketId}/no-show")
	TicketView noShow(@PathVariable long ticketId) {
		return views.ticket(tickets.noShow(ticketId));
	}

	record TransferRequest(@Pattern(regexp = "[A-Z]") String category, Long counterId) {
	}

	@Operation(summary = "转移到其他类别或指定窗口（保留优先级和排队位置）")
	@PostMapping("/tickets/{ticketId}/transfer")
	TicketView transfer(@PathVariable long ticketId, @Valid @RequestBody TransferRequest request) {
		return views.ticket(tickets.transfer(ticketId, request.category(), request.counterId()));
	}

	record SituationRequest(@NotBlank @Size(max = 64) String situationCode) {
	}

	@Operation(summary = "一次来访办理多个事项：增加办理情形")
	@PostMapping("/tickets/{ticketId}/situations")
	TicketView addSituation(@PathVariable long ticketId, @Valid @RequestBody SituationRequest request) {
		return views.ticket(tickets.addSituation(ticketId, request.situationCode()));
	}

	@Operation(summary = "办结")
	@PostMapping("/tickets/{ticketId}/completion")
	TicketView finish(@PathVariable long ticketId) {
		return views.ticket(tickets.finish(ticketId));
	}

	private org.onewindow.site.CounterSummary ownCounter(long id) {
		var counter = sites.findCounter(id).orElseThrow(() -> DomainException.notFound("queue.counter-unknown", id));
		if (!staff.current().counterIds().contains(id) && !staff.currentScope().includes(counter.siteId())) {
			throw DomainException.forbidden("queue.counter-not-yours", counter.name());
		}
		return counter;
	}
}
