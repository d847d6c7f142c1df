package org.onewindow.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.onewindow.queue.QueueSetup;
import org.onewindow.shared.RegionCode;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSetup;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;

/**
 * Makes {@link TestHall}s: a town sub-center under the demo county with counters, one clerk per counter (password
 * {@link HallClient#DEMO_PASSWORD}), a guide, the standard categories and a paired kiosk. Registered by {@link HallIntegrationTest}.
 */
public final class TestHalls {

	private final SiteSetup sites;
	private final SiteManagement siteManagement;
	private final StaffSetup staff;
	private final QueueSetup queue;

	TestHalls(SiteSetup sites, SiteManagement siteManagement, StaffSetup staff, QueueSetup queue) {
		this.sites = sites;
		this.siteManagement = siteManagement;
		this.staff = staff;
		this.queue = queue;
	}

	/** @param counterCategories the categories of each counter, in order of preference */
	public TestHall create(List<List<String>> counterCategories) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long county = siteManagement.activeSites().stream().filter(s -> s.level() == SiteLevel.COUNTY)
			.findFirst().orElseThrow().id();
		long siteId = sites.site("测试大厅" + tag, SiteLevel.TOWN, county, RegionCode.of("360899100000"), null, null, null);
		queue.standardCategories(siteId, List.of("A", "B", "C", "D", "E"));
		var counterIds = new ArrayList<Long>();
		var clerks = new ArrayList<String>();
		var clerkIds = new ArrayList<Long>();
		for (int i = 0; i < counterCategories.size(); i++) {
			long counterId = sites.counter(siteId, i + 1, (i + 1) + "号窗口", counterCategories.get(i));
			counterIds.add(counterId);
			String clerk = "c" + tag + "_" + (i + 1);
			clerkIds.add(staff.account(clerk, "测试受理员" + (i + 1), HallClient.DEMO_PASSWORD, siteId, null,
					EnumSet.of(Role.ACCEPTOR), List.of(counterId)));
			clerks.add(clerk);
		}
		String guide = "g" + tag;
		staff.account(guide, "测试导办员", HallClient.DEMO_PASSWORD, siteId, null, EnumSet.of(Role.GUIDE), List.of());
		String kioskKey = queue.pairedKiosk(siteId, "测试自助机");
		return new TestHall(siteId, counterIds, clerks, clerkIds, guide, kioskKey);
	}
}
