/**
 * The demo county 青山县: its sites, departments, counters and one account per role, loaded on the first start of
 * the default run (and reloadable), so that a fresh machine shows a working hall at once.
 */
@ApplicationModule(displayName = "演示数据", allowedDependencies = { "shared", "platform", "site", "staff" })
package org.onewindow.demo;

import org.springframework.modulith.ApplicationModule;
