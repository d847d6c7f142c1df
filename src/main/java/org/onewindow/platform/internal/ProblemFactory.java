package org.onewindow.platform.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onewindow.platform.TooManyRequestsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds every RFC 9457 problem OneWindow returns: real status, stable {@code code}, Chinese {@code title} and
 * {@code detail} from the module message bundles, optional field {@code errors}.
 */
@Component
public class ProblemFactory {

	private final MessageSource messages;
	private final Clock clock;

	ProblemFactory(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	public ProblemDetail create(HttpStatus status, String code, Object[] rawArgs, String fallbackDetail) {
		Object[] args = displayable(rawArgs);
		var problem = ProblemDetail.forStatus(status);
		problem.setTitle(message(code + ".title", args, message("platform.status." + status.value(), null,
				status.getReasonPhrase())));
		problem.setDetail(message(code + ".detail", args, fallbackDetail != null ? fallbackDetail : problem.getTitle()));
		problem.setProperty("code", code);
		problem.setProperty("timestamp", OffsetDateTime.now(clock).toString());
		return problem;
	}

	/** The problem of a refusal for too many requests, with {@code retryAfterSeconds} and the {@code bucket}. */
	public ProblemDetail create(TooManyRequestsException ex) {
		var problem = create(ex.status(), ex.code(), ex.args(), null);
		problem.setProperty("retryAfterSeconds", ex.retryAfterSeconds());
		if (ex.bucket() != null) {
			problem.setProperty("bucket", ex.bucket());
		}
		return problem;
	}

	public ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
		problem.setProperty("errors", errors.stream()
			.map(error -> Map.of("field", error.field(), "message", error.message()))
			.toList());
		return problem;
	}

	public String message(String key, Object[] args, String fallback) {
		return messages.getMessage(key, args, fallback, Locale.SIMPLIFIED_CHINESE);
	}

	/** Ids and numbers are shown as written (987654, not 987,654). */
	private static Object[] displayable(Object[] args) {
		if (args == null) {
			return null;
		}
		return Arrays.stream(args).map(arg -> arg instanceof Number ? String.valueOf(arg) : arg).toArray();
	}

	public record FieldProblem(String field, String message) {
	}
}
