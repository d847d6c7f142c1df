package org.onewindow.staff.web;

import org.onewindow.platform.CurrentStaff;
import org.onewindow.staff.internal.MeFactory;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The logged-in staff member, and the CSRF token for the front end.
 */
@Tag(name = "登录")
@RestController
@RequestMapping("/api")
class MeController {

	private final CurrentStaff currentStaff;
	private final MeFactory me;
	private final CsrfTokenRepository csrfTokens;

	MeController(CurrentStaff currentStaff, MeFactory me, CsrfTokenRepository csrfTokens) {
		this.currentStaff = currentStaff;
		this.me = me;
		this.csrfTokens = csrfTokens;
	}

	@Operation(summary = "当前登录人员")
	@GetMapping("/me")
	MeFactory.Me me() {
		return me.of(currentStaff.require().staffId());
	}

	@Operation(summary = "获取防跨站请求令牌（同时写入 XSRF-TOKEN Cookie）")
	@GetMapping("/auth/csrf")
	CsrfResponse csrf(HttpServletRequest request, HttpServletResponse response) {
		CsrfToken token = csrfTokens.loadDeferredToken(request, response).get();
		return new CsrfResponse(token.getToken(), token.getHeaderName());
	}

	record CsrfResponse(String token, String headerName) {
	}
}
