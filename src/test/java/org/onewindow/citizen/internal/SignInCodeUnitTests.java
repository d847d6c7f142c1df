package org.onewindow.citizen.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.onewindow.citizen.internal.SignInCodePolicy.IssuedCode;
import org.onewindow.citizen.internal.SignInCodePolicy.Verdict;

/**
 * The sign-in code's rules: hashing bound to phone and key, validity, tries, resend interval and daily limit.
 */
class SignInCodeUnitTests {

	static final Instant ISSUED = Instant.parse("2026-03-02T01:00:00Z");

	final SignInCodePolicy policy = new SignInCodePolicy(CitizenProperties.defaults());

	final CodeHasher hasher = new CodeHasher("a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII));

	static IssuedCode issued(int attempts) {
		return new IssuedCode(ISSUED, ISSUED.plus(Duration.ofMinutes(5)), attempts, null);
	}

	@Test
	void aCodeIsSixDigitsWithLeadingZerosKept() {
		assertThat(CodeHasher.newCode(new FixedRandom(4711))).isEqualTo("004711");
		assertThat(CodeHasher.newCode(new FixedRandom(999_999))).isEqualTo("999999");
		var random = new Random(7);
		var seen = new HashSet<String>();
		for (int i = 0; i < 200; i++) {
			String code = CodeHasher.newCode(random);
			assertThat(code).matches("\\d{6}");
			seen.add(code);
		}
		assertThat(seen).hasSizeGreaterThan(190);
	}

	@Test
	void theHashOpensOnlyTheSameCodeForTheSamePhoneUnderTheSameKey() {
		byte[] hash = hasher.hash("13812345678", "123456");
		assertThat(hash).hasSize(32);
		assertThat(new String(hash, StandardCharsets.ISO_8859_1)).doesNotContain("123456");
		assertThat(hasher.matches(hash, "13812345678", "123456")).isTrue();
		assertThat(hasher.matches(hash, "13812345678", "123457")).isFalse();
		assertThat(hasher.matches(hash, "13912345678", "123456")).as("bound to the phone").isFalse();
		var otherInstallation = new CodeHasher("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII));
		assertThat(otherInstallation.matches(hash, "13812345678", "123456")).as("bound to the key").isFalse();
		assertThat(Arrays.equals(hasher.hash("13812345678", "123456"), hash)).as("deterministic").isTrue();
	}

	@Test
	void aShortKeyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CodeHasher(new byte[16]));
	}

	@Test
	void theRightCodeInTimeIsAccepted() {
		var check = policy.check(issued(0), true, ISSUED.plus(Duration.ofMinutes(4)));
		assertThat(check.verdict()).isEqualTo(Verdict.ACCEPTED);
		assertThat(check.counts()).isFalse();
		assertThat(policy.check(issued(4), true, ISSUED.plusSeconds(299)).verdict()).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void aCodeExpiresFiveMinutesAfterIssue() {
		assertThat(policy.expiry(ISSUED)).isEqualTo(ISSUED.plusSeconds(300));
		assertThat(policy.check(issued(0), true, ISSUED.plusSeconds(300)).verdict()).isEqualTo(Verdict.EXPIRED);
		assertThat(policy.check(issued(0), false, ISSUED.plusSeconds(301)).counts()).as("no try is counted")
			.isFalse();
	}

	@Test
	void wrongCodesCountDownAndTheFifthLocksTheCode() {
		var at = ISSUED.plusSeconds(10);
		for (int attempts = 0; attempts < 5; attempts++) {
			var check = policy.check(issued(attempts), false, at);
			assertThat(check.verdict()).isEqualTo(Verdict.WRONG);
			assertThat(check.counts()).isTrue();
			assertThat(check.triesLeft()).isEqualTo(4 - attempts);
		}
		var locked = policy.check(issued(5), true, at);
		assertThat(locked.verdict()).as("even the right code after five wrong ones").isEqualTo(Verdict.LOCKED);
		assertThat(locked.counts()).isFalse();
	}

	@Test
	void aUsedCodeNeverOpensAgain() {
		var used = new IssuedCode(ISSUED, ISSUED.plusSeconds(300), 0, ISSUED.plusSeconds(20));
		assertThat(policy.check(used, true, ISSUED.plusSeconds(30)).verdict()).isEqualTo(Verdict.USED);
	}

	@Test
	void oneCodePerMinuteWithTheSecondsToWait() {
		assertThat(policy.mayIssue(null, 0, ISSUED)).isEmpty();
		var soon = policy.mayIssue(ISSUED, 1, ISSUED.plusMillis(20_500)).orElseThrow();
		assertThat(soon.code()).isEqualTo("citizen.code-too-soon");
		assertThat(soon.argument()).as("rounded up").isEqualTo(40);
		assertThat(policy.mayIssue(ISSUED, 1, ISSUED.plusSeconds(59)).orElseThrow().argument()).isEqualTo(1);
		assertThat(policy.mayIssue(ISSUED, 1, ISSUED.plusSeconds(60))).isEmpty();
	}

	@Test
	void tenCodesPerDay() {
		var later = ISSUED.plus(Duration.ofHours(3));
		assertThat(policy.mayIssue(ISSUED, 9, later)).isEmpty();
		var refused = policy.mayIssue(ISSUED, 10, later).orElseThrow();
		assertThat(refused.code()).isEqualTo("citizen.code-daily-limit");
		assertThat(refused.argument()).isEqualTo(10);
	}

	@Test
	void sessionTokensAre256RandomBitsAndOnlyTheirHashIsKept() {
		String token = SessionTokens.newToken();
		assertThat(token).hasSize(43);
		assertThat(SessionTokens.wellFormed(token)).isTrue();
		assertThat(SessionTokens.newToken()).isNotEqualTo(token);
		assertThat(SessionTokens.hash(token)).hasSize(32).isEqualTo(SessionTokens.hash(token));
		assertThat(SessionTokens.wellFormed("../../etc/passwd")).isFalse();
		assertThat(SessionTokens.wellFormed(token + "x")).isFalse();
		assertThat(SessionTokens.wellFormed(null)).isFalse();
	}

	/** A "random" source that answers one number, to see the formatting. */
	static final class FixedRandom extends Random {

		private final int value;

		FixedRandom(int value) {
			this.value = value;
		}

		@Override
		public int nextInt(int bound) {
			return value;
		}
	}
}
