/**
 * The demo county 青山县: its sites, departments, counters, one account per role and its handbook (受理事典), loaded on
 * the first start of the default run (and reloadable), and its cases at every stage, made through the modules' own
 * services, so that a fresh machine shows a working hall at once.
 */
@ApplicationModule(displayName = "演示数据", allowedDependencies = { "shared", "platform", "site", "staff", "catalog", "queue",
		"acceptance", "approval", "delivery", "evaluation", "escalation" })
package org.onewindow.demo;

import org.springframework.modulith.ApplicationModule;
