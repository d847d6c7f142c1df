package org.onewindow.citizen.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;

import org.onewindow.citizen.Citizen;
import org.onewindow.citizen.CurrentCitizen;
import org.onewindow.citizen.internal.CitizenSessions;
import org.onewindow.citizen.internal.CitizenSignIn;
import org.onewindow.platform.RateLimitBuckets;
import org.onewindow.platform.RateLimiter;
import org.onewindow.platform.TooManyRequestsException;
import org.onewindow.shared.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A citizen's sign-in on the phone pages: a code by text message, then the {@code OW_CITIZEN} cookie. Besides the
 * citizen rules per phone (one code per 60 s, ten per day, five tries per code), the platform's rate limits count
 * the codes sent from one address (an SMS bomber walking through many numbers) and the failed sign-ins per phone and
 * per address (guessing six-digit codes across several codes and numbers).
 */
@Tag(name = "公众身份")
@RestController
@RequestMapping("/api/public/citizen")
class CitizenController {

	private static final Logger log = LoggerFactory.getLogger(CitizenController.class);

	static final String CODES_PER_ADDRESS = "citizen-codes-per-address";

	/** Overall caps of sign-in codes sent, from all addresses together (an SMS budget a botnet cannot drain). */
	static final String CODES_PER_MINUTE = "citizen-codes-per-minute";

	static final String CODES_PER_DAY = "citizen-codes-per-day";

	static final String FAILURES_PER_PHONE = "citizen-sign-in-failures-per-phone";

	static final String FAILURES_PER_ADDRESS = "citizen-sign-in-failures-per-address";

	private final CitizenSignIn signIn;
	private final CurrentCitizen currentCitizen;
	private final RateLimiter limiter;
	private final Clock clock;

	private final AtomicReference<String> lastCapWarning = new AtomicReference<>();

	CitizenController(CitizenSignIn signIn, CurrentCitizen currentCitizen, RateLimiter limiter, Clock clock) {
		this.signIn = signIn;
		this.currentCitizen = currentCitizen;
		this.limiter = limiter;
		this.clock = clock;
	}

	/** A time as the hall reads it ({@code +08:00}). */
	private OffsetDateTime local(Instant instant) {
		return instant.atZone(clock.getZone()).toOffsetDateTime();
	}

	record CodeRequest(@NotNull PhoneNumber phone) {
	}

	/**
	 * @param phone masked
	 * @param resendAfterSeconds when the page may offer "重新获取"
	 */
	record CodeSentView(String phone, OffsetDateTime expiresAt, long resendAfterSeconds) {
	}

	/** Only codes actually sent count against the address; a refused request is refunded. */
	@Operation(summary = "发送登录验证码（短信）")
	@PostMapping("/sms-code")
	ResponseEntity<CodeSentView> code(@Valid @RequestBody CodeRequest request, HttpServletRequest http) {
		RateLimiter.Hit counted;
		try {
			counted = limiter.hit(limiter.byAddress(CODES_PER_ADDRESS, http), limiter.overall(CODES_PER_MINUTE, http),
					limiter.overall(CODES_PER_DAY, http));
		}
		catch (TooManyRequestsException ex) {
			if (CODES_PER_MINUTE.equals(ex.bucket()) || CODES_PER_DAY.equals(ex.bucket())) {
				throw overallCapReached(ex);
			}
			throw ex;
		}
		CitizenSignIn.CodeSent sent;
		try {
			sent = signIn.requestCode(request.phone());
		}
		catch (RuntimeException ex) {
			counted.refund();
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(new CodeSentView(sent.phone(), local(sent.expiresAt()), sent.resendAfterSeconds()));
	}

	/**
	 * The overall cap of codes is reached: 429 with its own words and the bucket's wait, nothing sent. Operators hear
	 * of it once per node and window at WARN (the refused request is in the audit log with status 429 anyway).
	 */
	private TooManyRequestsException overallCapReached(TooManyRequestsException refusal) {
		var wait = Duration.ofSeconds(refusal.retryAfterSeconds());
		long windowEnd = clock.instant().plus(wait).getEpochSecond();
		String key = refusal.bucket() + "@" + windowEnd;
		if (!key.equals(lastCapWarning.getAndSet(key))) {
			log.warn("Citizen sign-in codes: overall cap {} reached, codes refused for {} s", refusal.bucket(),
					wait.toSeconds());
		}
		return new TooManyRequestsException("citizen.code-overall-limit", wait, TooManyRequestsException.describe(wait));
	}

	record SignInRequest(@NotNull PhoneNumber phone,
			@NotBlank @Pattern(regexp = "\\d{6}", message = "{citizen.code.pattern}") String code) {
	}

	/** @param phone masked */
	record CitizenView(String phone, OffsetDateTime signedInAt, OffsetDateTime expiresAt) {
	}

	private CitizenView view(Citizen citizen) {
		return new CitizenView(citizen.maskedPhone(), local(citizen.signedInAt()), local(citizen.expiresAt()));
	}

	/** Every sign-in counts as a failure until it succeeds. */
	@Operation(summary = "手机号 + 验证码登录")
	@PostMapping("/sign-in")
	ResponseEntity<CitizenView> signIn(@Valid @RequestBody SignInRequest request, HttpServletRequest http) {
		var failure = limiter.hit(limiter.by(FAILURES_PER_PHONE, request.phone().value()),
				limiter.byAddress(FAILURES_PER_ADDRESS, http));
		var signedIn = signIn.signIn(request.phone(), request.code(), CitizenSessions.token(http).orElse(null));
		failure.refund();
		CitizenSessions.forget(http);
		var cookie = ResponseCookie.from(CitizenSessions.COOKIE, signedIn.token())
			.httpOnly(true)
			.secure(http.isSecure())
			.sameSite("Lax")
			.path("/")
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.SET_COOKIE, cookie.toString())
			.body(view(signedIn.citizen()));
	}

	@Operation(summary = "当前登录的办事群众")
	@GetMapping("/me")
	CitizenView me() {
		return view(currentCitizen.require());
	}

	@Operation(summary = "退出登录")
	@PostMapping("/sign-out")
	ResponseEntity<Void> signOut(HttpServletRequest http) {
		CitizenSessions.token(http).ifPresent(signIn::signOut);
		CitizenSessions.forget(http);
		var cookie = ResponseCookie.from(CitizenSessions.COOKIE, "")
			.httpOnly(true)
			.secure(http.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(0)
			.build();
		return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
	}

	@Configuration(proxyBeanMethods = false)
	static class Limits {

		@Bean
		RateLimitBuckets citizenRateLimits() {
			return RateLimitBuckets.of(CODES_PER_ADDRESS, CODES_PER_MINUTE, CODES_PER_DAY, FAILURES_PER_PHONE,
					FAILURES_PER_ADDRESS);
		}
	}
}
