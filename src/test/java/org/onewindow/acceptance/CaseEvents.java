package org.onewindow.acceptance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Notes the events published while a test runs: a plain listener added to the running context for the test and
 * removed after it (the shared context stays as it is). It hears an event when it is published, inside the
 * transaction; the tests check the committed state of the case beside it.
 */
final class CaseEvents implements AutoCloseable {

	private final ConfigurableApplicationContext context;
	private final List<Object> seen = new CopyOnWriteArrayList<>();
	private final ApplicationListener<PayloadApplicationEvent<?>> listener;

	CaseEvents(ConfigurableApplicationContext context) {
		this.context = context;
		this.listener = event -> seen.add(event.getPayload());
		context.addApplicationListener(listener);
	}

	<T> List<T> of(Class<T> type) {
		return seen.stream().filter(type::isInstance).map(type::cast).toList();
	}

	@Override
	public void close() {
		context.removeApplicationListener(listener);
	}
}
