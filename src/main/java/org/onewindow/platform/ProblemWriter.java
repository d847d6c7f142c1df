package org.onewindow.platform;

import java.io.IOException;

import org.onewindow.platform.internal.ProblemFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to a servlet response, for the filters that run before Spring MVC (login, 401, 403).
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
		var problem = problems.create(status, code, args, null);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
