package org.onewindow.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No test may make the server answer 5xx: bad input and conflicts must be 4xx problems. The filter notes every 5xx
 * answer of the application under test; the extension fails the test during which one happened.
 */
public final class ServerErrors implements AfterEachCallback {

	private static final Queue<String> SEEN = new ConcurrentLinkedQueue<>();

	@Override
	public void afterEach(ExtensionContext context) {
		var errors = new ArrayList<String>();
		for (String error = SEEN.poll(); error != null; error = SEEN.poll()) {
			errors.add(error);
		}
		if (!errors.isEmpty()) {
			throw new AssertionError("the server answered with a server error: " + errors);
		}
	}

	/** Registered in the application under test by {@link HallIntegrationTest}. */
	public static final class Recorder extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (response.getStatus() >= 500) {
					SEEN.add(response.getStatus() + " " + request.getMethod() + " " + request.getRequestURI());
				}
			}
		}
	}
}
