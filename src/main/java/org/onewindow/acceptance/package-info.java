/**
 * 前台综合受理: cases (办件) opened at a counter from a called ticket, online (网上预审) or by a village station on an
 * applicant's behalf; the material checklist against the handbook; the outcomes 即办, 受理, 一次性告知, 不予受理 and
 * 容缺受理 with their printable documents; the case's status and timeline for the rest of its life.
 */
@ApplicationModule(displayName = "前台受理", allowedDependencies = { "shared", "platform", "site", "staff", "catalog",
		"queue", "license", "citizen" })
package org.onewindow.acceptance;

import org.springframework.modulith.ApplicationModule;
