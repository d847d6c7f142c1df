package org.onewindow.platform.internal;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Without {@code spring.datasource.url} OneWindow starts its own PostgreSQL (data under {@code ONEWINDOW_HOME});
 * with it, Spring Boot connects to the external server and nothing is started here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DatabaseConfiguration.NoExternalDatabase.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(PlatformProperties properties) {
		return EmbeddedPostgresServer.acquire(properties);
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgresServer server, PlatformProperties properties) {
		var dataSource = new HikariDataSource();
		dataSource.setPoolName("onewindow");
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(server.username());
		dataSource.setMaximumPoolSize(properties.database().poolSize());
		return dataSource;
	}

	static class NoExternalDatabase extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return StringUtils.hasText(url) ? ConditionOutcome.noMatch("spring.datasource.url is set")
					: ConditionOutcome.match("no spring.datasource.url: embedded PostgreSQL");
		}
	}
}
