/**
 * Guidance (导办): from a citizen's own words ("我想开饭店") to the right situation, bundle, item or hall service, with
 * the reason why, aware of what the chosen site may accept (县镇同权). The index is built in memory from the
 * published catalog on every node and rebuilt when a new version is published.
 */
@ApplicationModule(displayName = "导办", allowedDependencies = { "shared", "platform", "site", "catalog" })
package org.onewindow.guidance;

import org.springframework.modulith.ApplicationModule;
