package org.onewindow.staff;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.onewindow.staff.internal.Account;
import org.onewindow.staff.internal.AccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating accounts without a logged-in user (demo data, installation); never exposed over HTTP.
 */
@Service
@Transactional
public class StaffSetup {

	private final AccountRepository accounts;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;

	StaffSetup(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
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
}
