package org.onewindow.queue.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.onewindow.platform.QrCodes;
import org.onewindow.platform.RateLimitBuckets;
import org.onewindow.platform.RateLimiter;
import org.onewindow.queue.Priority;
import org.onewindow.queue.internal.AppointmentRepository.Appointment;
import org.onewindow.queue.internal.AppointmentService;
import org.onewindow.queue.internal.KioskService;
import org.onewindow.queue.internal.QueueViews;
import org.onewindow.queue.internal.QueueViews.TicketView;
import org.onewindow.queue.internal.Ticket;
import org.onewindow.queue.internal.TicketService;
import org.onewindow.queue.internal.BoardHub;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.Masking;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.SiteManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What kiosks, display boards and citizens' phones use, without login. Bookings are limited per address (a script
 * must not take every slot of a week). Tickets and check-ins are not limited per address (a kiosk issues them for
 * many citizens from one address) but need a paired kiosk's device key ({@link KioskService#KEY_HEADER}); a ticket
 * of the guide desk needs a guide's login instead (docs/security.md).
 */
@Tag(name = "叫号（公共）")
@RestController
@RequestMapping("/api/queue")
class QueuePublicController {

	static final String BOOKINGS_PER_ADDRESS = "appointments-per-address";

	private final TicketService tickets;
	private final QueueViews views;
	private final AppointmentService appointments;
	private final SiteManagement sites;
	private final BoardHub hub;
	private final QrCodes qrCodes;
	private final RateLimiter limiter;
	private final KioskService kiosks;

	QueuePublicController(TicketService tickets, QueueViews views, AppointmentService appointments,
			SiteManagement sites, BoardHub hub, QrCodes qrCodes, RateLimiter limiter, KioskService kiosks) {
		this.kiosks = kiosks;
		this.tickets = tickets;
		this.views = views;
		this.appointments = appointments;
		this.sites = sites;
		this.hub = hub;
		this.qrCodes = qrCodes;
		this.limiter = limiter;
	}

	record SiteItem(long id, String name, String level) {
	}

	@Operation(summary = "可取号的站点")
	@GetMapping("/sites")
	List<SiteItem> sites() {
		return sites.activeSites().stream().map(s -> new SiteItem(s.id(), s.name(), s.level().name())).toList();
	}

	@Operation(summary = "站点的号票类别（含等候人数和预计等候时间）")
	@GetMapping("/sites/{siteId}/categories")
	List<QueueViews.CategoryView> categories(@PathVariable long siteId) {
		return views.categories(siteId);
	}

	record IssueRequest(@Pattern(regexp = "[A-Z]", message = "{queue.category.pattern}") String category,
			@Size(max = 10) List<@NotBlank @Size(max = 64) String> situationCodes, @Size(max = 64) String serviceCode,
			PhoneNumber phone, IdNumber idNumber, Priority priority, Ticket.Channel channel) {
	}

	@Operation(summary = "取号（自助机或导办台）")
	@PostMapping("/sites/{siteId}/tickets")
	ResponseEntity<TicketView> issue(@PathVariable long siteId, @Valid @RequestBody IssueRequest request,
			@RequestHeader(name = KioskService.KEY_HEADER, required = false) String kioskKey) {
		if (request.channel() != Ticket.Channel.GUIDE_DESK) {
			kiosks.authenticate(siteId, kioskKey); // the guide desk's staff login is checked by the ticket service
		}
		var ticket = tickets.issue(siteId, new TicketService.IssueCommand(request.category(), request.situationCodes(),
				request.serviceCode(), request.phone(), request.idNumber(), request.priority(), request.channel()));
		return ResponseEntity.created(URI.create("/api/queue/tickets/" + ticket.token())).body(views.ticket(ticket));
	}

	@Operation(summary = "凭号票查看排队进度")
	@GetMapping("/tickets/{token}")
	TicketView ticket(@PathVariable String token) {
		return views.ticket(views.ticketByToken(token));
	}

	@Operation(summary = "号票二维码（手机查看排队进度）")
	@GetMapping(value = "/tickets/{token}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String token) {
		var ticket = views.ticketByToken(token);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/m/t/" + ticket.token()).toUriString();
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(qrCodes.png(url, 240));
	}

	@Operation(summary = "大屏当前状态")
	@GetMapping("/sites/{siteId}/board")
	QueueViews.BoardView board(@PathVariable long siteId) {
		return views.board(siteId);
	}

	@Operation(summary = "大屏实时事件（server-sent events：call、changed）")
	@GetMapping(value = "/sites/{siteId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable long siteId) {
		sites.getSite(siteId);
		return hub.subscribe(siteId);
	}

	@Operation(summary = "可预约时段")
	@GetMapping("/sites/{siteId}/slots")
	List<AppointmentService.SlotView> slots(@PathVariable long siteId, @RequestParam String category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(defaultValue = "7") int days) {
		return appointments.slots(siteId, category, from, days);
	}

	record BookRequest(@NotNull Long siteId, @NotBlank @Pattern(regexp = "[A-Z]") String category, @NotNull LocalDate day,
			@NotNull LocalTime start, @NotBlank @Size(max = 30) String name, @NotNull IdNumber idNumber,
			@NotNull PhoneNumber phone, @Size(max = 64) String situationCode) {
	}

	record AppointmentView(String code, long siteId, String siteName, String category, String categoryName,
			LocalDate day, LocalTime start, LocalTime end, String label, String name, String idNumber, String phone,
			String state, String stateLabel, String ticketNumber) {
	}

	@Operation(summary = "预约")
	@PostMapping("/appointments")
	ResponseEntity<AppointmentView> book(@Valid @RequestBody BookRequest request, HttpServletRequest http) {
		var counted = limiter.hit(limiter.byAddress(BOOKINGS_PER_ADDRESS, http));
		Appointment appointment;
		try {
			appointment = appointments.book(new AppointmentService.BookCommand(request.siteId(), request.category(),
					request.day(), request.start(), request.name(), request.idNumber(), request.phone(),
					request.situationCode()));
		}
		catch (RuntimeException ex) {
			counted.refund();
			throw ex;
		}
		return ResponseEntity.created(URI.create("/api/queue/appointments/" + appointment.code()))
			.body(view(appointment));
	}

	@Operation(summary = "凭预约码查看预约")
	@GetMapping("/appointments/{code}")
	AppointmentView appointment(@PathVariable String code) {
		return view(appointments.find(code));
	}

	@Operation(summary = "预约码二维码（到大厅后在自助机扫码签到）")
	@GetMapping(value = "/appointments/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> appointmentQr(@PathVariable String code) {
		var appointment = appointments.find(code);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(qrCodes.png(appointment.code(), 240));
	}

	record CancelRequest(@NotNull IdNumber idNumber) {
	}

	@Operation(summary = "取消预约（核对身份证号）")
	@PostMapping("/appointments/{code}/cancellation")
	AppointmentView cancel(@PathVariable String code, @Valid @RequestBody CancelRequest request) {
		return view(appointments.cancel(code, request.idNumber()));
	}

	record CheckInRequest(@Size(max = 16) String code, IdNumber idNumber) {
	}

	@Operation(summary = "预约签到取号（预约码或身份证号）")
	@PostMapping("/sites/{siteId}/check-ins")
	ResponseEntity<TicketView> checkIn(@PathVariable long siteId, @Valid @RequestBody CheckInRequest request,
			@RequestHeader(name = KioskService.KEY_HEADER, required = false) String kioskKey) {
		kiosks.authenticate(siteId, kioskKey);
		var checkIn = appointments.checkIn(siteId, request.code(), request.idNumber());
		return ResponseEntity.created(URI.create("/api/queue/tickets/" + checkIn.ticket().token()))
			.body(views.ticket(checkIn.ticket(), checkIn.notice()));
	}

	private AppointmentView view(Appointment a) {
		var site = sites.getSite(a.siteId());
		String categoryName = views.categoryName(a.siteId(), a.category());
		String ticketNumber = a.ticketId() == null ? null
				: views.findTicket(a.ticketId()).map(Ticket::number).orElse(null);
		return new AppointmentView(a.code(), a.siteId(), site.name(), a.category(), categoryName, a.day(), a.start(),
				a.end(), a.label(), Masking.name(a.name()), IdNumber.of(a.idNumber()).masked(),
				PhoneNumber.of(a.phone()).masked(), a.state().name(), a.state().label(), ticketNumber);
	}

	@Configuration(proxyBeanMethods = false)
	static class Limits {

		@Bean
		RateLimitBuckets queueRateLimits() {
			return RateLimitBuckets.of(BOOKINGS_PER_ADDRESS);
		}
	}
}
