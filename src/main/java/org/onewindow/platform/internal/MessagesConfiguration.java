package org.onewindow.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Every module keeps its Chinese messages in {@code i18n/<module>_zh_CN.properties}; all of them are found here,
 * so a new module needs no change to this class. The hall speaks Simplified Chinese whatever the browser says.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource() {
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(moduleBundles());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE);
	}

	private static String[] moduleBundles() {
		try {
			var basenames = new TreeSet<String>();
			for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
				String name = resource.getFilename();
				if (name != null) {
					basenames.add("classpath:i18n/" + name.replaceFirst("(_[a-z]{2}(_[A-Z]{2})?)?\\.properties$", ""));
				}
			}
			return basenames.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
