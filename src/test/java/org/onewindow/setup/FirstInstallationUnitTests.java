package org.onewindow.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onewindow.queue.QueueSetup;
import org.onewindow.shared.RegionCode;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSetup;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start of a real installation creates the county center and one system administrator, and only then.
 */
class FirstInstallationUnitTests {

	private final SiteManagement siteManagement = mock(SiteManagement.class);
	private final SiteSetup sites = mock(SiteSetup.class);
	private final StaffSetup staff = mock(StaffSetup.class);
	private final QueueSetup queue = mock(QueueSetup.class);
	private final JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
	private final TransactionTemplate transactions = new TransactionTemplate(mock(PlatformTransactionManager.class));

	private FirstInstallation installation(String region, String name) {
		return new FirstInstallation(new SetupProperties(region, name, null, "admin"), siteManagement, sites, staff, queue,
				jdbc, transactions);
	}

	@Test
	void anEmptyDatabaseGetsTheCountyCenterAndASystemAdministrator() {
		when(siteManagement.isEmpty()).thenReturn(true);
		when(sites.site(anyString(), any(), any(), any(), any(), any(), any())).thenReturn(7L);

		installation("360899", "青山县").run(null);

		verify(sites).region(RegionCode.of("360899"), "青山县");
		verify(sites).site(eq("青山县政务服务中心"), eq(SiteLevel.COUNTY), isNull(), eq(RegionCode.of("360899")), isNull(),
				isNull(), isNull());
		var password = ArgumentCaptor.forClass(String.class);
		verify(staff).account(eq("admin"), eq("系统管理员"), password.capture(), eq(7L), isNull(),
				eq(EnumSet.of(Role.SYS_ADMIN)), eq(List.of()));
		verify(queue).standardCategories(7L, List.of("A", "B", "C", "D"));
		assertThat(password.getValue()).hasSize(13).matches(".*[A-Za-z].*").matches(".*\\d.*");
	}

	@Test
	void anythingAlreadyThereIsLeftAlone() {
		when(siteManagement.isEmpty()).thenReturn(false);
		installation("360899", "青山县").run(null);
		verify(sites, never()).site(anyString(), any(), any(), any(), any(), any(), any());
		verify(staff, never()).account(anyString(), anyString(), anyString(), anyLong(), any(), any(), any());
	}

	@Test
	void withoutTheCountyNothingIsCreated() {
		when(siteManagement.isEmpty()).thenReturn(true);
		installation(null, null).run(null);
		verify(sites, never()).region(any(), any());
		verify(staff, never()).account(anyString(), anyString(), anyString(), anyLong(), any(), any(), any());
	}

	@Test
	void aRegionThatIsNoCountyIsRefused() {
		when(siteManagement.isEmpty()).thenReturn(true);
		assertThatIllegalStateException().isThrownBy(() -> installation("360800", "吉安市").run(null))
			.withMessageContaining("县级区划代码");
	}
}
