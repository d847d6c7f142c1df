package org.onewindow.queue.internal;

import java.util.List;

import org.onewindow.platform.DomainException;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.StaffManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site administrator's queue settings: lanes and timings, categories, appointment hours; within their scope.
 */
@Service
@Transactional
public class QueueAdministration {

	private final QueueSiteRepository queueSites;
	private final AppointmentRepository appointments;
	private final SiteManagement sites;
	private final StaffManagement staff;
	private final QueueNotifications notifications;
	private final QueueReference reference;

	QueueAdministration(QueueSiteRepository queueSites, AppointmentRepository appointments, SiteManagement sites,
			StaffManagement staff, QueueNotifications notifications, QueueReference reference) {
		this.queueSites = queueSites;
		this.appointments = appointments;
		this.sites = sites;
		this.staff = staff;
		this.notifications = notifications;
		this.reference = reference;
	}

	public void requireInScope(long siteId) {
		var site = sites.getSite(siteId);
		if (!staff.currentScope().includes(siteId)) {
			throw DomainException.forbidden("queue.site-out-of-scope", site.name());
		}
	}

	@Transactional(readOnly = true)
	public QueueSettings settings(long siteId) {
		requireInScope(siteId);
		return queueSites.settings(siteId);
	}

	public QueueSettings saveSettings(QueueSettings settings) {
		requireInScope(settings.siteId());
		queueSites.saveSettings(settings);
		reference.settingsChanged(settings.siteId());
		return queueSites.settings(settings.siteId());
	}

	@Transactional(readOnly = true)
	public List<Category> categories(long siteId) {
		requireInScope(siteId);
		return queueSites.categories(siteId);
	}

	public Category saveCategory(long siteId, String code, String name, List<String> departmentCodes, boolean active,
			Integer sortOrder) {
		requireInScope(siteId);
		for (String department : departmentCodes) {
			if (sites.findDepartmentByCode(department).isEmpty()) {
				throw DomainException.unprocessable("queue.department-unknown", department);
			}
		}
		var existing = queueSites.category(siteId, code);
		int order = sortOrder != null ? sortOrder
				: existing.map(Category::sortOrder).orElse(queueSites.categories(siteId).size());
		queueSites.saveCategory(new Category(siteId, code, name, departmentCodes, order, active));
		reference.categoriesChanged(siteId);
		notifications.changed(siteId);
		return queueSites.category(siteId, code).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<SlotRule> rules(long siteId) {
		requireInScope(siteId);
		return appointments.rules(siteId);
	}

	public SlotRule addRule(SlotRule rule) {
		requireInScope(rule.siteId());
		if (queueSites.category(rule.siteId(), rule.category()).isEmpty()) {
			throw DomainException.unprocessable("queue.category-unknown", rule.category());
		}
		if (!rule.end().isAfter(rule.start())) {
			throw DomainException.unprocessable("queue.slot-rule-times-invalid");
		}
		if (rule.slotsOn(java.time.LocalDate.now()).isEmpty()) {
			throw DomainException.unprocessable("queue.slot-rule-too-short", rule.slotMinutes());
		}
		boolean overlaps = appointments.rules(rule.siteId())
			.stream()
			.anyMatch(r -> r.category().equals(rule.category()) && r.dayKind() == rule.dayKind()
					&& r.start().isBefore(rule.end()) && rule.start().isBefore(r.end()));
		if (overlaps) {
			throw DomainException.conflict("queue.slot-rule-overlaps");
		}
		long id = appointments.insertRule(rule);
		return appointments.rules(rule.siteId()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
	}

	public void deleteRule(long siteId, long id) {
		requireInScope(siteId);
		if (!appointments.deleteRule(siteId, id)) {
			throw DomainException.notFound("queue.slot-rule-unknown", id);
		}
	}
}
