package org.onewindow.acceptance.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Acceptance rules ({@code onewindow.acceptance.*}).
 *
 * @param deficiencyMaxDays the longest 容缺 supplement deadline in working days after acceptance
 */
@ConfigurationProperties("onewindow.acceptance")
public record AcceptanceProperties(@DefaultValue("20") int deficiencyMaxDays) {
}
