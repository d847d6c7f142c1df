package org.onewindow.escalation.web;

import org.onewindow.escalation.internal.EscalationService;
import org.onewindow.escalation.internal.EscalationViews;
import org.onewindow.escalation.internal.EscalationViews.PublicProgress;
import org.onewindow.escalation.internal.EscalationViews.Receipt;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public phone page: a citizen reports a matter online without signing in, reachable by the validated phone
 * number; the receipt gives only the number and the due date.
 */
@Tag(name = "办不成事（群众）")
@RestController
@RequestMapping("/api/escalation/public")
class EscalationPublicController {

	private final EscalationService service;
	private final EscalationViews views;

	EscalationPublicController(EscalationService service, EscalationViews views) {
		this.service = service;
		this.views = views;
	}

	@Operation(summary = "查询反映的办理情况（编号 + 手机号后四位）")
	@GetMapping("/sites/{siteId}/matters/{number}")
	PublicProgress progress(@PathVariable long siteId, @PathVariable @Size(max = 32) String number,
			@RequestParam @Pattern(regexp = "\\d{4}") String phoneTail) {
		return views.progress(siteId, number, phoneTail);
	}

	@Operation(summary = "网上反映办不成事")
	@PostMapping("/sites/{siteId}/matters")
	@ResponseStatus(HttpStatus.CREATED)
	Receipt report(@PathVariable long siteId, @Valid @RequestBody MatterController.IntakeRequest request) {
		var matter = service.registerOnline(siteId, request.intake(null, null));
		return new Receipt(matter.number(), matter.dueOn());
	}
}
