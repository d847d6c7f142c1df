package org.onewindow.platform.internal;

import java.io.IOException;
import java.util.Set;

import org.onewindow.platform.AuthenticatedStaff;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records every state-changing API call (POST, PUT, PATCH, DELETE under {@code /api/}), successful or not. Runs
 * inside the security filter chain so that the caller is known.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class AuditFilter extends OncePerRequestFilter {

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final AuditLog auditLog;
	private final ClientAddresses addresses;

	AuditFilter(AuditLog auditLog, ClientAddresses addresses) {
		this.auditLog = auditLog;
		this.addresses = addresses;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !CHANGING.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			auditLog.record(entry(request, response));
		}
	}

	private AuditLog.Entry entry(HttpServletRequest request, HttpServletResponse response) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		Long staffId = null;
		Long siteId = null;
		String siteName = null;
		String username = null;
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedStaff staff) {
			staffId = staff.staffId();
			siteId = staff.siteId();
			siteName = staff.siteName();
			username = staff.username();
		}
		else if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			username = authentication.getName();
		}
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String location = response.getHeader(HttpHeaders.LOCATION);
		return new AuditLog.Entry(staffId, username, siteId, siteName, request.getMethod(), request.getRequestURI(),
				request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI()),
				location != null ? location : request.getRequestURI(), response.getStatus(), addresses.address(request));
	}
}
