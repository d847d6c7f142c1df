/**
 * The hall network and its reference data: regions, sites (county center, town sub-centers, village stations),
 * departments, counters, and the working-day calendar with the official holidays and make-up working days.
 */
@ApplicationModule(displayName = "站点与日历", allowedDependencies = { "shared", "platform" })
package org.onewindow.site;

import org.springframework.modulith.ApplicationModule;
