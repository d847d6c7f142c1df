/**
 * 公众身份: citizens sign in on their phone with a text-message code (no password, nothing to register) and get a
 * cookie session of their own, kept apart from the staff's login; other modules ask {@link CurrentCitizen} who is
 * calling.
 */
@ApplicationModule(displayName = "公众身份", allowedDependencies = { "shared", "platform" })
package org.onewindow.citizen;

import org.springframework.modulith.ApplicationModule;
