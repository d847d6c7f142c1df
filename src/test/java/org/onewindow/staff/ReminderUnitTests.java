package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReminderUnitTests {

	@Test
	void recipientsNeedStaffOrASite() {
		assertThatThrownBy(() -> new ReminderRecipients(List.of(), null, 3L, Set.of(Role.APPROVER)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(ReminderRecipients.staff(4, 5).staffIds()).containsExactly(4L, 5L);
		var site = ReminderRecipients.ofSite(7, null, Role.SITE_ADMIN);
		assertThat(site.siteId()).isEqualTo(7L);
		assertThat(site.roles()).containsExactly(Role.SITE_ADMIN);
		assertThat(ReminderRecipients.ofSite(7, 2L).roles()).isEmpty();
		var owner = ReminderRecipients.staffAt(4, 7);
		assertThat(owner.staffIds()).containsExactly(4L);
		assertThat(owner.siteId()).as("whose administrators answer when the owner left").isEqualTo(7L);
	}

	@Test
	void overlongTextsAreCutToWhatTheListAndTheOutboxTake() {
		var due = new DueReminder("x", "1", ReminderLight.RED, "标".repeat(300), "短".repeat(600), "/x",
				ReminderRecipients.staff(1));
		assertThat(due.title()).hasSize(200).endsWith("…");
		assertThat(due.smsText()).hasSize(500).endsWith("…");
	}

	@Test
	void lightsSpeakChinese() {
		assertThat(ReminderLight.YELLOW.label()).isEqualTo("黄灯预警");
		assertThat(ReminderLight.RED.label()).isEqualTo("红灯超期");
		assertThat("审批事项 " + ReminderLight.YELLOW.phrase()).isEqualTo("审批事项 已进入黄灯预警");
	}

	@Test
	void onlyYellowAndRedLightsAreRemindedOf() {
		assertThat(ReminderLight.warning("YELLOW")).isEqualTo(ReminderLight.YELLOW);
		assertThat(ReminderLight.warning("RED")).isEqualTo(ReminderLight.RED);
		assertThat(ReminderLight.warning("GREEN")).isNull();
		assertThat(ReminderLight.warning("NONE")).isNull();
	}
}
