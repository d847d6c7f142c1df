package org.onewindow.catalog.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.CatalogSummary;
import org.onewindow.catalog.HallService;
import org.onewindow.catalog.HandbookVolume;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.PublicPaths;
import org.onewindow.site.SiteManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The published handbook for everyone, without login: 办事指南 by department, volume and theme; an item with its
 * situations; a situation with its materials and fill-in samples; bundles.
 */
@Tag(name = "受理事典（公开）")
@RestController
@RequestMapping("/api/catalog")
class CatalogPublicController {

	private final CatalogManagement catalog;
	private final SiteManagement sites;

	CatalogPublicController(CatalogManagement catalog, SiteManagement sites) {
		this.catalog = catalog;
		this.sites = sites;
	}

	@Operation(summary = "已发布版本的统计（无需登录）")
	@GetMapping("/summary")
	CatalogSummary summary() {
		return catalog.summary();
	}

	@Operation(summary = "事项列表：可按部门、分册、主题、关键词（含群众常用说法）筛选")
	@GetMapping("/items")
	List<ItemListing.ItemSummary> items(@RequestParam(required = false) String department,
			@RequestParam(required = false) HandbookVolume volume,
			@RequestParam(required = false) @Size(max = 50) String lifeEvent,
			@RequestParam(required = false) @Size(max = 50) String q, @RequestParam(required = false) @Min(1) Integer version) {
		return ItemListing.list(snapshot(version), department, volume, lifeEvent, q);
	}

	@Operation(summary = "一个事项及其全部办事情形")
	@GetMapping("/items/{code}")
	ItemDetail item(@PathVariable String code, @RequestParam(required = false) @Min(1) Integer version) {
		var snapshot = snapshot(version);
		var item = snapshot.item(code).orElseThrow(() -> DomainException.notFound("catalog.item-not-found", code));
		return new ItemDetail(snapshot.version(), item, snapshot.situationsOf(code));
	}

	@Operation(summary = "一个办事情形：受理条件、材料、表格与填写样例、办理步骤、白话说明")
	@GetMapping("/situations/{code}")
	SituationDetail situation(@PathVariable String code, @RequestParam(required = false) @Min(1) Integer version) {
		var snapshot = snapshot(version);
		var situation = snapshot.situation(code)
			.orElseThrow(() -> DomainException.notFound("catalog.situation-not-found", code));
		return new SituationDetail(snapshot.version(), snapshot.item(situation.itemCode()).orElseThrow(), situation);
	}

	@Operation(summary = "一件事一次办")
	@GetMapping("/bundles")
	List<Bundle> bundles(@RequestParam(required = false) @Min(1) Integer version) {
		return snapshot(version).content().bundles();
	}

	@Operation(summary = "一个“一件事”及其成员情形")
	@GetMapping("/bundles/{code}")
	BundleDetail bundle(@PathVariable String code, @RequestParam(required = false) @Min(1) Integer version) {
		var snapshot = snapshot(version);
		var bundle = snapshot.bundle(code).orElseThrow(() -> DomainException.notFound("catalog.bundle-not-found", code));
		var members = bundle.members()
			.stream()
			.sorted(Comparator.comparingInt(Bundle.Member::group))
			.map(member -> snapshot.situation(member.situation()).orElse(null))
			.filter(situation -> situation != null)
			.toList();
		return new BundleDetail(snapshot.version(), bundle, members);
	}

	@Operation(summary = "受理事典的一个分册（打印用）：全部事项及其办事情形")
	@GetMapping("/volumes/{volume}")
	VolumeDetail volume(@PathVariable HandbookVolume volume, @RequestParam(required = false) @Min(1) Integer version) {
		var snapshot = snapshot(version);
		var items = snapshot.content()
			.items()
			.stream()
			.filter(item -> item.volume() == volume)
			.map(item -> new ItemDetail(snapshot.version(), item, snapshot.situationsOf(item.code())))
			.toList();
		return new VolumeDetail(snapshot.version(), volume, volume.label(), items);
	}

	@Operation(summary = "有事项的部门及其事项数（按部门浏览办事指南）")
	@GetMapping("/departments")
	List<DepartmentEntry> departments(@RequestParam(required = false) @Min(1) Integer version) {
		var snapshot = snapshot(version);
		var counts = snapshot.content()
			.items()
			.stream()
			.collect(Collectors.groupingBy(ServiceItem::department, Collectors.counting()));
		return sites.departments()
			.stream()
			.filter(department -> counts.containsKey(department.code()))
			.map(department -> new DepartmentEntry(department.code(), department.name(), department.shortName(),
					counts.get(department.code())))
			.toList();
	}

	@Operation(summary = "大厅服务（预约办理、帮办代办、办不成事反映、跨省通办……）及其号票类别")
	@GetMapping("/hall-services")
	List<HallService> hallServices(@RequestParam(required = false) @Min(1) Integer version) {
		return snapshot(version).content().hallServices();
	}

	@Operation(summary = "主题（人生事件）列表")
	@GetMapping("/life-events")
	List<String> lifeEvents(@RequestParam(required = false) @Min(1) @Max(100000) Integer version) {
		return snapshot(version).content()
			.items()
			.stream()
			.flatMap(item -> item.lifeEvents().stream())
			.distinct()
			.sorted()
			.toList();
	}

	private CatalogSnapshot snapshot(Integer version) {
		if (version != null) {
			return catalog.version(version);
		}
		return catalog.published().orElseThrow(() -> DomainException.notFound("catalog.nothing-published"));
	}

	record ItemDetail(int version, ServiceItem item, List<Situation> situations) {
	}

	record SituationDetail(int version, ServiceItem item, Situation situation) {
	}

	record BundleDetail(int version, Bundle bundle, List<Situation> members) {
	}

	record DepartmentEntry(String code, String name, String shortName, long items) {
	}

	record VolumeDetail(int version, HandbookVolume volume, String volumeName, List<ItemDetail> items) {
	}

	@Configuration(proxyBeanMethods = false)
	static class PublicCatalog {

		@Bean
		PublicPaths publicCatalogPaths() {
			return PublicPaths.of("/api/catalog/summary", "/api/catalog/items", "/api/catalog/items/*",
					"/api/catalog/situations/*", "/api/catalog/bundles", "/api/catalog/bundles/*",
					"/api/catalog/life-events", "/api/catalog/volumes/*", "/api/catalog/departments",
					"/api/catalog/hall-services");
		}
	}
}
