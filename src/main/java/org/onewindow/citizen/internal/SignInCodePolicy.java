package org.onewindow.citizen.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a phone may get another sign-in code, and what a presented code is worth. No Spring, no database: the caller
 * reads the facts and carries out the decision.
 */
public final class SignInCodePolicy {

	private final CitizenProperties rules;

	public SignInCodePolicy(CitizenProperties rules) {
		this.rules = rules;
	}

	/** A code as it was issued. */
	public record IssuedCode(Instant createdAt, Instant expiresAt, int attempts, Instant usedAt) {
	}

	public enum Verdict {
		/** The right code, in time, not used before: sign in. */
		ACCEPTED,
		/** The wrong code: the try counts; {@link Check#triesLeft()} says how many remain (0 = locked now). */
		WRONG,
		/** Too many wrong tries before: even the right code no longer opens. */
		LOCKED,
		/** Older than its validity. */
		EXPIRED,
		/** Already used for a sign-in. */
		USED
	}

	public record Check(Verdict verdict, int triesLeft) {

		/** Whether this try is to be counted against the code. */
		public boolean counts() {
			return verdict == Verdict.WRONG;
		}
	}

	/**
	 * Judges a presented code.
	 *
	 * @param matches whether the presented code is the issued one (decided by {@link CodeHasher})
	 */
	public Check check(IssuedCode code, boolean matches, Instant now) {
		if (code.usedAt() != null) {
			return new Check(Verdict.USED, 0);
		}
		if (!now.isBefore(code.expiresAt())) {
			return new Check(Verdict.EXPIRED, 0);
		}
		if (code.attempts() >= rules.maxAttempts()) {
			return new Check(Verdict.LOCKED, 0);
		}
		if (matches) {
			return new Check(Verdict.ACCEPTED, rules.maxAttempts() - code.attempts());
		}
		return new Check(Verdict.WRONG, rules.maxAttempts() - code.attempts() - 1);
	}

	/** When an issued code stops being valid. */
	public Instant expiry(Instant issuedAt) {
		return issuedAt.plus(rules.codeValidity());
	}

	/**
	 * Why a phone may not get a code now.
	 *
	 * @param code {@code citizen.code-too-soon} or {@code citizen.code-daily-limit}
	 * @param argument the seconds to wait, or the daily limit
	 */
	public record Refusal(String code, long argument) {
	}

	/**
	 * Whether another code may be sent.
	 *
	 * @param lastIssuedAt the phone's latest code, {@code null} when it never had one
	 * @param issuedToday codes the phone got since the start of today
	 */
	public Optional<Refusal> mayIssue(Instant lastIssuedAt, int issuedToday, Instant now) {
		if (lastIssuedAt != null) {
			Duration since = Duration.between(lastIssuedAt, now);
			if (since.compareTo(rules.resendInterval()) < 0) {
				long wait = (rules.resendInterval().minus(since).toMillis() + 999) / 1000;
				return Optional.of(new Refusal("citizen.code-too-soon", wait));
			}
		}
		if (issuedToday >= rules.dailyCodes()) {
			return Optional.of(new Refusal("citizen.code-daily-limit", rules.dailyCodes()));
		}
		return Optional.empty();
	}
}
