package org.onewindow.staff;

import java.util.Optional;

import org.onewindow.platform.CurrentStaff;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteScope;
import org.onewindow.staff.internal.AccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask about staff: who someone is, and the current staff member's data scope.
 */
@Service
@Transactional(readOnly = true)
public class StaffManagement {

	private final AccountRepository accounts;
	private final CurrentStaff currentStaff;
	private final SiteManagement sites;

	StaffManagement(AccountRepository accounts, CurrentStaff currentStaff, SiteManagement sites) {
		this.accounts = accounts;
		this.currentStaff = currentStaff;
		this.sites = sites;
	}

	public Optional<StaffSummary> find(long staffId) {
		return accounts.findById(staffId).map(account -> account.summary());
	}

	/** The logged-in staff member. */
	public StaffSummary current() {
		long id = currentStaff.require().staffId();
		return find(id).orElseThrow();
	}

	/** The logged-in staff member's data scope: their site and every site below it. */
	public SiteScope currentScope() {
		return sites.scopeOf(currentStaff.require().siteId());
	}
}
