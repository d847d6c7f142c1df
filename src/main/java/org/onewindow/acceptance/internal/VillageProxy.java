package org.onewindow.acceptance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

import org.onewindow.acceptance.CaseStatus;
import org.onewindow.platform.DomainException;
import org.onewindow.site.SiteManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 村代办: a village station collects a case's paper materials and hands them to its town sub-center; the town confirms
 * receipt (who, when, any discrepancy), becomes the case's site and decides it like its own.
 */
@Service
@Transactional
public class VillageProxy {

	private final CaseRepository cases;
	private final HandoverRepository handovers;
	private final CaseAccess access;
	private final SiteManagement sites;
	private final Clock clock;

	VillageProxy(CaseRepository cases, HandoverRepository handovers, CaseAccess access, SiteManagement sites,
			Clock clock) {
		this.cases = cases;
		this.handovers = handovers;
		this.access = access;
		this.sites = sites;
		this.clock = clock;
	}

	/** A case is handed over, and received, while it is a draft. */
	static final CaseStatus HANDOVER_STATUS = CaseStatus.DRAFT;

	static final CaseStatus RECEIVE_STATUS = CaseStatus.DRAFT;

	/**
	 * Whether the current staff member may hand the case over now ({@link #handOver}), the site already checked
	 * ({@link CaseAccess#ownSite}): the village station's own draft, not already on its way.
	 */
	boolean mayHandOver(ServiceCase c) {
		return c.status() == HANDOVER_STATUS && CaseAccess.atVillage(c) && !access.inTransit(c);
	}

	/** Whether staff of {@code mySiteId} may receive the case now ({@link #receive}): handed over to their site. */
	boolean mayReceive(ServiceCase c, long mySiteId) {
		return c.status() == RECEIVE_STATUS
				&& handovers.open(c.id()).map(handover -> forMySite(handover, mySiteId)).orElse(false);
	}

	private static boolean forMySite(HandoverRepository.Handover handover, long mySiteId) {
		return handover.toSiteId() == mySiteId;
	}

	/** The village clerk sends the collected paper materials (checklist lines) to the town sub-center. */
	public ServiceCase handOver(long caseId, int version, List<Integer> lines, String note) {
		var c = access.workable(caseId, version);
		c.require("移交镇街", HANDOVER_STATUS);
		if (!CaseAccess.atVillage(c)) {
			throw DomainException.conflict("acceptance.not-a-village-proxy-case", c.caseNumber());
		}
		access.requireNotInTransit(c);
		var materials = cases.materials(caseId);
		var names = new LinkedHashSet<String>();
		for (int line : lines) {
			var material = materials.stream()
				.filter(m -> m.line() == line)
				.findFirst()
				.orElseThrow(() -> DomainException.badRequest("acceptance.material-line-unknown", line,
						c.caseNumber()));
			var status = material.status();
			if (status != MaterialStatus.PROVIDED_ORIGINAL && status != MaterialStatus.PROVIDED_COPY
					&& status != MaterialStatus.PLEDGE) {
				throw DomainException.unprocessable("acceptance.handover-line-not-collected", material.name(),
						status.label());
			}
			names.add(material.name() + "（" + status.label() + "）");
		}
		var village = sites.getSite(c.originSiteId());
		var town = sites.getSite(village.parentId());
		Instant now = clock.instant();
		Actor actor = access.actor();
		handovers.insert(caseId, village.id(), town.id(), List.copyOf(names), CaseService.blankToNull(note),
				actor.staffId(), now);
		cases.touch(caseId, now);
		cases.event(caseId, "HANDED_OVER", "村代办：" + names.size() + " 份纸质材料由" + village.name() + "移交" + town.name(),
				actor.staffId(), actor.name(), true, now);
		return cases.find(caseId).orElseThrow();
	}

	/**
	 * The town clerk confirms receipt: the case now belongs to the town sub-center, which accepts it as usual.
	 *
	 * @param discrepancies what did not match the hand-over list, or {@code null}
	 */
	public ServiceCase receive(long caseId, int version, String discrepancies) {
		var me = access.me();
		var c = access.visible(caseId);
		var handover = handovers.open(caseId)
			.orElseThrow(() -> DomainException.conflict("acceptance.no-handover-to-receive", c.caseNumber()));
		if (!forMySite(handover, me.siteId())) {
			throw DomainException.forbidden("acceptance.handover-not-for-your-site", c.caseNumber(),
					sites.getSite(handover.toSiteId()).name());
		}
		var locked = access.locked(caseId);
		locked.requireVersion(version);
		locked.require("接收村代办材料", RECEIVE_STATUS);
		Instant now = clock.instant();
		Actor actor = access.actor();
		String found = CaseService.blankToNull(discrepancies);
		handovers.receive(handover.id(), me.id(), found, now);
		cases.moveToSite(caseId, handover.toSiteId(), now);
		cases.event(caseId, "HANDOVER_RECEIVED", sites.getSite(handover.toSiteId()).name() + "已接收村代办材料"
				+ (found == null ? "" : "，差异：" + found), actor.staffId(), actor.name(), true, now);
		return cases.find(caseId).orElseThrow();
	}
}
