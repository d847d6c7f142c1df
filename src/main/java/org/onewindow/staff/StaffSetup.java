package org.onewindow.staff;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.onewindow.staff.internal.Account;
import org.onewindow.staff.internal.AccountRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating accounts without a logged-in user (demo data, installation), and acting as one of them in code that runs
 * without a browser (the demo county's cases); never exposed over HTTP.
 */
@Service
@Transactional
public class StaffSetup {

	private final AccountRepository accounts;
	private final PasswordEncoder passwordEncoder;
	private final UserDetailsService userDetails;
	private final Clock clock;

	StaffSetup(AccountRepository accounts, PasswordEncoder passwordEncoder, UserDetailsService userDetails,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.userDetails = userDetails;
		this.clock = clock;
	}

	public long account(String username, String displayName, String password, long siteId, Long departmentId,
			Set<Role> roles, List<Long> counterIds) {
		var account = new Account(username, displayName, passwordEncoder.encode(password), siteId, clock.instant());
		account.assign(siteId, departmentId, roles, counterIds);
		return accounts.save(account).id();
	}

	public boolean hasAccounts() {
		return accounts.count() > 0;
	}

	/**
	 * Runs the work as the staff member of that account, as if they had logged in: the security context holds the
	 * same principal a login puts there (roles, site, data scope), and is restored afterwards. The work's own calls
	 * commit one by one, as a browser's requests would (no transaction is opened here).
	 *
	 * @throws IllegalStateException for an unknown, disabled or locked account
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public <T> T actingAs(String username, Supplier<T> work) {
		var principal = userDetails.loadUserByUsername(username);
		if (!principal.isEnabled() || !principal.isAccountNonLocked()) {
			throw new IllegalStateException("account " + username + " may not act now");
		}
		if (principal instanceof CredentialsContainer credentials) {
			credentials.eraseCredentials();
		}
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** {@link #actingAs(String, Supplier)} for work without an answer. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void actingAs(String username, Runnable work) {
		actingAs(username, () -> {
			work.run();
			return null;
		});
	}
}
