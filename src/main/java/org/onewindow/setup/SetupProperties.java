package org.onewindow.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the first start of an installation creates ({@code onewindow.setup.*}, e.g. {@code ONEWINDOW_SETUP_COUNTY_REGION}).
 *
 * @param countyRegion the county's 6- or 12-digit division code
 * @param countyName the county's name, e.g. 青山县
 * @param centerName the county center's name; default: county name + 政务服务中心
 * @param adminUsername the first system administrator's user name
 */
@ConfigurationProperties("onewindow.setup")
record SetupProperties(String countyRegion, String countyName, String centerName,
		@DefaultValue("admin") String adminUsername) {
}
