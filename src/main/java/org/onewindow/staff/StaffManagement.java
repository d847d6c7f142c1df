package org.onewindow.staff;

import java.util.Optional;

import org.onewindow.platform.CurrentStaff;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteScope;
import org.onewindow.staff.internal.StaffSummaries;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask about staff: who someone is, and the current staff member's data scope.
 */
@Service
@Transactional(readOnly = true)
public class StaffManagement {

	private static final String CURRENT = StaffManagement.class.getName() + ".current";
	private static final String SCOPE = StaffManagement.class.getName() + ".scope";

	private final StaffSummaries accounts;
	private final CurrentStaff currentStaff;
	private final SiteManagement sites;

	StaffManagement(StaffSummaries accounts, CurrentStaff currentStaff, SiteManagement sites) {
		this.accounts = accounts;
		this.currentStaff = currentStaff;
		this.sites = sites;
	}

	public Optional<StaffSummary> find(long staffId) {
		return accounts.find(staffId);
	}

	/** The logged-in staff member (read once per request). */
	public StaffSummary current() {
		long id = currentStaff.require().staffId();
		return perRequest(CURRENT + id, StaffSummary.class, () -> find(id).orElseThrow());
	}

	/** The logged-in staff member's data scope: their site and every site below it (read once per request). */
	public SiteScope currentScope() {
		long siteId = currentStaff.require().siteId();
		return perRequest(SCOPE + siteId, SiteScope.class, () -> sites.scopeOf(siteId));
	}

	/**
	 * A value kept for the rest of the current web request, so the several checks of one request read the account
	 * and the site tree once; outside a request (listeners, scheduled work) it is read every time.
	 */
	private static <T> T perRequest(String key, Class<T> type, java.util.function.Supplier<T> read) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return read.get();
		}
		Object kept = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
		if (type.isInstance(kept)) {
			return type.cast(kept);
		}
		T value = read.get();
		request.setAttribute(key, value, RequestAttributes.SCOPE_REQUEST);
		return value;
	}
}
