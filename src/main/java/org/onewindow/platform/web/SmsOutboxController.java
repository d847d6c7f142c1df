package org.onewindow.platform.web;

import java.util.List;

import org.onewindow.platform.PagedResult;
import org.onewindow.platform.internal.SmsOutbox;
import org.onewindow.platform.internal.SmsOutbox.SmsMessage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The SMS outbox (短信发件箱) for administrators: every message with the whole number and text, since without a
 * provider (and in demo mode) this is where a message is read, except the one-time codes (验证码): masked, so that no
 * staff member can sign in as a citizen; only a system administrator of the demo reads them whole
 * ({@link SmsOutbox#codesReadable()}).
 */
@Tag(name = "短信发件箱")
@RestController
@RequestMapping("/api/admin/sms-outbox")
@PreAuthorize("hasAnyRole('SYS_ADMIN', 'SITE_ADMIN')")
class SmsOutboxController {

	private final SmsOutbox outbox;

	SmsOutboxController(SmsOutbox outbox) {
		this.outbox = outbox;
	}

	@Operation(summary = "短信发件箱（按时间倒序）；手机号可填完整号码或其中 3～11 位数字；验证码以 * 隐去（仅演示系统的系统管理员可见）")
	@GetMapping
	PagedResult<SmsMessage> list(@RequestParam(required = false) String phone,
			@RequestParam(required = false) String purpose, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return outbox.list(phone, purpose, page, size);
	}

	@Operation(summary = "发件箱中出现过的短信用途")
	@GetMapping("/purposes")
	List<String> purposes() {
		return outbox.purposes();
	}
}
