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
	private final HandoverRepository handovers;
	private final StaffManagement staff;
	private final CurrentStaff currentStaff;

	CaseAccess(CaseRepository cases, HandoverRepository handovers, StaffManagement staff, CurrentStaff currentStaff) {
		this.cases = cases;
		this.handovers = handovers;
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
		if (!ownSite(found, scope)) {
			throw DomainException.forbidden("acceptance.case-not-your-site", found.caseNumber());
		}
		if (seenVersion != null) {
			found.requireVersion(seenVersion);
		}
		return found;
	}

	/**
	 * Whether the current staff member may change the case as far as sites go (what {@link #workable} checks): a
	 * case of their own site, or a village proxy case their own station opened.
	 */
	boolean ownSite(ServiceCase c) {
		return ownSite(c, scope());
	}

	private static boolean ownSite(ServiceCase c, SiteScope scope) {
		long mySite = scope.rootSiteId();
		return c.siteId() == mySite || c.originSiteId() == mySite;
	}

	/** A village proxy case still at the station that collected it (村代办): handed over or not, not received yet. */
	static boolean atVillage(ServiceCase c) {
		return c.channel() == CaseChannel.VILLAGE_PROXY && c.siteId() == c.originSiteId();
	}

	/** A village proxy case on its way to the town sub-center: handed over and not received yet. */
	boolean inTransit(ServiceCase c) {
		return atVillage(c) && handovers.open(c.id()).isPresent();
	}

	/** While a village proxy case travels to the town sub-center, nobody changes it. */
	void requireNotInTransit(ServiceCase c) {
		if (inTransit(c)) {
			throw DomainException.conflict("acceptance.handover-in-transit", c.caseNumber());
		}
	}

	/**
	 * Only a site whose level may accept the case decides it: a village proxy case is decided by its town sub-center
	 * after the hand-over.
	 */
	static void requireDecidingSite(ServiceCase c) {
		if (atVillage(c)) {
			throw DomainException.conflict("acceptance.handover-pending", c.caseNumber());
		}
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
