package org.onewindow.platform;

import java.util.Arrays;

import org.springframework.http.HttpStatus;

/**
 * A business rule was broken or a record is missing. Rendered as an RFC 9457 problem with the real HTTP status,
 * the stable {@link #code()} and Chinese {@code title}/{@code detail} resolved from {@code i18n/*.properties}
 * ({@code <code>.title}, {@code <code>.detail} formatted with {@link #args()}).
 */
public class DomainException extends RuntimeException {

	private final HttpStatus status;
	private final String code;
	private final transient Object[] args;

	public DomainException(HttpStatus status, String code, Object... args) {
		super(code + " " + Arrays.toString(args));
		this.status = status;
		this.code = code;
		this.args = args.clone();
	}

	public static DomainException notFound(String code, Object... args) {
		return new DomainException(HttpStatus.NOT_FOUND, code, args);
	}

	public static DomainException badRequest(String code, Object... args) {
		return new DomainException(HttpStatus.BAD_REQUEST, code, args);
	}

	public static DomainException conflict(String code, Object... args) {
		return new DomainException(HttpStatus.CONFLICT, code, args);
	}

	public static DomainException forbidden(String code, Object... args) {
		return new DomainException(HttpStatus.FORBIDDEN, code, args);
	}

	public static DomainException unprocessable(String code, Object... args) {
		return new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, code, args);
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}
}
