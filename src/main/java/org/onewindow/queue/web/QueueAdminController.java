package org.onewindow.queue.web;

import java.net.URI;
import java.time.LocalTime;
import java.util.List;

import org.onewindow.platform.DomainException;
import org.onewindow.queue.internal.QueueAdministration;
import org.onewindow.queue.internal.QueueSettings;
import org.onewindow.queue.internal.QueueViews;
import org.onewindow.queue.internal.SlotRule;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The floor manager's view (现场管理) and the queue settings of a site.
 */
@Tag(name = "叫号管理")
@RestController
@RequestMapping("/api/queue/sites/{siteId}")
class QueueAdminController {

	private final QueueAdministration administration;
	private final QueueViews views;

	QueueAdminController(QueueAdministration administration, QueueViews views) {
		this.administration = administration;
		this.views = views;
	}

	@Operation(summary = "现场管理：各类别等候、最长等候、窗口状态")
	@GetMapping("/floor")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN', 'SUPERVISOR')")
	QueueViews.FloorView floor(@PathVariable long siteId) {
		administration.requireInScope(siteId);
		return views.floor(siteId);
	}

	record SettingsBody(@NotNull @Min(50) @Max(100) Integer elderlyAge, @NotNull @Min(1) @Max(20) Integer priorityRatio,
			@NotNull @Min(0) @Max(240) Integer noShowReturnMinutes, @NotNull @Min(1) @Max(480) Integer waitAlertMinutes,
			@NotNull @Min(1) @Max(120) Integer defaultServiceMinutes,
			@NotNull @Min(0) @Max(240) Integer checkInEarlyMinutes, @NotNull @Min(0) @Max(240) Integer checkInLateMinutes,
			@NotNull @Min(1) @Max(20) Integer noShowBanCount, @NotNull @Min(1) @Max(365) Integer noShowBanDays) {

		static SettingsBody of(QueueSettings s) {
			return new SettingsBody(s.elderlyAge(), s.priorityRatio(), s.noShowReturnMinutes(), s.waitAlertMinutes(),
					s.defaultServiceMinutes(), s.checkInEarlyMinutes(), s.checkInLateMinutes(), s.noShowBanCount(),
					s.noShowBanDays());
		}

		QueueSettings toSettings(long siteId) {
			return new QueueSettings(siteId, elderlyAge, priorityRatio, noShowReturnMinutes, waitAlertMinutes,
					defaultServiceMinutes, checkInEarlyMinutes, checkInLateMinutes, noShowBanCount, noShowBanDays);
		}
	}

	@Operation(summary = "叫号设置")
	@GetMapping("/settings")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN', 'SUPERVISOR')")
	SettingsBody settings(@PathVariable long siteId) {
		return SettingsBody.of(administration.settings(siteId));
	}

	@Operation(summary = "修改叫号设置")
	@PutMapping("/settings")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
	SettingsBody saveSettings(@PathVariable long siteId, @Valid @RequestBody SettingsBody body) {
		return SettingsBody.of(administration.saveSettings(body.toSettings(siteId)));
	}

	record CategoryBody(String code, @NotBlank @Size(max = 20) String name,
			@NotNull @Size(max = 20) List<@NotBlank @Size(max = 32) String> departmentCodes, @NotNull Boolean active,
			Integer sortOrder) {
	}

	@Operation(summary = "号票类别（含停用的）")
	@GetMapping("/queue-categories")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN', 'SUPERVISOR')")
	List<CategoryBody> categories(@PathVariable long siteId) {
		return administration.categories(siteId)
			.stream()
			.map(c -> new CategoryBody(c.code(), c.name(), c.departmentCodes(), c.active(), c.sortOrder()))
			.toList();
	}

	@Operation(summary = "新增或修改号票类别（字母即号票前缀）")
	@PutMapping("/queue-categories/{code}")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
	CategoryBody saveCategory(@PathVariable long siteId, @PathVariable String code,
			@Valid @RequestBody CategoryBody body) {
		if (!code.matches("[A-Z]")) {
			throw DomainException.badRequest("queue.category-code-invalid", code);
		}
		var saved = administration.saveCategory(siteId, code, body.name().strip(), body.departmentCodes(),
				body.active(), body.sortOrder());
		return new CategoryBody(saved.code(), saved.name(), saved.departmentCodes(), saved.active(), saved.sortOrder());
	}

	record SlotRuleBody(Long id, @NotNull @Pattern(regexp = "[A-Z]") String category,
			@NotNull SlotRule.DayKind dayKind, @NotNull LocalTime start, @NotNull LocalTime end,
			@NotNull @Min(5) @Max(240) Integer slotMinutes, @NotNull @Min(1) @Max(500) Integer capacity,
			@Size(max = 20) String label) {

		static SlotRuleBody of(SlotRule r) {
			return new SlotRuleBody(r.id(), r.category(), r.dayKind(), r.start(), r.end(), r.slotMinutes(),
					r.capacity(), r.label());
		}
	}

	@Operation(summary = "预约时段规则（含错时延时）")
	@GetMapping("/slot-rules")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN', 'SUPERVISOR')")
	List<SlotRuleBody> rules(@PathVariable long siteId) {
		return administration.rules(siteId).stream().map(SlotRuleBody::of).toList();
	}

	@Operation(summary = "新增预约时段规则")
	@PostMapping("/slot-rules")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
	ResponseEntity<SlotRuleBody> addRule(@PathVariable long siteId, @Valid @RequestBody SlotRuleBody body) {
		var rule = administration.addRule(new SlotRule(null, siteId, body.category(), body.dayKind(), body.start(),
				body.end(), body.slotMinutes(), body.capacity(),
				body.label() == null || body.label().isBlank() ? null : body.label().strip()));
		return ResponseEntity.created(URI.create("/api/queue/sites/" + siteId + "/slot-rules/" + rule.id()))
			.body(SlotRuleBody.of(rule));
	}

	@Operation(summary = "删除预约时段规则（已有的预约不受影响）")
	@DeleteMapping("/slot-rules/{id}")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
	ResponseEntity<Void> deleteRule(@PathVariable long siteId, @PathVariable long id) {
		administration.deleteRule(siteId, id);
		return ResponseEntity.noContent().build();
	}
}
