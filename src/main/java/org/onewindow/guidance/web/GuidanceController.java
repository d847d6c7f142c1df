package org.onewindow.guidance.web;

import java.util.List;

import org.onewindow.guidance.Guidance;
import org.onewindow.guidance.GuidanceResult;
import org.onewindow.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Guidance for everyone (guide desk, kiosk, phone): no login.
 */
@Tag(name = "导办")
@RestController
@RequestMapping("/api/guidance")
class GuidanceController {

	private final Guidance guidance;

	GuidanceController(Guidance guidance) {
		this.guidance = guidance;
	}

	@Operation(summary = "用群众自己的话查找办事情形、一件事、事项或大厅服务（最佳在前，附理由）")
	@GetMapping
	GuidanceResponse search(@Parameter(description = "群众的原话，1～200 字") @RequestParam(required = false) String q,
			@Parameter(description = "所在站点，给出时判断本站能否受理") @RequestParam(required = false) Long site,
			@RequestParam(defaultValue = "5") int limit) {
		return new GuidanceResponse(q == null ? "" : q.strip(), guidance.search(q, site, limit));
	}

	record GuidanceResponse(String query, List<GuidanceResult> results) {
	}

	@Configuration(proxyBeanMethods = false)
	static class PublicGuidance {

		@Bean
		PublicPaths publicGuidancePaths() {
			return PublicPaths.of("/api/guidance");
		}
	}
}
