package org.onewindow.citizen.web;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.onewindow.citizen.Citizen;
import org.onewindow.citizen.CurrentCitizen;
import org.onewindow.citizen.internal.CitizenSessions;
import org.onewindow.citizen.internal.CitizenSignIn;
import org.onewindow.shared.PhoneNumber;
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
 * A citizen's sign-in on the phone pages: a code by text message, then the {@code OW_CITIZEN} cookie.
 */
@Tag(name = "公众身份")
@RestController
@RequestMapping("/api/public/citizen")
class CitizenController {

	private final CitizenSignIn signIn;
	private final CurrentCitizen currentCitizen;
	private final Clock clock;

	CitizenController(CitizenSignIn signIn, CurrentCitizen currentCitizen, Clock clock) {
		this.signIn = signIn;
		this.currentCitizen = currentCitizen;
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

	@Operation(summary = "发送登录验证码（短信）")
	@PostMapping("/sms-code")
	ResponseEntity<CodeSentView> code(@Valid @RequestBody CodeRequest request) {
		var sent = signIn.requestCode(request.phone());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(new CodeSentView(sent.phone(), local(sent.expiresAt()), sent.resendAfterSeconds()));
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

	@Operation(summary = "手机号 + 验证码登录")
	@PostMapping("/sign-in")
	ResponseEntity<CitizenView> signIn(@Valid @RequestBody SignInRequest request, HttpServletRequest http) {
		var signedIn = signIn.signIn(request.phone(), request.code(), CitizenSessions.token(http).orElse(null));
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
}
