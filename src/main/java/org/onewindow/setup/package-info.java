/**
 * The first start of a real installation (an external PostgreSQL without demo data): creates the county center and
 * one system administrator with a one-time password, so that the county's IT staff can log in and build the rest.
 */
@ApplicationModule(displayName = "安装初始化", allowedDependencies = { "shared", "platform", "site", "staff", "queue" })
package org.onewindow.setup;

import org.springframework.modulith.ApplicationModule;
