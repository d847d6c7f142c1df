package org.onewindow.catalog.web;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.HandbookVolume;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.catalog.internal.CatalogDiff;
import org.onewindow.catalog.internal.CatalogEditing;
import org.onewindow.catalog.internal.CatalogRepository;
import org.onewindow.catalog.internal.CatalogRepository.CatalogVersion;
import org.onewindow.platform.CurrentStaff;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Maintaining the handbook: the draft, its publish check, publishing a version, comparing versions.
 */
@Tag(name = "受理事典维护")
@RestController
@RequestMapping("/api/catalog")
@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN', 'SUPERVISOR')")
class CatalogAdminController {

	private static final String EDITORS = "hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')";

	private final CatalogEditing editing;
	private final CatalogRepository repository;
	private final CatalogManagement catalog;
	private final CurrentStaff currentStaff;
	private final Clock clock;

	CatalogAdminController(CatalogEditing editing, CatalogRepository repository, CatalogManagement catalog,
			CurrentStaff currentStaff, Clock clock) {
		this.editing = editing;
		this.repository = repository;
		this.catalog = catalog;
		this.currentStaff = currentStaff;
		this.clock = clock;
	}

	@Operation(summary = "全部版本（草稿在前）")
	@GetMapping("/versions")
	List<VersionResponse> versions() {
		editing.draft();
		return repository.versions().stream().map(this::response).toList();
	}

	@Operation(summary = "校验草稿并发布为新版本")
	@PostMapping("/versions")
	@PreAuthorize("hasRole('SYS_ADMIN')")
	ResponseEntity<VersionResponse> publish(@Valid @RequestBody PublishRequest request) {
		var version = editing.publish(currentStaff.require().username(), request.note());
		return ResponseEntity.created(URI.create("/api/catalog/versions/" + version.number()))
			.body(response(version));
	}

	@Operation(summary = "比较两个版本（0 表示草稿）")
	@GetMapping("/versions/{from}/diff/{to}")
	CatalogDiff.Result diff(@PathVariable int from, @PathVariable int to) {
		return CatalogDiff.between(snapshot(from), snapshot(to));
	}

	@Operation(summary = "草稿的发布校验问题清单")
	@GetMapping("/draft/problems")
	List<Violation> problems() {
		return editing.problems(editing.draftSnapshot().content())
			.stream()
			.map(problem -> new Violation(problem.where(), problem.message()))
			.toList();
	}

	@Operation(summary = "草稿中的事项：可按部门、分册、主题、关键词筛选")
	@GetMapping("/draft/items")
	List<ItemListing.ItemSummary> draftItems(@RequestParam(required = false) String department,
			@RequestParam(required = false) HandbookVolume volume, @RequestParam(required = false) String lifeEvent,
			@RequestParam(required = false) @Size(max = 50) String q) {
		return ItemListing.list(editing.draftSnapshot(), department, volume, lifeEvent, q);
	}

	@Operation(summary = "草稿中的一个办事情形")
	@GetMapping("/draft/situations/{code}")
	Situation draftSituation(@PathVariable String code) {
		return editing.draftSnapshot()
			.situation(code)
			.orElseThrow(() -> DomainException.notFound("catalog.situation-not-found", code));
	}

	@Operation(summary = "草稿中的全部“一件事”")
	@GetMapping("/draft/bundles")
	List<Bundle> draftBundles() {
		return editing.draftSnapshot().content().bundles();
	}

	@Operation(summary = "从草稿中删除事项及其全部办事情形")
	@DeleteMapping("/draft/items/{code}")
	@PreAuthorize(EDITORS)
	ResponseEntity<Void> deleteItem(@PathVariable String code) {
		if (!repository.deleteItem(editing.draft().id(), code)) {
			throw DomainException.notFound("catalog.item-not-found", code);
		}
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "草稿中的一个事项及其情形")
	@GetMapping("/draft/items/{code}")
	DraftItem draftItem(@PathVariable String code) {
		var draft = editing.draftSnapshot();
		var item = draft.item(code).orElseThrow(() -> DomainException.notFound("catalog.item-not-found", code));
		return new DraftItem(item, draft.situationsOf(code));
	}

	@Operation(summary = "新增或修改草稿中的事项")
	@PutMapping("/draft/items/{code}")
	@PreAuthorize(EDITORS)
	ServiceItem saveItem(@PathVariable String code, @Valid @RequestBody ItemRequest request) {
		var item = request.item();
		if (!code.equals(item.code())) {
			throw DomainException.badRequest("catalog.code-mismatch", code, item.code());
		}
		repositorySaveItem(item);
		return item;
	}

	@Operation(summary = "新增或修改草稿中的办事情形")
	@PutMapping("/draft/situations/{code}")
	@PreAuthorize(EDITORS)
	Situation saveSituation(@PathVariable String code, @Valid @RequestBody SituationRequest request) {
		var situation = request.situation();
		if (!code.equals(situation.code())) {
			throw DomainException.badRequest("catalog.code-mismatch", code, situation.code());
		}
		var draft = editing.draftSnapshot();
		if (draft.item(situation.itemCode()).isEmpty()) {
			throw DomainException.badRequest("catalog.item-not-found", situation.itemCode());
		}
		repository.saveSituation(editing.draft().id(), situation);
		return situation;
	}

	@Operation(summary = "从草稿中删除办事情形")
	@DeleteMapping("/draft/situations/{code}")
	@PreAuthorize(EDITORS)
	ResponseEntity<Void> deleteSituation(@PathVariable String code) {
		if (!repository.deleteSituation(editing.draft().id(), code)) {
			throw DomainException.notFound("catalog.situation-not-found", code);
		}
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "新增或修改草稿中的“一件事”")
	@PutMapping("/draft/bundles/{code}")
	@PreAuthorize(EDITORS)
	Bundle saveBundle(@PathVariable String code, @Valid @RequestBody BundleRequest request) {
		var bundle = request.bundle();
		if (!code.equals(bundle.code())) {
			throw DomainException.badRequest("catalog.code-mismatch", code, bundle.code());
		}
		repository.saveBundle(editing.draft().id(), bundle);
		return bundle;
	}

	private void repositorySaveItem(ServiceItem item) {
		repository.saveItem(editing.draft().id(), item);
	}

	private CatalogSnapshot snapshot(int number) {
		return number == 0 ? editing.draftSnapshot() : catalog.version(number);
	}

	private VersionResponse response(CatalogVersion version) {
		ZoneId zone = clock.getZone();
		return new VersionResponse(version.id(), version.number(), version.status(),
				version.createdAt().atZone(zone).toOffsetDateTime(),
				version.publishedAt() == null ? null : version.publishedAt().atZone(zone).toOffsetDateTime(),
				version.publishedBy(), version.note());
	}

	record VersionResponse(long id, Integer number, String status, OffsetDateTime createdAt,
			OffsetDateTime publishedAt, String publishedBy, String note) {
	}

	record PublishRequest(@Size(max = 200) String note) {
	}

	record DraftItem(ServiceItem item, List<Situation> situations) {
	}

	record ItemRequest(@NotNull ServiceItem item) {
	}

	record SituationRequest(@NotNull Situation situation) {
	}

	record BundleRequest(@NotNull Bundle bundle) {
	}
}
