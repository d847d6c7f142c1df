package org.onewindow.acceptance.internal;

import org.onewindow.platform.CurrentStaff;
import org.onewindow.platform.DomainException;
import org.onewindow.site.SiteScope;
import org.onewindow.staff.StaffManagement;
import org.onewindow.staff.StaffSummary;
import org.springframework.stereotype.Component;

/**
 * Who may see and work a case: staff see the cases of their data scope (their site and the sites below it; a
 * case outside it is answered 404, as if it did not exist); staff change only cases of their own site, or a village
 * proxy case their own station opened.
 */
@Component
class CaseAccess {

	private final CaseRepository cases;
	private final StaffManagement staff;
	private final CurrentStaff currentStaff;

	CaseAccess(CaseRepository cases, StaffManagement staff, CurrentStaff currentStaff) {
		this.cases = cases;
		this.staff = staff;
		this.currentStaff = currentStaff;
	}

	StaffSummary me() {
		return staff.current();
	}

	/** The staff member behind the request, or {@link Actor#SYSTEM} outside a request. */
	Actor actor() {
		return currentStaff.find()
			.flatMap(principal -> staff.find(principal.staffId()))
			.map(s -> new Actor(s.id(), s.displayName(), s.siteId()))
			.orElse(Actor.SYSTEM);
	}

	SiteScope scope() {
		return staff.currentScope();
	}

	/** A case the current staff member may see. */
	ServiceCase visible(long caseId) {
		var found = cases.find(caseId).orElseThrow(() -> notFound(caseId));
		requireInScope(found, scope());
		return found;
	}

	/** A case the current staff member may change, locked for the rest of the transaction, at the version seen. */
	ServiceCase workable(long caseId, Integer seenVersion) {
		var scope = scope();
		var found = cases.findForUpdate(caseId).orElseThrow(() -> notFound(caseId));
		requireInScope(found, scope);
		long mySite = scope.rootSiteId();
		if (found.siteId() != mySite && found.originSiteId() != mySite) {
			throw DomainException.forbidden("acceptance.case-not-your-site", found.caseNumber());
		}
		if (seenVersion != null) {
			found.requireVersion(seenVersion);
		}
		return found;
	}

	/** A case locked for a change another module asks for (no data scope: the caller checked its own). */
	ServiceCase locked(long caseId) {
		return cases.findForUpdate(caseId).orElseThrow(() -> notFound(caseId));
	}

	private static void requireInScope(ServiceCase found, SiteScope scope) {
		if (!scope.includes(found.siteId()) && !scope.includes(found.originSiteId())) {
			throw notFound(found.id());
		}
	}

	static DomainException notFound(long caseId) {
		return DomainException.notFound("acceptance.case-not-found", caseId);
	}
}
