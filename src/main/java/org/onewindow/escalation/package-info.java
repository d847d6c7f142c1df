/**
 * 办不成事反映窗口: matters citizens could not get done, taken in at the window or online with a first-contact owner
 * (首问负责), classified with deadlines, coordinated with departments, answered, rated and closed; the ledger of them.
 */
@ApplicationModule(displayName = "办不成事", allowedDependencies = { "shared", "platform", "site", "staff", "catalog",
		"queue" })
package org.onewindow.escalation;

import org.springframework.modulith.ApplicationModule;
