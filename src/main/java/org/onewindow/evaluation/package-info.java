/**
 * 好差评: five-level ratings of every service (a served ticket, a case) on the counter pad, by QR code, on anonymous
 * cards and online, one per service with one 追评; every 差评 opens a rectification (整改) with deadlines and an appeal;
 * ratings per staff member, counter, department and site.
 */
@ApplicationModule(displayName = "好差评", allowedDependencies = { "shared", "platform", "site", "staff", "catalog",
		"queue", "acceptance" })
package org.onewindow.evaluation;

import org.springframework.modulith.ApplicationModule;
