package org.onewindow.platform;

import java.io.IOException;

import org.onewindow.platform.internal.ProblemFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to a servlet response, for the filters that run before Spring MVC (login, 401, 403,
 * 429 of the login).
 */
@Component
public class ProblemWriter {

	private final ProblemFactory problems;
	private final JsonMapper json;

	public ProblemWriter(ProblemFactory problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	public void write(HttpServletResponse response, HttpStatus status, String code, Object... args) throws IOException {
		write(response, problems.create(status, code, args, null));
	}

	/** A refusal for too many requests, with its {@code Retry-After} header. */
	public void write(HttpServletResponse response, TooManyRequestsException refusal) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
		write(response, problems.create(refusal));
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
