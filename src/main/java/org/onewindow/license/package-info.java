/**
 * 证照 / 电子证照: the licences and certificates that concluded cases issue (a number per issuing department and
 * year, holder, validity), kept as e-licences that later cases reuse instead of asking for the paper again
 * (免提交), revocable, with a printable certificate.
 */
@ApplicationModule(displayName = "证照", allowedDependencies = { "shared", "platform", "site" })
package org.onewindow.license;

import org.springframework.modulith.ApplicationModule;
