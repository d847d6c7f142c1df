package org.onewindow.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started OneWindow where to open it.
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Environment environment;

	StartupReport(Environment environment) {
		this.environment = environment;
	}

	@EventListener
	@Order(0)
	void ready(ApplicationReadyEvent event) {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		log.info("""

				================================================================
				  一窗通 OneWindow 已启动: http://localhost:{}
				  接口文档 API docs:       http://localhost:{}/swagger-ui.html
				================================================================""", port, port);
	}
}
