package org.onewindow.staff.internal;

import java.time.Clock;
import java.util.Locale;

import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a staff account for Spring Security's password check.
 */
@Service
class StaffDetailsService implements UserDetailsService {

	private final AccountRepository accounts;
	private final SiteManagement sites;
	private final Clock clock;

	StaffDetailsService(AccountRepository accounts, SiteManagement sites, Clock clock) {
		this.accounts = accounts;
		this.sites = sites;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		var account = accounts.findByUsername(normalized)
			.orElseThrow(() -> new UsernameNotFoundException("no account " + normalized));
		String siteName = sites.findSite(account.siteId()).map(SiteSummary::name).orElse("");
		return new StaffPrincipal(account.id(), account.username(), account.displayName(), account.siteId(), siteName,
				account.roles(), account.active(), !account.isLockedAt(clock.instant()), account.passwordHash());
	}
}
