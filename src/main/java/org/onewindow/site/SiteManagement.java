package org.onewindow.site;

import java.util.List;
import java.util.Optional;

import org.onewindow.platform.DomainException;
import org.onewindow.site.internal.CounterRepository;
import org.onewindow.site.internal.DepartmentRepository;
import org.onewindow.site.internal.SiteRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask about the hall network.
 */
@Service
@Transactional(readOnly = true)
public class SiteManagement {

	private final SiteRepository sites;
	private final DepartmentRepository departments;
	private final CounterRepository counters;

	SiteManagement(SiteRepository sites, DepartmentRepository departments, CounterRepository counters) {
		this.sites = sites;
		this.departments = departments;
		this.counters = counters;
	}

	public Optional<SiteSummary> findSite(long siteId) {
		return sites.findSummary(siteId);
	}

	public SiteSummary getSite(long siteId) {
		return findSite(siteId).orElseThrow(() -> DomainException.notFound("site.not-found", siteId));
	}

	/** Every active site, parents before children (for the public kiosk, board and booking pages). */
	public List<SiteSummary> activeSites() {
		return sites.findAll().stream().map(s -> s.summary()).filter(SiteSummary::active).toList();
	}

	/** The site and all sites below it. */
	public SiteScope scopeOf(long siteId) {
		getSite(siteId);
		return new SiteScope(siteId, sites.descendantsAndSelf(siteId));
	}

	/** The site and its ancestors, nearest first (a village station, its town sub-center, the county center). */
	public List<SiteSummary> ancestry(long siteId) {
		return sites.ancestryOf(siteId);
	}

	public Optional<DepartmentSummary> findDepartment(long departmentId) {
		return departments.find(departmentId)
			.map(d -> new DepartmentSummary(d.id(), d.code(), d.name(), d.shortName(), d.active()));
	}

	public Optional<DepartmentSummary> findDepartmentByCode(String code) {
		return departments.findByCode(code)
			.map(d -> new DepartmentSummary(d.id(), d.code(), d.name(), d.shortName(), d.active()));
	}

	public List<DepartmentSummary> departments() {
		return departments.findAll()
			.stream()
			.map(d -> new DepartmentSummary(d.id(), d.code(), d.name(), d.shortName(), d.active()))
			.toList();
	}

	public List<CounterSummary> countersOf(long siteId) {
		return counters.findBySite(siteId)
			.stream()
			.map(c -> new CounterSummary(c.id(), c.siteId(), c.number(), c.name(), c.categories(), c.active()))
			.toList();
	}

	public Optional<CounterSummary> findCounter(long counterId) {
		return counters.find(counterId)
			.map(c -> new CounterSummary(c.id(), c.siteId(), c.number(), c.name(), c.categories(), c.active()));
	}

	/** Whether the network is still empty (a fresh installation). */
	public boolean isEmpty() {
		return sites.count() == 0;
	}
}
