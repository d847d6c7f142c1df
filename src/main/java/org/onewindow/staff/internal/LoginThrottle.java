package org.onewindow.staff.internal;

import java.io.IOException;

import org.onewindow.platform.ProblemWriter;
import org.onewindow.platform.RateLimiter;
import org.onewindow.platform.TooManyRequestsException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Failed logins per client address: the account lock stops guessing one account's password, this stops one
 * address from trying a few passwords on each of many accounts (or on names that do not exist, which no lock
 * counts). A login is counted before the password is checked and refunded by {@link LoginHandlers} when it
 * succeeds, so parallel tries cannot pass before they are counted. Runs in the security filter chain just before
 * the form login; not a bean, so the servlet container does not run it a second time.
 */
class LoginThrottle extends OncePerRequestFilter {

	static final String FAILURES_PER_ADDRESS = "staff-login-failures-per-address";

	/** The request attribute that carries the counted login to {@link LoginHandlers}. */
	static final String COUNTED = LoginThrottle.class.getName() + ".counted";

	private final RateLimiter limiter;
	private final ProblemWriter problems;

	LoginThrottle(RateLimiter limiter, ProblemWriter problems) {
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimiter.Hit counted;
		try {
			counted = limiter.hit(limiter.byAddress(FAILURES_PER_ADDRESS, request));
		}
		catch (TooManyRequestsException refusal) {
			problems.write(response, refusal);
			return;
		}
		request.setAttribute(COUNTED, counted);
		chain.doFilter(request, response);
	}

	/** Takes a successful login back from the failures. */
	static void succeeded(HttpServletRequest request) {
		if (request.getAttribute(COUNTED) instanceof RateLimiter.Hit counted) {
			counted.refund();
		}
	}
}
