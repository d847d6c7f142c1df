package org.onewindow.escalation.web;

import java.util.Locale;

import org.onewindow.escalation.internal.EscalationService;
import org.onewindow.escalation.internal.EscalationViews;
import org.onewindow.escalation.internal.EscalationViews.PublicProgress;
import org.onewindow.escalation.internal.EscalationViews.Receipt;
import org.onewindow.platform.RateLimitBuckets;
import org.onewindow.platform.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public phone page: a citizen reports a matter online without signing in, reachable by the validated phone
 * number; the receipt gives only the number and the due date. Reports are limited per address; matter numbers
 * follow each other per site and day, so failed progress lookups are limited per address and per matter
 * (docs/security.md).
 */
@Tag(name = "办不成事（群众）")
@RestController
@RequestMapping("/api/escalation/public")
class EscalationPublicController {

	static final String PROGRESS_FAILURES_PER_ADDRESS = "matter-progress-failures-per-address";

	static final String PROGRESS_FAILURES_PER_MATTER = "matter-progress-failures-per-matter";

	static final String REPORTS_PER_ADDRESS = "matter-reports-per-address";

	private final EscalationService service;
	private final EscalationViews views;
	private final RateLimiter limiter;

	EscalationPublicController(EscalationService service, EscalationViews views, RateLimiter limiter) {
		this.service = service;
		this.views = views;
		this.limiter = limiter;
	}

	@Operation(summary = "查询反映的办理情况（编号 + 手机号后四位）")
	@GetMapping("/sites/{siteId}/matters/{number}")
	PublicProgress progress(@PathVariable long siteId, @PathVariable @Size(max = 32) String number,
			@RequestParam @Pattern(regexp = "\\d{4}") String phoneTail, HttpServletRequest request) {
		var failure = limiter.hit(limiter.byAddress(PROGRESS_FAILURES_PER_ADDRESS, request),
				limiter.by(PROGRESS_FAILURES_PER_MATTER, siteId + ":" + number.strip().toUpperCase(Locale.ROOT)));
		var progress = views.progress(siteId, number, phoneTail);
		failure.refund();
		return progress;
	}

	@Operation(summary = "网上反映办不成事")
	@PostMapping("/sites/{siteId}/matters")
	@ResponseStatus(HttpStatus.CREATED)
	Receipt report(@PathVariable long siteId, @Valid @RequestBody MatterController.IntakeRequest request,
			HttpServletRequest http) {
		var counted = limiter.hit(limiter.byAddress(REPORTS_PER_ADDRESS, http));
		try {
			var matter = service.registerOnline(siteId, request.intake(null, null));
			return new Receipt(matter.number(), matter.dueOn());
		}
		catch (RuntimeException ex) {
			counted.refund();
			throw ex;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Limits {

		@Bean
		RateLimitBuckets escalationRateLimits() {
			return RateLimitBuckets.of(PROGRESS_FAILURES_PER_ADDRESS, PROGRESS_FAILURES_PER_MATTER, REPORTS_PER_ADDRESS);
		}
	}
}
