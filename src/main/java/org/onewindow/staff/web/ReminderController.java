package org.onewindow.staff.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.onewindow.platform.CurrentStaff;
import org.onewindow.platform.DomainException;
import org.onewindow.staff.ReminderLight;
import org.onewindow.staff.internal.ReminderRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 催办提醒 of the logged-in staff member: the items of theirs whose light turned yellow or red.
 */
@Tag(name = "催办提醒")
@RestController
@RequestMapping("/api/me/reminders")
class ReminderController {

	private static final int LIMIT = 100;

	private final ReminderRepository reminders;
	private final CurrentStaff currentStaff;
	private final Clock clock;

	ReminderController(ReminderRepository reminders, CurrentStaff currentStaff, Clock clock) {
		this.reminders = reminders;
		this.currentStaff = currentStaff;
		this.clock = clock;
	}

	@Operation(summary = "本人的催办提醒（最近 100 条）")
	@GetMapping
	List<ReminderResponse> list(@RequestParam(defaultValue = "false") boolean unreadOnly) {
		return reminders.ofStaff(me(), unreadOnly, LIMIT)
			.stream()
			.map(r -> new ReminderResponse(r.id(), r.source(), r.light(), r.light().label(), r.title(), r.link(),
					r.createdAt(), r.readAt(), r.smsSent()))
			.toList();
	}

	@Operation(summary = "本人未读催办提醒数")
	@GetMapping("/unread-count")
	UnreadCount unreadCount() {
		return new UnreadCount(reminders.unreadCount(me()));
	}

	@Operation(summary = "标记一条提醒为已读")
	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@PathVariable long id) {
		if (!reminders.markRead(me(), id, clock.instant())) {
			throw DomainException.notFound("staff.reminder-not-found", id);
		}
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "全部标记为已读")
	@PostMapping("/read-all")
	UnreadCount readAll() {
		reminders.markAllRead(me(), clock.instant());
		return new UnreadCount(0);
	}

	private long me() {
		return currentStaff.require().staffId();
	}

	record ReminderResponse(long id, String source, ReminderLight light, String lightLabel, String title,
			String link, Instant createdAt, Instant readAt, boolean smsSent) {
	}

	record UnreadCount(long count) {
	}
}
