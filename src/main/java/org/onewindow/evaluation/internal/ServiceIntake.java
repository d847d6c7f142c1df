package org.onewindow.evaluation.internal;

import org.onewindow.acceptance.CaseDelivered;
import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.queue.TicketFinished;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteManagement;
import org.springframework.context.event.EventListener;
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
	private final CaseLifecycle cases;
	private final CatalogManagement catalog;

	ServiceIntake(EvaluationRepository repository, SiteManagement sites, CaseLifecycle cases,
			CatalogManagement catalog) {
		this.repository = repository;
		this.sites = sites;
		this.cases = cases;
		this.catalog = catalog;
	}

	/**
	 * In the finishing transaction (a plain listener, not through the event publication registry): the service to
	 * rate exists the moment the ticket is finished, when the counter pad asks for the rating, and a finished ticket
	 * costs no publication bookkeeping (three more transactions per call; docs/benchmarks.md). Should the insert fail,
	 * the finish fails with it and the counter tries again.
	 */
	@EventListener
	void on(TicketFinished event) {
		Long departmentId = event.departmentCode() == null ? null
				: sites.findDepartmentByCode(event.departmentCode()).map(DepartmentSummary::id).orElse(null);
		repository.insertService("TICKET", event.ticketId(), null, event.siteId(), event.counterId(),
				event.staffId(), departmentId, cut((event.ticketNumber() + " 号 " + event.counterName()).strip()),
				RatingService.newToken(), event.finishedAt());
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
