package org.onewindow.site.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.onewindow.platform.CurrentStaff;
import org.onewindow.platform.DomainException;
import org.onewindow.shared.RegionCode;
import org.onewindow.site.DayKind;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteScope;
import org.onewindow.site.internal.CalendarRepository.CalendarDay;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules for changing the hall network's reference data: a site's place in the tree matches its region, counter
 * numbers are unique per site, staff only touch sites in their scope, concurrent edits are detected.
 */
@Service
@Transactional
public class SiteAdministration {

	private final SiteRepository sites;
	private final RegionRepository regions;
	private final CounterRepository counters;
	private final DepartmentRepository departments;
	private final CalendarRepository calendar;
	private final CachingWorkingCalendar workingCalendar;
	private final SiteManagement siteManagement;
	private final CurrentStaff currentStaff;

	SiteAdministration(SiteRepository sites, RegionRepository regions, CounterRepository counters,
			DepartmentRepository departments, CalendarRepository calendar, CachingWorkingCalendar workingCalendar,
			SiteManagement siteManagement, CurrentStaff currentStaff) {
		this.sites = sites;
		this.regions = regions;
		this.counters = counters;
		this.departments = departments;
		this.calendar = calendar;
		this.workingCalendar = workingCalendar;
		this.siteManagement = siteManagement;
		this.currentStaff = currentStaff;
	}

	/** The current staff member's scope. */
	@Transactional(readOnly = true)
	public SiteScope currentScope() {
		return siteManagement.scopeOf(currentStaff.require().siteId());
	}

	@Transactional(readOnly = true)
	public Site siteInScope(long siteId) {
		var site = sites.find(siteId).orElseThrow(() -> DomainException.notFound("site.not-found", siteId));
		if (!currentScope().includes(siteId)) {
			throw DomainException.forbidden("site.out-of-scope", site.name());
		}
		return site;
	}

	public Site saveSite(Site site) {
		checkPlacement(site);
		if (sites.nameTaken(site.name(), site.id())) {
			throw DomainException.conflict("site.name-taken", site.name());
		}
		if (site.id() == null) {
			return sites.find(sites.insert(site)).orElseThrow();
		}
		var existing = siteInScope(site.id());
		if (existing.level() != site.level() && sites.hasChildren(site.id())) {
			throw DomainException.conflict("site.level-change-with-children", existing.name());
		}
		if (!sites.update(site)) {
			throw DomainException.conflict("platform.concurrent-modification");
		}
		return sites.find(site.id()).orElseThrow();
	}

	private void checkPlacement(Site site) {
		var region = regions.find(site.regionCode())
			.orElseThrow(() -> DomainException.badRequest("site.region-unknown", site.regionCode()));
		if (region.level() != site.level().regionLevel()) {
			throw DomainException.badRequest("site.region-level-mismatch", site.level().label(),
					site.level().regionLevel().label(), region.name());
		}
		SiteLevel parentLevel = site.level().parentLevel();
		if (parentLevel == null) {
			if (site.parentId() != null) {
				throw DomainException.badRequest("site.county-has-no-parent");
			}
			return;
		}
		if (site.parentId() == null) {
			throw DomainException.badRequest("site.parent-required", site.level().label(), parentLevel.label());
		}
		if (site.parentId().equals(site.id())) {
			throw DomainException.badRequest("site.parent-is-self");
		}
		var parent = sites.find(site.parentId())
			.orElseThrow(() -> DomainException.notFound("site.not-found", site.parentId()));
		if (parent.level() != parentLevel) {
			throw DomainException.badRequest("site.parent-level-mismatch", site.level().label(), parentLevel.label());
		}
		if (!RegionCode.of(parent.regionCode()).isAncestorOf(RegionCode.of(site.regionCode()))) {
			throw DomainException.badRequest("site.region-outside-parent", region.name(), parent.name());
		}
	}

	public Counter saveCounter(Counter counter) {
		siteInScope(counter.siteId());
		var categories = counter.categories();
		if (new HashSet<>(categories).size() != categories.size()) {
			throw DomainException.badRequest("site.counter-category-repeated");
		}
		if (counters.numberTaken(counter.siteId(), counter.number(), counter.id())) {
			throw DomainException.conflict("site.counter-number-taken", counter.number());
		}
		if (counter.id() == null) {
			return counters.find(counters.insert(counter)).orElseThrow();
		}
		var existing = counterInScope(counter.id());
		if (existing.siteId() != counter.siteId()) {
			throw DomainException.badRequest("site.counter-site-fixed");
		}
		if (!counters.update(counter)) {
			throw DomainException.conflict("platform.concurrent-modification");
		}
		return counters.find(counter.id()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Counter counterInScope(long counterId) {
		var counter = counters.find(counterId)
			.orElseThrow(() -> DomainException.notFound("site.counter-not-found", counterId));
		siteInScope(counter.siteId());
		return counter;
	}

	@Transactional(readOnly = true)
	public List<Counter> countersOf(long siteId) {
		siteInScope(siteId);
		return counters.findBySite(siteId);
	}

	public Department saveDepartment(Department department) {
		if (departments.taken("code", department.code(), department.id())) {
			throw DomainException.conflict("site.department-code-taken", department.code());
		}
		if (departments.taken("name", department.name(), department.id())) {
			throw DomainException.conflict("site.department-name-taken", department.name());
		}
		if (department.id() == null) {
			return departments.find(departments.insert(department)).orElseThrow();
		}
		departments.find(department.id())
			.orElseThrow(() -> DomainException.notFound("site.department-not-found", department.id()));
		if (!departments.update(department)) {
			throw DomainException.conflict("platform.concurrent-modification");
		}
		return departments.find(department.id()).orElseThrow();
	}

	public CalendarDay setCalendarDay(LocalDate date, DayKind kind, String name) {
		checkCalendarYear(date);
		var day = new CalendarDay(date, kind, name);
		calendar.save(day, currentStaff.require().username());
		workingCalendar.reload();
		return day;
	}

	public void resetCalendarDay(LocalDate date) {
		checkCalendarYear(date);
		if (!calendar.delete(date)) {
			throw DomainException.notFound("site.calendar-day-not-set", date);
		}
		workingCalendar.reload();
	}

	private static void checkCalendarYear(LocalDate date) {
		if (date.getYear() < 2000 || date.getYear() > 2100) {
			throw DomainException.badRequest("site.calendar-year-out-of-range", date.getYear());
		}
	}
}
