package org.onewindow.evaluation.internal;

import org.onewindow.acceptance.CaseDelivered;
import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.queue.QueueManagement;
import org.onewindow.queue.TicketFinished;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every finished ticket and every delivered case becomes a service to rate, with its own rating token. Idempotent:
 * a second delivery of the same event inserts nothing.
 */
@Component
class ServiceIntake {

	private final EvaluationRepository repository;
	private final SiteManagement sites;
	private final QueueManagement queue;
	private final CaseLifecycle cases;
	private final CatalogManagement catalog;

	ServiceIntake(EvaluationRepository repository, SiteManagement sites, QueueManagement queue, CaseLifecycle cases,
			CatalogManagement catalog) {
		this.repository = repository;
		this.sites = sites;
		this.queue = queue;
		this.cases = cases;
		this.catalog = catalog;
	}

	@ApplicationModuleListener
	void on(TicketFinished event) {
		var counter = sites.findCounter(event.counterId()).orElse(null);
		Long departmentId = null;
		String where = "";
		if (counter != null) {
			where = " " + counter.name();
			// a department window (公安专窗 …) belongs to its department; a comprehensive window to the site
			departmentId = counter.categories()
				.stream()
				.findFirst()
				.flatMap(category -> queue.departmentCodesOf(counter.siteId(), category).stream().findFirst())
				.flatMap(sites::findDepartmentByCode)
				.map(DepartmentSummary::id)
				.orElse(null);
		}
		repository.insertService("TICKET", event.ticketId(), null, event.siteId(), event.counterId(),
				event.staffId(), departmentId, cut(event.ticketNumber() + " 号" + where), RatingService.newToken(),
				event.finishedAt());
	}

	@ApplicationModuleListener
	void on(CaseDelivered event) {
		var found = cases.get(event.caseId());
		Long departmentId = found.situationCodes()
			.stream()
			.findFirst()
			.flatMap(code -> catalog.situation(found.catalogVersion(), code))
			.flatMap(situation -> catalog.version(found.catalogVersion()).item(situation.itemCode()))
			.flatMap(item -> sites.findDepartmentByCode(item.department()))
			.map(DepartmentSummary::id)
			.orElse(null);
		repository.insertService("CASE", null, event.caseId(), event.siteId(), null, null, departmentId,
				cut("办件 " + event.caseNumber() + " " + found.title()), RatingService.newToken(),
				event.deliveredAt());
	}

	private static String cut(String text) {
		return text.length() <= 200 ? text : text.substring(0, 200);
	}
}
