package org.onewindow.site.web;

import java.util.List;

import org.onewindow.shared.RegionCode;
import org.onewindow.shared.RegionLevel;
import org.onewindow.site.internal.RegionRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The region tree (行政区划) for choosing where a site is.
 */
@Tag(name = "行政区划")
@RestController
@RequestMapping("/api/regions")
class RegionController {

	private final RegionRepository regions;

	RegionController(RegionRepository regions) {
		this.regions = regions;
	}

	@Operation(summary = "下级区划（不带 parent 时为最上级）")
	@GetMapping
	List<RegionResponse> children(@RequestParam(required = false) RegionCode parent) {
		return regions.children(parent == null ? null : parent.value())
			.stream()
			.map(region -> new RegionResponse(region.code(), region.name(), region.level(), region.parentCode()))
			.toList();
	}

	record RegionResponse(String code, String name, RegionLevel level, String parentCode) {
	}
}
