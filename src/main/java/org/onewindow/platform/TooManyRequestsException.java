package org.onewindow.platform;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * A caller has used up a limit: rendered as 429 with a {@code Retry-After} header (whole seconds) and the
 * properties {@code retryAfterSeconds} and, for a {@link RateLimiter} bucket, {@code bucket}.
 */
public class TooManyRequestsException extends DomainException {

	/** The code of every refusal by a {@link RateLimiter} bucket. */
	public static final String CODE = "platform.too-many-requests";

	private final Duration retryAfter;
	private final String bucket;

	/**
	 * A refusal with a module's own code and message (e.g. {@code citizen.code-too-soon}).
	 *
	 * @param retryAfter how long the caller should wait before trying again
	 */
	public TooManyRequestsException(String code, Duration retryAfter, Object... args) {
		this(code, null, retryAfter, args);
	}

	private TooManyRequestsException(String code, String bucket, Duration retryAfter, Object... args) {
		super(HttpStatus.TOO_MANY_REQUESTS, code, args);
		if (retryAfter == null || retryAfter.isNegative()) {
			throw new IllegalArgumentException("a refusal needs a wait that is not negative: " + retryAfter);
		}
		this.retryAfter = retryAfter;
		this.bucket = bucket;
	}

	/** The refusal of a bucket: {@value #CODE}, "操作过于频繁，请 … 后再试". */
	public static TooManyRequestsException ofBucket(String bucket, Duration retryAfter) {
		return new TooManyRequestsException(CODE, bucket, retryAfter, describe(retryAfter));
	}

	/** The wait as the {@code Retry-After} header gives it: whole seconds, rounded up, at least 1. */
	public long retryAfterSeconds() {
		return seconds(retryAfter);
	}

	/** The bucket that refused, or {@code null} for a module's own rule. */
	public String bucket() {
		return bucket;
	}

	/**
	 * A wait in Chinese as the message shows it: {@code 45 秒} under a minute, whole minutes (rounded up) under an
	 * hour ({@code 12 分钟}), else hours and minutes ({@code 1 小时}, {@code 2 小时 5 分钟}).
	 */
	public static String describe(Duration wait) {
		long seconds = seconds(wait);
		if (seconds < 60) {
			return seconds + " 秒";
		}
		long minutes = (seconds + 59) / 60;
		if (minutes < 60) {
			return minutes + " 分钟";
		}
		long hours = minutes / 60;
		long rest = minutes % 60;
		return rest == 0 ? hours + " 小时" : hours + " 小时 " + rest + " 分钟";
	}

	private static long seconds(Duration wait) {
		long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
		return Math.max(1, seconds);
	}
}
