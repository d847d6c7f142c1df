/**
 * 统一窗口出件 and 邮帮办: every concluded case's result is handed over at the site's delivery counter after an
 * identity check and a typed signature, or mailed free with carrier and tracking number until the 送达回执 is
 * archived; the applicant is told by text message at each step.
 */
@ApplicationModule(displayName = "统一出件", allowedDependencies = { "shared", "platform", "site", "staff", "queue",
		"acceptance", "license" })
package org.onewindow.delivery;

import org.springframework.modulith.ApplicationModule;
