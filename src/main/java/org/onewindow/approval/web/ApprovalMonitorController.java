package org.onewindow.approval.web;

import org.onewindow.approval.internal.ApprovalViews;
import org.onewindow.approval.internal.ApprovalViews.Monitor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 电子监察: the lights of the cases in approval in a site's scope, for supervisors and site administrators.
 */
@Tag(name = "电子监察")
@RestController
@RequestMapping("/api/approval/monitor")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'SITE_ADMIN')")
class ApprovalMonitorController {

	private final ApprovalViews views;

	ApprovalMonitorController(ApprovalViews views) {
		this.views = views;
	}

	@Operation(summary = "红黄绿灯统计、预警与超期办件、各部门在办情况（siteId 不填为本人所在站点）")
	@GetMapping
	Monitor monitor(@RequestParam(required = false) Long siteId) {
		return views.monitor(siteId);
	}
}
