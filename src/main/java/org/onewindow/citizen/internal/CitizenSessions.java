package org.onewindow.citizen.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.onewindow.citizen.Citizen;
import org.onewindow.citizen.CurrentCitizen;
import org.onewindow.platform.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Recognises the citizen of a request by the {@code OW_CITIZEN} cookie: looks the token's hash up in
 * {@code cz_session} (any node's sign-in counts), moves the idle timeout at most once a minute, and remembers the
 * answer for the rest of the request.
 */
@Component
public class CitizenSessions implements CurrentCitizen {

	public static final String COOKIE = "OW_CITIZEN";

	private static final String ATTRIBUTE = CitizenSessions.class.getName() + ".citizen";

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final CitizenSessionRepository sessions;
	private final CitizenProperties properties;
	private final Clock clock;

	CitizenSessions(CitizenSessionRepository sessions, CitizenProperties properties, Clock clock) {
		this.sessions = sessions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Optional<Citizen> find() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Optional.empty();
		}
		var request = attributes.getRequest();
		Object cached = request.getAttribute(ATTRIBUTE);
		if (cached instanceof Citizen citizen) {
			return Optional.of(citizen);
		}
		if (Boolean.FALSE.equals(cached)) {
			return Optional.empty();
		}
		var found = token(request).flatMap(this::lookUp);
		request.setAttribute(ATTRIBUTE, found.isPresent() ? found.get() : Boolean.FALSE);
		return found;
	}

	@Override
	public Citizen require() {
		return find().orElseThrow(() -> new DomainException(HttpStatus.UNAUTHORIZED, "citizen.sign-in-required"));
	}

	/** The well-formed token of the request's cookie, if any. */
	public static Optional<String> token(HttpServletRequest request) {
		var cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (var cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && SessionTokens.wellFormed(cookie.getValue())) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/** Forgets what this request was told about its citizen (after a sign-in or sign-out within it). */
	public static void forget(HttpServletRequest request) {
		request.removeAttribute(ATTRIBUTE);
	}

	private Optional<Citizen> lookUp(String token) {
		byte[] hash = SessionTokens.hash(token);
		Instant now = clock.instant();
		return sessions.findLive(hash, now).map(session -> {
			if (Duration.between(session.lastSeenAt(), now).compareTo(TOUCH_INTERVAL) < 0) {
				return session.citizen();
			}
			Instant expiresAt = now.plus(properties.idleTimeout());
			sessions.touch(hash, now, expiresAt);
			var citizen = session.citizen();
			return new Citizen(citizen.phone(), citizen.signedInAt(), expiresAt);
		});
	}
}
