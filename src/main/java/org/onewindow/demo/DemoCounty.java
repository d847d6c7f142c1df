package org.onewindow.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo county as written in {@code demo/county.json}.
 */
record DemoCounty(String password, List<DemoRegion> regions, List<DemoDepartment> departments,
		List<DemoSite> sites, Map<String, List<DemoCounter>> counters, List<DemoStaff> staff) {

	record DemoRegion(String code, String name) {
	}

	record DemoDepartment(String code, String name, String shortName, String creditCode, String phone,
			int sortOrder) {
	}

	record DemoSite(String key, String name, String level, String parent, String region, String address,
			String phone, String openingHours) {
	}

	record DemoCounter(int number, String name, List<String> categories) {
	}

	record DemoStaff(String username, String displayName, String site, String department, List<String> roles,
			List<Integer> counters) {
	}
}
