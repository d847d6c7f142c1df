package org.onewindow.staff.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.onewindow.platform.AuthenticatedStaff;
import org.onewindow.staff.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in staff member, kept in the PostgreSQL-backed session (hence small and serializable).
 */
final class StaffPrincipal implements UserDetails, CredentialsContainer, AuthenticatedStaff, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long staffId;
	private final String username;
	private final String displayName;
	private final long siteId;
	private final String siteName;
	private final Set<Role> roles;
	private final boolean enabled;
	private final boolean nonLocked;
	private String passwordHash;

	StaffPrincipal(long staffId, String username, String displayName, long siteId, String siteName, Set<Role> roles,
			boolean enabled, boolean nonLocked, String passwordHash) {
		this.staffId = staffId;
		this.username = username;
		this.displayName = displayName;
		this.siteId = siteId;
		this.siteName = siteName;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.nonLocked = nonLocked;
		this.passwordHash = passwordHash;
	}

	@Override
	public long staffId() {
		return staffId;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public long siteId() {
		return siteId;
	}

	@Override
	public String siteName() {
		return siteName;
	}

	String displayName() {
		return displayName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.copyOf(roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return nonLocked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + username + "@" + siteId + "]";
	}
}
