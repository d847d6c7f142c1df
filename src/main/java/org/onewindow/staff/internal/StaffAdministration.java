package org.onewindow.staff.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.onewindow.platform.CurrentStaff;
import org.onewindow.platform.DomainException;
import org.onewindow.site.CounterSummary;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteScope;
import org.onewindow.staff.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules for managing staff accounts: only within one's own scope, only system administrators grant the system
 * administrator role, counters belong to the account's site, nobody disables themselves.
 */
@Service
@Transactional
public class StaffAdministration {

	private final AccountRepository accounts;
	private final LoginAttempts attempts;
	private final SiteManagement sites;
	private final CurrentStaff currentStaff;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;
	private final StaffSessions sessions;

	StaffAdministration(AccountRepository accounts, LoginAttempts attempts, SiteManagement sites,
			CurrentStaff currentStaff, PasswordEncoder passwordEncoder, Clock clock, StaffSessions sessions) {
		this.accounts = accounts;
		this.attempts = attempts;
		this.sites = sites;
		this.currentStaff = currentStaff;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public List<Account> listInScope() {
		return accounts.findBySiteIds(scope().asArray());
	}

	@Transactional(readOnly = true)
	public Account accountInScope(long id) {
		var account = accounts.findById(id).orElseThrow(() -> DomainException.notFound("staff.not-found", id));
		if (!scope().includes(account.siteId())) {
			throw DomainException.forbidden("staff.out-of-scope", account.displayName());
		}
		return account;
	}

	public Account create(AccountDraft draft, String password) {
		String username = draft.username().strip().toLowerCase(Locale.ROOT);
		if (accounts.findByUsername(username).isPresent()) {
			throw DomainException.conflict("staff.username-taken", username);
		}
		checkAssignment(draft, null);
		var account = new Account(username, draft.displayName(), passwordEncoder.encode(password), draft.siteId(),
				clock.instant());
		apply(account, draft);
		return accounts.save(account);
	}

	public Account update(long id, AccountDraft draft) {
		var account = accountInScope(id);
		if (draft.version() != null && !draft.version().equals(account.version())) {
			throw DomainException.conflict("platform.concurrent-modification");
		}
		checkAssignment(draft, account);
		if (!draft.active() && account.id() == currentStaff.require().staffId()) {
			throw DomainException.badRequest("staff.cannot-disable-self");
		}
		boolean accessChanged = !draft.active() || draft.siteId() != account.siteId()
				|| !draft.roles().equals(account.roles());
		apply(account, draft);
		var saved = accounts.save(account);
		if (accessChanged) {
			// the login carries the roles and site it was granted with: a disabled or changed account logs in again
			sessions.endSessionsOf(account.username());
		}
		return saved;
	}

	/** A new password ends the account's other logins. */
	public void changePassword(long id, String password) {
		var account = accountInScope(id);
		account.changePassword(passwordEncoder.encode(password), clock.instant());
		accounts.save(account);
		sessions.endSessionsOf(account.username());
	}

	public void unlock(long id) {
		attempts.unlock(accountInScope(id).id());
	}

	/** A phone or ID number left out keeps the stored one (the list only ever shows them masked). */
	private void apply(Account account, AccountDraft draft) {
		account.describe(draft.displayName().strip(), draft.phone() != null ? draft.phone() : account.phone(),
				draft.idNumber() != null ? draft.idNumber() : account.idNumber());
		account.assign(draft.siteId(), draft.departmentId(), draft.roles(), draft.counterIds());
		account.activate(draft.active());
	}

	private void checkAssignment(AccountDraft draft, Account existing) {
		if (draft.roles().isEmpty()) {
			throw DomainException.badRequest("staff.role-required");
		}
		if (!scope().includes(draft.siteId())) {
			var site = sites.getSite(draft.siteId());
			throw DomainException.forbidden("site.out-of-scope", site.name());
		}
		boolean grantsSysAdmin = draft.roles().contains(Role.SYS_ADMIN)
				&& (existing == null || !existing.roles().contains(Role.SYS_ADMIN));
		if (grantsSysAdmin && !currentStaff.hasRole(Role.SYS_ADMIN.name())) {
			throw DomainException.forbidden("staff.sys-admin-grant");
		}
		if (draft.departmentId() != null && sites.findDepartment(draft.departmentId()).isEmpty()) {
			throw DomainException.badRequest("site.department-not-found", draft.departmentId());
		}
		if (draft.roles().contains(Role.APPROVER) && draft.departmentId() == null) {
			throw DomainException.badRequest("staff.approver-needs-department");
		}
		var counterIds = new HashSet<Long>(sites.countersOf(draft.siteId()).stream().map(CounterSummary::id).toList());
		for (Long counterId : draft.counterIds()) {
			if (!counterIds.contains(counterId)) {
				throw DomainException.badRequest("staff.counter-not-at-site", counterId);
			}
		}
	}

	private SiteScope scope() {
		return sites.scopeOf(currentStaff.require().siteId());
	}

	/** What an administrator enters for an account. */
	public record AccountDraft(String username, String displayName, long siteId, Long departmentId, Set<Role> roles,
			List<Long> counterIds, String phone, String idNumber, boolean active, Integer version) {
	}
}
