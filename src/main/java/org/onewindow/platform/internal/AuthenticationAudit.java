package org.onewindow.platform.internal;

import org.onewindow.platform.AuthenticatedStaff;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Logins, failed logins and logouts go into the audit log as well.
 */
@Component
class AuthenticationAudit {

	private final AuditLog auditLog;

	private final ClientAddresses addresses;

	AuthenticationAudit(AuditLog auditLog, ClientAddresses addresses) {
		this.auditLog = auditLog;
		this.addresses = addresses;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		record(event.getAuthentication(), "LOGIN", 200);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		record(event.getAuthentication(), "LOGIN_FAILED " + event.getException().getClass().getSimpleName(), 401);
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		record(event.getAuthentication(), "LOGOUT", 204);
	}

	private void record(Authentication authentication, String action, int status) {
		Long staffId = null;
		Long siteId = null;
		String siteName = null;
		String username = authentication.getName();
		if (authentication.getPrincipal() instanceof AuthenticatedStaff staff) {
			staffId = staff.staffId();
			siteId = staff.siteId();
			siteName = staff.siteName();
			username = staff.username();
		}
		String remoteAddr = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? addresses.address(attributes.getRequest()) : null;
		String path = action.startsWith("LOGOUT") ? "/logout" : "/login";
		auditLog.record(new AuditLog.Entry(staffId, username, siteId, siteName, "POST", path, action, username, status,
				remoteAddr));
	}
}
