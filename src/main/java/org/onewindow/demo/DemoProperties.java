package org.onewindow.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data settings ({@code onewindow.demo.*}).
 *
 * @param enabled load the demo county into an empty database; when not set, on for the embedded database and off
 *     for an external one ({@code SPRING_DATASOURCE_URL}); the other modules read it through
 *     {@link org.onewindow.platform.DemoMode}
 * @param reload erase ALL data and load the demo county again at this start
 */
@ConfigurationProperties("onewindow.demo")
record DemoProperties(Boolean enabled, @DefaultValue("false") boolean reload) {
}
