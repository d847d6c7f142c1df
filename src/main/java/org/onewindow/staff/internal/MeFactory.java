package org.onewindow.staff.internal;

import java.util.List;
import java.util.Optional;

import org.onewindow.platform.DomainException;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.onewindow.staff.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds what the front end knows about the logged-in staff member.
 */
@Component
public class MeFactory {

	private final AccountRepository accounts;
	private final SiteManagement sites;

	MeFactory(AccountRepository accounts, SiteManagement sites) {
		this.accounts = accounts;
		this.sites = sites;
	}

	@Transactional(readOnly = true)
	public Me of(long staffId) {
		var account = accounts.findById(staffId)
			.orElseThrow(() -> new DomainException(HttpStatus.UNAUTHORIZED, "auth.required"));
		var site = sites.findSite(account.siteId());
		var department = account.departmentId() == null ? Optional.<DepartmentSummary>empty()
				: sites.findDepartment(account.departmentId());
		return new Me(account.id(), account.username(), account.displayName(),
				account.roles().stream().map(Role::name).toList(),
				account.roles().stream().map(Role::label).toList(), account.siteId(),
				site.map(SiteSummary::name).orElse(null), site.map(s -> s.level().name()).orElse(null),
				account.departmentId(), department.map(DepartmentSummary::name).orElse(null), account.counterIds());
	}

	public record Me(long id, String username, String displayName, List<String> roles, List<String> roleNames, long siteId,
			String siteName, String siteLevel, Long departmentId, String departmentName, List<Long> counterIds) {
	}
}
