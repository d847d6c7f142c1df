package org.onewindow.site;

import java.util.List;

import org.onewindow.platform.DomainException;
import org.onewindow.shared.RegionCode;
import org.onewindow.site.internal.Counter;
import org.onewindow.site.internal.CounterRepository;
import org.onewindow.site.internal.Department;
import org.onewindow.site.internal.DepartmentRepository;
import org.onewindow.site.internal.RegionRepository;
import org.onewindow.site.internal.Site;
import org.onewindow.site.internal.SiteRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Building a hall network without a logged-in user: used by the demo data and by installation scripts, never
 * exposed over HTTP (the web API goes through the scoped administration rules instead).
 */
@Service
@Transactional
public class SiteSetup {

	private final RegionRepository regions;
	private final SiteRepository sites;
	private final DepartmentRepository departments;
	private final CounterRepository counters;

	SiteSetup(RegionRepository regions, SiteRepository sites, DepartmentRepository departments,
			CounterRepository counters) {
		this.regions = regions;
		this.sites = sites;
		this.departments = departments;
		this.counters = counters;
	}

	/** Adds or renames a region under its nearest known ancestor (a county alone is a tree of its own). */
	public void region(RegionCode code, String name) {
		var parent = code.parent();
		while (parent.isPresent() && regions.find(parent.get().value()).isEmpty()) {
			parent = parent.get().parent();
		}
		regions.save(new RegionRepository.Region(code.value(), name, code.level(),
				parent.map(RegionCode::value).orElse(null)));
	}

	public long site(String name, SiteLevel level, Long parentId, RegionCode region, String address, String phone,
			String openingHours) {
		if (sites.nameTaken(name, null)) {
			throw DomainException.conflict("site.name-taken", name);
		}
		return sites.insert(new Site(null, name, level, parentId, region.value(), null, address, phone, openingHours,
				true, 0));
	}

	public long department(String code, String name, String shortName, String creditCode, String phone, int sortOrder) {
		return departments.insert(new Department(null, code, name, shortName, creditCode, phone, sortOrder, true, 0));
	}

	public long counter(long siteId, int number, String name, List<String> categories) {
		return counters.insert(new Counter(null, siteId, number, name, categories, true, 0));
	}
}
