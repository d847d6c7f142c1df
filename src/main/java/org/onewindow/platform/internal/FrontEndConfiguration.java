package org.onewindow.platform.internal;

import java.io.IOException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the Vue single-page app built into {@code static/}: a real file when there is one, {@code index.html} for
 * the app's own routes ({@code /admin/sites}, {@code /kiosk} …) so that a reload or a bookmarked link works. API and
 * framework paths never fall back to the page: an unknown one stays a 404 problem.
 */
@Configuration(proxyBeanMethods = false)
class FrontEndConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true)
			.addResolver(new SinglePageResolver());
	}

	static final class SinglePageResolver extends PathResourceResolver {

		@Override
		protected Resource getResource(String resourcePath, Resource location) throws IOException {
			Resource resource = super.getResource(resourcePath, location);
			if (resource != null || !isAppRoute(resourcePath)) {
				return resource;
			}
			var index = new ClassPathResource("static/index.html");
			return index.exists() ? index : null;
		}

		static boolean isAppRoute(String path) {
			return !(path.startsWith("api/") || path.startsWith("actuator") || path.startsWith("v3/")
					|| path.startsWith("swagger-ui") || path.startsWith("assets/")
					|| path.substring(path.lastIndexOf('/') + 1).contains("."));
		}
	}
}
