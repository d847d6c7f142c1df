/**
 * Cross-cutting infrastructure: the database (embedded or external PostgreSQL), RFC 9457 errors with Chinese
 * messages, the audit log of every state-changing call, the clock and the single-page front end.
 */
@ApplicationModule(displayName = "平台基础", allowedDependencies = "shared")
package org.onewindow.platform;

import org.springframework.modulith.ApplicationModule;
