/**
 * Staff accounts and login: roles, the counters a clerk may sit at, the data scope (own site and below),
 * password hashing, lockout after repeated failures, sessions shared by every node through PostgreSQL.
 */
@ApplicationModule(displayName = "人员与登录", allowedDependencies = { "shared", "platform", "site" })
package org.onewindow.staff;

import org.springframework.modulith.ApplicationModule;
