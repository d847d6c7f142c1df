package org.onewindow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.onewindow.catalog.CatalogSetup;
import org.onewindow.platform.DemoMode;
import org.onewindow.platform.TransactionLocks;
import org.onewindow.queue.QueueSetup;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.RegionCode;
import org.onewindow.site.CounterSummary;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSetup;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo county into an empty database at start, then tells its cases ({@link DemoCases}), and prints the
 * demo logins when the server is up.
 * <p>
 * It runs when demo data is enabled, on an empty database only: the county is loaded in one transaction under an
 * advisory lock, so that of several nodes starting together exactly one finds the database empty and loads it. The
 * same node, and only in the start that loaded the county, then tells the cases (after that transaction committed,
 * because the modules' event listeners must see each step). A restart or a second node finds the county there and
 * adds nothing; {@code onewindow.demo.reload} erases everything and loads both again.
 */
@Component
@Order(100)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final String DEMO_KIOSK = "演示自助机";

	private volatile List<String> demoKiosks = List.of();

	private final DemoProperties properties;
	private final DemoMode demoMode;
	private final SiteManagement siteManagement;
	private final SiteSetup sites;
	private final StaffSetup staff;
	private final CatalogSetup catalog;
	private final QueueSetup queue;
	private final DemoCases cases;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final JsonMapper json;
	private DemoCounty loaded;

	DemoDataLoader(DemoProperties properties, DemoMode demoMode, SiteManagement siteManagement, SiteSetup sites,
			StaffSetup staff, CatalogSetup catalog, QueueSetup queue, DemoCases cases, JdbcClient jdbc,
			TransactionTemplate transactions, JsonMapper json) {
		this.properties = properties;
		this.demoMode = demoMode;
		this.siteManagement = siteManagement;
		this.sites = sites;
		this.staff = staff;
		this.catalog = catalog;
		this.queue = queue;
		this.cases = cases;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
	}

	boolean enabled() {
		return demoMode.enabled();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		boolean countyLoaded = Boolean.TRUE.equals(transactions.execute(status -> {
			// one node at a time: several nodes starting together load the demo once
			TransactionLocks.lock(jdbc, "onewindow-demo-data");
			if (properties.reload()) {
				eraseEverything();
			}
			boolean empty = siteManagement.isEmpty() && !staff.hasAccounts();
			if (empty) {
				load(read());
				log.info("Demo county 青山县 loaded");
			}
			if (catalog.installShippedCatalog()) {
				log.info("Shipped handbook installed as catalog version 1");
			}
			installQueues();
			demoKiosks = pairDemoKiosks();
			return empty;
		}));
		if (countyLoaded) {
			tellCases();
		}
		loaded = read();
	}

	/**
	 * The demo cases, once, right after the county they happen in. A failure leaves the hall working (the cases made so
	 * far stay, nothing is retried at the next start: {@code onewindow.demo.reload} starts over).
	 */
	private void tellCases() {
		try {
			cases.tell();
		}
		catch (RuntimeException ex) {
			log.error("演示办件未能全部生成（Demo cases incomplete; restart with onewindow.demo.reload=true to start over）",
					ex);
		}
	}

	@EventListener
	@Order(10)
	void printLogins(ApplicationReadyEvent event) {
		if (loaded == null) {
			return;
		}
		var lines = loaded.staff()
			.stream()
			.map(account -> String.format("  %-14s %s（%s）", account.username(), account.displayName(),
					account.roles().stream().map(role -> Role.valueOf(role).label()).collect(Collectors.joining("、"))))
			.collect(Collectors.joining("\n"));
		log.info("\n演示账号 Demo logins（密码均为 password for all: {}）:\n{}\n", loaded.password(), lines);
		if (!demoKiosks.isEmpty()) {
			log.info("\n演示自助机配对码 Demo kiosk pairing codes（在自助机页输入，一次有效 single use）:\n{}\n",
					String.join("\n", demoKiosks));
		}
	}

	private DemoCounty read() {
		try (InputStream in = new ClassPathResource("demo/county.json").getInputStream()) {
			return json.readValue(in, DemoCounty.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void load(DemoCounty county) {
		county.regions().forEach(region -> sites.region(RegionCode.of(region.code()), region.name()));
		var departmentIds = new HashMap<String, Long>();
		for (var department : county.departments()) {
			departmentIds.put(department.code(),
					sites.department(department.code(), department.name(), department.shortName(),
							CreditCode.of(department.creditCode()).value(), department.phone(),
							department.sortOrder()));
		}
		var siteIds = new HashMap<String, Long>();
		for (var site : county.sites()) {
			siteIds.put(site.key(), sites.site(site.name(), SiteLevel.valueOf(site.level()),
					site.parent() == null ? null : siteIds.get(site.parent()), RegionCode.of(site.region()),
					site.address(), site.phone(), site.openingHours()));
		}
		county.counters()
			.forEach((siteKey, counters) -> counters.forEach(
					counter -> sites.counter(siteIds.get(siteKey), counter.number(), counter.name(), counter.categories())));
		for (var account : county.staff()) {
			long siteId = siteIds.get(account.site());
			Map<Integer, Long> counterIdsByNumber = siteManagement.countersOf(siteId)
				.stream()
				.collect(Collectors.toMap(CounterSummary::number, CounterSummary::id));
			var roles = EnumSet.noneOf(Role.class);
			account.roles().forEach(role -> roles.add(Role.valueOf(role)));
			List<Long> counterIds = account.counters() == null ? List.of()
					: account.counters().stream().map(counterIdsByNumber::get).toList();
			staff.account(account.username(), account.displayName(), county.password(), siteId,
					account.department() == null ? null : departmentIds.get(account.department()), roles, counterIds);
		}
	}

	/**
	 * One kiosk per demo site with a fixed pairing code (demo mode only: a real installation's codes are random and
	 * last 30 minutes). The code is renewed at every demo start while the kiosk is not paired; once a browser paired
	 * it, another browser needs a kiosk added by the site's administrator (叫号设置 → 自助机).
	 */
	private List<String> pairDemoKiosks() {
		var lines = new ArrayList<String>();
		var demoSites = read().sites().stream().map(DemoCounty.DemoSite::name).collect(Collectors.toSet());
		for (var site : siteManagement.activeSites()) {
			if (!demoSites.contains(site.name())) {
				continue; // sites added later are paired by their administrator
			}
			String code = String.format("8%07d", site.id());
			boolean open = queue.demoKiosk(site.id(), DEMO_KIOSK, code);
			lines.add(String.format("  %s  %s  %s", open ? code.substring(0, 4) + " " + code.substring(4) : "(已配对)",
					"/kiosk?site=" + site.id(), site.name()));
		}
		return lines;
	}

	/** Ticket categories from the counters of each site, and appointment hours (错时延时 at the county center). */
	private void installQueues() {
		for (var site : siteManagement.activeSites()) {
			if (queue.hasCategories(site.id())) {
				continue;
			}
			var codes = new TreeSet<String>(List.of("A"));
			siteManagement.countersOf(site.id()).forEach(counter -> codes.addAll(counter.categories()));
			queue.standardCategories(site.id(), List.copyOf(codes));
			boolean county = site.level() == SiteLevel.COUNTY;
			queue.standardAppointmentHours(site.id(), "A", county ? 6 : 2, county);
		}
	}

	/**
	 * Empties every table but Flyway's history and the working calendar (official data, not demo data): the
	 * explicit, documented meaning of {@code onewindow.demo.reload}.
	 */
	private void eraseEverything() {
		var tables = jdbc.sql("""
				select quote_ident(table_name) from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'
				  and table_name <> 'flyway_schema_history' and table_name not like 'st\\_calendar\\_%'
				""").query(String.class).list();
		if (!tables.isEmpty()) {
			jdbc.sql("truncate table " + String.join(", ", tables) + " restart identity cascade").update();
		}
		log.warn("onewindow.demo.reload: all data erased, loading the demo county again");
	}
}
