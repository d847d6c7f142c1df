package org.onewindow.platform;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The staff member behind the current request.
 */
@Component
public class CurrentStaff {

	public Optional<AuthenticatedStaff> find() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AuthenticatedStaff staff
				? Optional.of(staff) : Optional.empty();
	}

	public AuthenticatedStaff require() {
		return find().orElseThrow(() -> new DomainException(HttpStatus.UNAUTHORIZED, "auth.required"));
	}

	public boolean hasRole(String role) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
	}
}
