package org.onewindow.acceptance.web;

import java.time.Duration;
import java.util.Locale;

import org.onewindow.acceptance.internal.ProgressQuery;
import org.onewindow.platform.QrCodes;
import org.onewindow.platform.RateLimitBuckets;
import org.onewindow.platform.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;

/**
 * Progress without an account (办件进度查询), for citizens' phones, and the QR code printed on a case's documents.
 * Case numbers follow each other, so the last four digits of the phone are the only secret of a lookup by number:
 * failed lookups are limited per address and per case number (docs/security.md). A token is a long random secret
 * and needs no limit.
 */
@Tag(name = "办件查询")
@RestController
@RequestMapping("/api/public/progress")
@Validated
class ProgressController {

	private static final String TOKEN = "[0-9A-Za-z_-]{1,64}";

	/**
	 * A token's code never changes: the browser (not a shared cache, the token opens the case's progress) keeps it
	 * for a day, so a print preview and its print fetch it once.
	 */
	private static final CacheControl QR_CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();

	static final String FAILURES_PER_ADDRESS = "progress-failures-per-address";

	static final String FAILURES_PER_CASE = "progress-failures-per-case";

	private final ProgressQuery progress;
	private final QrCodes qrCodes;
	private final RateLimiter limiter;

	ProgressController(ProgressQuery progress, QrCodes qrCodes, RateLimiter limiter) {
		this.progress = progress;
		this.qrCodes = qrCodes;
		this.limiter = limiter;
	}

	@Operation(summary = "按办件编号和申请人手机号后四位查询进度")
	@GetMapping
	ProgressQuery.Progress byNumber(@RequestParam @Pattern(regexp = "[0-9A-Za-z-]{1,40}") String caseNumber,
			@RequestParam @Pattern(regexp = "\\d{4}") String phoneLast4, HttpServletRequest request) {
		var failure = limiter.hit(limiter.byAddress(FAILURES_PER_ADDRESS, request),
				limiter.by(FAILURES_PER_CASE, caseNumber.strip().toUpperCase(Locale.ROOT)));
		var found = progress.byNumber(caseNumber, phoneLast4);
		failure.refund();
		return found;
	}

	@Operation(summary = "按受理通知书上的二维码查询进度")
	@GetMapping("/{token}")
	ProgressQuery.Progress byToken(@PathVariable @Pattern(regexp = TOKEN) String token) {
		return progress.byToken(token);
	}

	@Operation(summary = "办件进度二维码（印在受理通知书等文书上，手机扫码打开办件进度页）")
	@GetMapping(value = "/{token}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable @Pattern(regexp = TOKEN) String token) {
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(progress.pagePath(token)).toUriString();
		return ResponseEntity.ok().cacheControl(QR_CACHE).body(qrCodes.png(url, 240));
	}

	@Configuration(proxyBeanMethods = false)
	static class Limits {

		@Bean
		RateLimitBuckets progressRateLimits() {
			return RateLimitBuckets.of(FAILURES_PER_ADDRESS, FAILURES_PER_CASE);
		}
	}
}
