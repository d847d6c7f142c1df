package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.CurrentStaff;
import org.onewindow.platform.DemoMode;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The one-time codes are masked in the outbox; the rest of every message stays whole. */
class OneTimeCodesUnitTests {

	@Test
	void theSignInCodeIsMasked() {
		assertThat(OneTimeCodes.mask("sign-in-code",
				"您的登录验证码为 125706，5 分钟内有效，仅用于网上办事登录。工作人员不会向您索要验证码，请勿告诉他人。"))
			.isEqualTo("您的登录验证码为 ******，5 分钟内有效，仅用于网上办事登录。工作人员不会向您索要验证码，请勿告诉他人。");
		assertThat(OneTimeCodes.mask("sign-in-code", "验证码 111111")).isEqualTo("验证码 ******");
		// a code purpose hides every longer digit run, whatever the wording
		assertThat(OneTimeCodes.mask("reset-code", "请输入 4821 完成操作，10 分钟内有效"))
			.isEqualTo("请输入 **** 完成操作，10 分钟内有效");
	}

	@Test
	void aCodeSentUnderAnotherPurposeIsMaskedToo() {
		assertThat(OneTimeCodes.mask("one-time-notice", "【一窗通】您的验证码是：908172。"))
			.isEqualTo("【一窗通】您的验证码是：******。");
		assertThat(OneTimeCodes.mask("staff-reminder", "动态密码 4455，校验码为 12345678"))
			.isEqualTo("动态密码 ****，校验码为 ********");
	}

	@Test
	void otherMessagesStayWhole() {
		String accepted = "【一窗通】您的办件QS20261122000123（个体工商户设立登记）已受理，承诺于2026年12月04日前办结。";
		assertThat(OneTimeCodes.mask("case-accepted", accepted)).isEqualTo(accepted);
		String mailed = "【一窗通】您的办件QS20261122000123的办理结果已由EMS寄出，快递单号1190234567812，请注意查收。";
		assertThat(OneTimeCodes.mask("delivery-mailed", mailed)).isEqualTo(mailed);
		// the code word without a code after it, and a number far from it, are left alone
		String warning = "工作人员不会向您索要验证码，请勿告诉他人。咨询电话 07968800111";
		assertThat(OneTimeCodes.mask("one-time-notice", warning)).isEqualTo(warning);
		assertThat(OneTimeCodes.mask("sign-in-code", null)).isNull();
	}

	@Test
	void onlyASystemAdministratorOfTheDemoReadsCodesWhole() {
		var demo = outbox(new MockEnvironment().withProperty("onewindow.demo.enabled", "true"));
		var embeddedByDefault = outbox(new MockEnvironment());
		var production = outbox(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/ow"));
		var demoSwitchedOff = outbox(new MockEnvironment().withProperty("onewindow.demo.enabled", "false"));

		signIn("ROLE_SYS_ADMIN");
		assertThat(demo.codesReadable()).isTrue();
		assertThat(embeddedByDefault.codesReadable()).isTrue();
		assertThat(production.codesReadable()).isFalse();
		assertThat(demoSwitchedOff.codesReadable()).isFalse();

		signIn("ROLE_SITE_ADMIN");
		assertThat(demo.codesReadable()).isFalse();
		assertThat(production.codesReadable()).isFalse();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static SmsOutbox outbox(MockEnvironment environment) {
		return new SmsOutbox(null, Clock.systemUTC(), new DemoMode(environment), new CurrentStaff());
	}

	private static void signIn(String role) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, role));
	}
}
