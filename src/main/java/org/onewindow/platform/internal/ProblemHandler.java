package org.onewindow.platform.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.onewindow.platform.DomainException;
import org.onewindow.platform.TooManyRequestsException;
import org.onewindow.platform.ValidationFailedException;
import org.onewindow.platform.internal.ProblemFactory.FieldProblem;
import org.onewindow.shared.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of an API call into an RFC 9457 problem in Chinese; never a 200 with an error inside, never
 * a stack trace to the client.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	/** SQLSTATE of a character the database encoding cannot hold (in UTF-8: the NUL character). */
	private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

	/** SQLSTATE class 22, data exception: a value the column cannot take (too long, out of range …). */
	private static final String DATA_EXCEPTION_CLASS = "22";

	private final ProblemFactory problems;

	ProblemHandler(ProblemFactory problems) {
		this.problems = problems;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		var problem = problems.create(ex.status(), ex.code(), ex.args(), null);
		if (ex instanceof ValidationFailedException failed) {
			problems.withErrors(problem,
					failed.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
		}
		return respond(problem);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException ex) {
		var problem = problems.create(ex);
		return ResponseEntity.status(problem.getStatus())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(problem);
	}

	@ExceptionHandler(InvalidValueException.class)
	ResponseEntity<ProblemDetail> invalidValue(InvalidValueException ex) {
		return respond(problems.create(HttpStatus.BAD_REQUEST, ex.code(), null, ex.getMessage()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		var invalid = find(ex, InvalidValueException.class);
		String reason = invalid != null ? invalid.getMessage() : problems.message("platform.invalid-value", null, "值无效");
		var problem = problems.create(HttpStatus.BAD_REQUEST,
				invalid != null ? invalid.code() : "platform.invalid-parameter", new Object[] { ex.getName(), reason },
				"参数 " + ex.getName() + "：" + reason);
		problem.setDetail(problems.message("platform.invalid-parameter.detail",
				new Object[] { label(ex.getName()), reason }, problem.getDetail()));
		return respond(problems.withErrors(problem, List.of(new FieldProblem(ex.getName(), reason))));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		return validationProblem(ex.getConstraintViolations()
			.stream()
			.map(violation -> new FieldProblem(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
			.toList());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return respond(problems.create(HttpStatus.FORBIDDEN, "auth.forbidden", null, null));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		return respond(problems.create(HttpStatus.UNAUTHORIZED, "auth.required", null, null));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentModification(OptimisticLockingFailureException ex) {
		return respond(problems.create(HttpStatus.CONFLICT, "platform.concurrent-modification", null, null));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		log.info("Rejected by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		var sql = find(ex, SQLException.class);
		String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
		if (state.equals(CHARACTER_NOT_IN_REPERTOIRE)) {
			// PostgreSQL keeps no NUL character (0x00) in text: the input is at fault, nothing conflicts
			return respond(problems.create(HttpStatus.BAD_REQUEST, "platform.invalid-character", null, null));
		}
		if (state.startsWith(DATA_EXCEPTION_CLASS)) {
			return respond(problems.create(HttpStatus.BAD_REQUEST, "platform.invalid-data", null, null));
		}
		return respond(problems.create(HttpStatus.CONFLICT, "platform.data-conflict", null, null));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		String errorId = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error {}", errorId, ex);
		return respond(problems.create(HttpStatus.INTERNAL_SERVER_ERROR, "platform.internal-error",
				new Object[] { errorId }, null));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = new ArrayList<FieldProblem>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), fieldMessage(error)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return validationProblem(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = new ArrayList<FieldProblem>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.add(new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage()))));
		return validationProblem(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var invalid = find(ex, InvalidValueException.class);
		var jackson = find(ex, JacksonException.class);
		String field = jackson != null ? fieldPath(jackson) : "";
		ProblemDetail problem;
		if (invalid != null) {
			problem = problems.create(HttpStatus.BAD_REQUEST, invalid.code(), null, invalid.getMessage());
			problem.setDetail(field.isEmpty() ? invalid.getMessage()
					: problems.message("platform.invalid-field.detail",
							new Object[] { label(field), invalid.getMessage() }, field + "：" + invalid.getMessage()));
			problems.withErrors(problem, List.of(new FieldProblem(field, invalid.getMessage())));
		}
		else if (!field.isEmpty()) {
			String reason = problems.message("platform.invalid-value", null, "值的格式不正确");
			problem = problems.create(HttpStatus.BAD_REQUEST, "platform.invalid-field",
					new Object[] { label(field), reason }, null);
			problems.withErrors(problem, List.of(new FieldProblem(field, reason)));
		}
		else {
			problem = problems.create(HttpStatus.BAD_REQUEST, "platform.malformed-request", null, null);
		}
		return new ResponseEntity<>(problem, HttpStatus.BAD_REQUEST);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (ex instanceof ErrorResponse errorResponse && (body == null || body instanceof ProblemDetail)) {
			var status = HttpStatus.valueOf(statusCode.value());
			var problem = problems.create(status, "platform.http." + status.value(), null,
					errorResponse.getBody().getDetail());
			return new ResponseEntity<>(problem, headers, statusCode);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = problems.create(HttpStatus.BAD_REQUEST, "platform.missing-parameter",
				new Object[] { label(ex.getParameterName()), ex.getParameterName() }, null);
		return new ResponseEntity<>(problem, headers, HttpStatus.BAD_REQUEST);
	}

	private ResponseEntity<Object> validationProblem(List<FieldProblem> errors) {
		String summary = String.join("；", errors.stream().map(e -> label(e.field()) + " " + e.message()).toList());
		var problem = problems.create(HttpStatus.BAD_REQUEST, "platform.validation", new Object[] { summary }, null);
		return new ResponseEntity<>(problems.withErrors(problem, errors), HttpStatus.BAD_REQUEST);
	}

	private String fieldMessage(FieldError error) {
		var invalid = error.contains(InvalidValueException.class) ? error.unwrap(InvalidValueException.class) : null;
		if (invalid != null) {
			return invalid.getMessage();
		}
		if (error.isBindingFailure()) {
			return problems.message("platform.invalid-value", null, "值的格式不正确");
		}
		return error.getDefaultMessage();
	}

	private static String fieldPath(JacksonException ex) {
		var path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * A field's name as the hall says it ({@code i18n/fields}): the whole path first (applicant.name → 申请人姓名), then
	 * its last name (name → 名称), list positions left out; the path itself when neither is known.
	 */
	private String label(String path) {
		String plain = path == null ? "" : path.replaceAll("\\[\\d+]", "");
		String label = problems.message("field." + plain, null, null);
		return label != null ? label : problems.message("field." + lastNode(plain), null, plain);
	}

	private static String lastNode(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}

	private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
