package org.onewindow.setup;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;

import org.onewindow.platform.TransactionLocks;
import org.onewindow.queue.QueueSetup;
import org.onewindow.shared.RegionCode;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSetup;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * On an empty database that gets no demo data, creates the county center from {@code onewindow.setup.*} and a system
 * administrator whose one-time password is printed once in the log. Runs after the demo loader and does nothing when
 * anything exists already, so it is safe on every start and on several nodes at once.
 */
@Component
@Order(200)
class FirstInstallation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstInstallation.class);
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SetupProperties properties;
	private final SiteManagement siteManagement;
	private final SiteSetup sites;
	private final StaffSetup staff;
	private final QueueSetup queue;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final SecureRandom random = new SecureRandom();

	FirstInstallation(SetupProperties properties, SiteManagement siteManagement, SiteSetup sites, StaffSetup staff,
			QueueSetup queue, JdbcClient jdbc, TransactionTemplate transactions) {
		this.properties = properties;
		this.siteManagement = siteManagement;
		this.sites = sites;
		this.staff = staff;
		this.queue = queue;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			// the demo loader's lock: the first installation and the demo county never run together
			TransactionLocks.lock(jdbc, "onewindow-demo-data");
			if (!siteManagement.isEmpty() || staff.hasAccounts()) {
				return;
			}
			if (!StringUtils.hasText(properties.countyRegion()) || !StringUtils.hasText(properties.countyName())) {
				log.warn("""

						空数据库且未加载演示数据：请设置 ONEWINDOW_SETUP_COUNTY_REGION（县级区划代码，如 360899）和
						ONEWINDOW_SETUP_COUNTY_NAME（如 青山县）后重新启动，系统将创建县级政务服务中心和首个系统管理员账号。
						An empty database without demo data: set ONEWINDOW_SETUP_COUNTY_REGION and ONEWINDOW_SETUP_COUNTY_NAME
						and start again to create the county center and the first system administrator.""");
				return;
			}
			install();
		});
	}

	private void install() {
		var region = RegionCode.of(properties.countyRegion());
		if (region.level() != org.onewindow.shared.RegionLevel.COUNTY) {
			throw new IllegalStateException("ONEWINDOW_SETUP_COUNTY_REGION 应为县级区划代码（如 360899）：" + region.value());
		}
		sites.region(region, properties.countyName());
		String centerName = StringUtils.hasText(properties.centerName()) ? properties.centerName()
				: properties.countyName() + "政务服务中心";
		long center = sites.site(centerName, SiteLevel.COUNTY, null, region, null, null, null);
		queue.standardCategories(center, List.of("A", "B", "C", "D"));
		String password = oneTimePassword();
		staff.account(properties.adminUsername(), "系统管理员", password, center, null, EnumSet.of(Role.SYS_ADMIN),
				List.of());
		log.warn("""

				================================================================
				  首次安装：已创建“{}”和系统管理员账号
				  First installation: created {} and the system administrator
				  用户名 username: {}
				  一次性密码 one-time password: {}
				  请登录后立即修改密码。Change it after the first login.
				================================================================""", centerName, centerName,
				properties.adminUsername(), password);
	}

	private String oneTimePassword() {
		var password = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.append(random.nextInt(10)).toString();
	}
}
