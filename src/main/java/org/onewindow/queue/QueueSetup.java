package org.onewindow.queue;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.onewindow.queue.internal.AppointmentRepository;
import org.onewindow.queue.internal.Category;
import org.onewindow.queue.internal.KioskService;
import org.onewindow.queue.internal.QueueSiteRepository;
import org.onewindow.queue.internal.SlotRule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installs a site's ticket categories and appointment hours (the demo county and a first installation).
 */
@Service
@Transactional
public class QueueSetup {

	/** The usual categories of a hall: code → name and the departments a department window takes. */
	public static final Map<String, String> STANDARD_NAMES = Map.of("A", "综合受理", "B", "统一出件", "C", "办不成事反映",
			"D", "帮办代办", "E", "公安专窗", "F", "税务专窗", "G", "不动产专窗");

	private static final Map<String, List<String>> STANDARD_DEPARTMENTS = Map.of("E", List.of("GAJ"), "F",
			List.of("SWJ"), "G", List.of("BDC", "ZRZYJ"));

	private final QueueSiteRepository queueSites;
	private final AppointmentRepository appointments;
	private final KioskService kiosks;

	QueueSetup(QueueSiteRepository queueSites, AppointmentRepository appointments, KioskService kiosks) {
		this.queueSites = queueSites;
		this.appointments = appointments;
		this.kiosks = kiosks;
	}

	/**
	 * Demo county only: a kiosk of the site that pairs with a fixed code, renewed (for a day) at every demo start while
	 * the kiosk is not paired. Answers whether the code is open for pairing now.
	 */
	public boolean demoKiosk(long siteId, String name, String fixedCode) {
		return kiosks.demoKiosk(siteId, name, fixedCode);
	}

	/** Tests: a kiosk of the site, already paired; answers the device key it sends ({@code X-Kiosk-Key}). */
	public String pairedKiosk(long siteId, String name) {
		return kiosks.pairedKiosk(siteId, name);
	}

	public boolean hasCategories(long siteId) {
		return !queueSites.categories(siteId).isEmpty();
	}

	/** Creates (or renames) the standard categories with these codes at the site. */
	public void standardCategories(long siteId, List<String> codes) {
		int order = 0;
		for (String code : codes) {
			String name = STANDARD_NAMES.getOrDefault(code, code + "类业务");
			queueSites.saveCategory(new Category(siteId, code, name, STANDARD_DEPARTMENTS.getOrDefault(code, List.of()),
					order++, true));
		}
	}

	/**
	 * Appointment hours for a category: working days 9:00–12:00 and 14:30–17:00 in half-hour slots, with
	 * 错时延时 hours (lunch time 12:00–14:30, Saturday 9:00–12:00) when {@code extended}.
	 */
	public void standardAppointmentHours(long siteId, String category, int capacity, boolean extended) {
		if (!appointments.rules(siteId).stream().filter(r -> r.category().equals(category)).toList().isEmpty()) {
			return;
		}
		add(siteId, category, SlotRule.DayKind.WORKDAY, "09:00", "12:00", capacity, null);
		add(siteId, category, SlotRule.DayKind.WORKDAY, "14:30", "17:00", capacity, null);
		if (extended) {
			add(siteId, category, SlotRule.DayKind.WORKDAY, "12:00", "14:30", Math.max(1, capacity / 2), "午间延时");
			add(siteId, category, SlotRule.DayKind.SATURDAY, "09:00", "12:00", Math.max(1, capacity / 2), "周六延时");
		}
	}

	private void add(long siteId, String category, SlotRule.DayKind kind, String start, String end, int capacity,
			String label) {
		appointments.insertRule(new SlotRule(null, siteId, category, kind, LocalTime.parse(start), LocalTime.parse(end),
				30, capacity, label));
	}
}
