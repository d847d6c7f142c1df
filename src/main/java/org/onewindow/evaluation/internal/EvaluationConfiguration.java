package org.onewindow.evaluation.internal;

import org.onewindow.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The citizen-facing evaluation paths: the counter pad (paired by secret), the phone rating page, the options.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

	@Bean
	PublicPaths evaluationPublicPaths() {
		return PublicPaths.of("/api/public/evaluation/**");
	}
}
