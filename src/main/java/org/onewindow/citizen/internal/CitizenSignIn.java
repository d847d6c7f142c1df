package org.onewindow.citizen.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.onewindow.citizen.Citizen;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.SmsGateway;
import org.onewindow.platform.TooManyRequestsException;
import org.onewindow.shared.PhoneNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in by phone: a six-digit code by text message (rate limited per phone), then the code for a session.
 */
@Service
public class CitizenSignIn {

	static final String KEY_NAME = "sms-code-hmac";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SignInCodeRepository codes;
	private final CitizenSessionRepository sessions;
	private final InstallationKeys keys;
	private final SmsGateway sms;
	private final CitizenProperties properties;
	private final SignInCodePolicy policy;
	private final Clock clock;

	private volatile CodeHasher hasher;

	CitizenSignIn(SignInCodeRepository codes, CitizenSessionRepository sessions, InstallationKeys keys,
			SmsGateway sms, CitizenProperties properties, Clock clock) {
		this.codes = codes;
		this.sessions = sessions;
		this.keys = keys;
		this.sms = sms;
		this.properties = properties;
		this.policy = new SignInCodePolicy(properties);
		this.clock = clock;
	}

	/**
	 * @param phone masked
	 * @param resendAfterSeconds the least wait before the next code
	 */
	public record CodeSent(String phone, Instant expiresAt, long resendAfterSeconds) {
	}

	/** A new session: {@code token} goes into the cookie and nowhere else. */
	public record SignedIn(String token, Citizen citizen) {
	}

	/**
	 * Sends a sign-in code to the phone.
	 *
	 * @throws TooManyRequestsException 429 within the resend interval of the last code or beyond the daily limit,
	 * retry after the interval or at midnight
	 */
	@Transactional
	public CodeSent requestCode(PhoneNumber phone) {
		String number = phone.value();
		Instant now = clock.instant();
		codes.lockPhone(number);
		var issued = codes.issued(number, LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant());
		policy.mayIssue(issued.last(), issued.since(), now).ifPresent(refusal -> {
			Duration wait = refusal.code().equals("citizen.code-daily-limit")
					? Duration.between(now, LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant())
					: Duration.ofSeconds(refusal.argument());
			throw new TooManyRequestsException(refusal.code(), wait, refusal.argument());
		});
		String code = CodeHasher.newCode(RANDOM);
		Instant expiresAt = policy.expiry(now);
		long id = codes.insert(number, hasher().hash(number, code), now, expiresAt);
		long messageId = sms.send(number, "您的登录验证码为 " + code + "，" + properties.codeValidity().toMinutes()
				+ " 分钟内有效，仅用于网上办事登录。工作人员不会向您索要验证码，请勿告诉他人。", "sign-in-code");
		codes.recordMessage(id, messageId);
		return new CodeSent(phone.masked(), expiresAt, properties.resendInterval().toSeconds());
	}

	/**
	 * Checks the phone's latest code and opens a session. A wrong code counts against the code even though the
	 * answer is an error (hence no rollback for {@link DomainException}: nothing else is written before the check).
	 *
	 * @param previousToken the token of a session this browser had, ended now; may be {@code null}
	 * @throws DomainException 400 for no code, a wrong, used, expired or locked code
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public SignedIn signIn(PhoneNumber phone, String code, String previousToken) {
		String number = phone.value();
		Instant now = clock.instant();
		codes.lockPhone(number);
		var stored = codes.latest(number).orElseThrow(() -> DomainException.badRequest("citizen.code-not-requested"));
		var check = policy.check(stored.issued(), hasher().matches(stored.hash(), number, code), now);
		switch (check.verdict()) {
			case ACCEPTED -> codes.markUsed(stored.id(), now);
			case WRONG -> {
				codes.countAttempt(stored.id());
				throw check.triesLeft() > 0 ? DomainException.badRequest("citizen.code-wrong", check.triesLeft())
						: DomainException.badRequest("citizen.code-locked", properties.maxAttempts());
			}
			case LOCKED -> throw DomainException.badRequest("citizen.code-locked", properties.maxAttempts());
			case EXPIRED -> throw DomainException.badRequest("citizen.code-expired");
			case USED -> throw DomainException.badRequest("citizen.code-used");
		}
		if (SessionTokens.wellFormed(previousToken)) {
			sessions.delete(SessionTokens.hash(previousToken));
		}
		String token = SessionTokens.newToken();
		Instant expiresAt = now.plus(properties.idleTimeout());
		sessions.insert(SessionTokens.hash(token), number, now, expiresAt);
		return new SignedIn(token, new Citizen(number, now, expiresAt));
	}

	/** Ends the session of the token (nothing happens for an unknown one). */
	@Transactional
	public void signOut(String token) {
		if (SessionTokens.wellFormed(token)) {
			sessions.delete(SessionTokens.hash(token));
		}
	}

	private CodeHasher hasher() {
		var current = hasher;
		if (current == null) {
			current = new CodeHasher(keys.key(KEY_NAME));
			hasher = current;
		}
		return current;
	}
}
