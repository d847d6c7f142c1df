package org.onewindow.staff.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.onewindow.platform.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the login form as JSON: the logged-in staff member, or a problem saying why not (wrong password, locked
 * until when, disabled). Counts failures and locks the account after too many.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final LoginAttempts attempts;
	private final MeFactory me;
	private final ProblemWriter problems;
	private final JsonMapper json;
	private final AccountRepository accounts;
	private final Clock clock;
	private final SecuritySettings settings;

	LoginHandlers(LoginAttempts attempts, MeFactory me, ProblemWriter problems, JsonMapper json,
			AccountRepository accounts, Clock clock, SecuritySettings settings) {
		this.attempts = attempts;
		this.me = me;
		this.problems = problems;
		this.json = json;
		this.accounts = accounts;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		var principal = (StaffPrincipal) authentication.getPrincipal();
		attempts.succeeded(principal.username());
		LoginThrottle.succeeded(request);
		request.getSession().setMaxInactiveInterval((int) settings.sessionTimeout().toSeconds());
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), me.of(principal.staffId()));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = normalized(request.getParameter("username"));
		if (exception instanceof LockedException) {
			Instant until = accounts.findByUsername(username).map(Account::lockedUntil).orElse(clock.instant());
			problems.write(response, HttpStatus.UNAUTHORIZED, "auth.locked", format(until));
		}
		else if (exception instanceof DisabledException) {
			problems.write(response, HttpStatus.UNAUTHORIZED, "auth.disabled");
		}
		else if (exception instanceof BadCredentialsException && !username.isEmpty()) {
			var lockedNow = attempts.failed(username);
			if (lockedNow.isPresent()) {
				problems.write(response, HttpStatus.UNAUTHORIZED, "auth.locked-now", settings.maxFailedLogins(),
						format(lockedNow.get()));
			}
			else {
				problems.write(response, HttpStatus.UNAUTHORIZED, "auth.bad-credentials");
			}
		}
		else {
			problems.write(response, HttpStatus.UNAUTHORIZED, "auth.bad-credentials");
		}
	}

	private String format(Instant instant) {
		return UNTIL.format(instant.atZone(clock.getZone()));
	}

	private static String normalized(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}
}
