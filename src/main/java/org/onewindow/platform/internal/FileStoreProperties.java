package org.onewindow.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the file store.
 *
 * @param maxSize the largest file accepted, counted while the content streams in ({@code onewindow.files.max-size},
 * default 10 MB)
 */
@ConfigurationProperties("onewindow.files")
public record FileStoreProperties(@DefaultValue("10MB") DataSize maxSize) {
}
