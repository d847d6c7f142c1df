package org.onewindow.catalog.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.onewindow.catalog.CatalogContent;
import org.onewindow.catalog.CatalogPublished;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.internal.CatalogRepository.CatalogVersion;
import org.onewindow.platform.ValidationFailedException;
import org.onewindow.platform.Violation;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the draft and publishing it as a numbered version after the publish validation passes.
 */
@Service
@Transactional
public class CatalogEditing {

	private final CatalogRepository repository;
	private final SiteManagement sites;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CatalogEditing(CatalogRepository repository, SiteManagement sites, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.sites = sites;
		this.events = events;
		this.clock = clock;
	}

	public CatalogVersion draft() {
		return repository.draft().orElseGet(repository::createDraft);
	}

	@Transactional(readOnly = true)
	public CatalogSnapshot draftSnapshot() {
		return CatalogSnapshot.of(0, repository.load(draft().id()));
	}

	public void replaceDraft(CatalogContent content) {
		repository.replaceContent(draft().id(), content);
	}

	@Transactional(readOnly = true)
	public List<PublishValidation.Problem> problems(CatalogContent content) {
		var departments = sites.departments().stream().map(DepartmentSummary::code).collect(Collectors.toSet());
		return PublishValidation.check(content, new HashSet<>(departments));
	}

	/** Validates the draft and publishes it; refuses with the full list of problems. */
	public CatalogVersion publish(String by, String note) {
		var draft = draft();
		var problems = problems(repository.load(draft.id()));
		if (!problems.isEmpty()) {
			throw new ValidationFailedException("catalog.publish-invalid",
					problems.stream().map(problem -> new Violation(problem.where(), problem.message())).toList(),
					problems.size());
		}
		var version = repository.publish(draft.id(), by, note, clock.instant());
		events.publishEvent(new CatalogPublished(version.number()));
		return version;
	}
}
