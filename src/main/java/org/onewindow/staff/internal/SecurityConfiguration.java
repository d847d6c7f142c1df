package org.onewindow.staff.internal;

import java.util.List;

import org.onewindow.platform.NodeNotifications;
import org.onewindow.platform.ProblemWriter;
import org.onewindow.platform.PublicPaths;
import org.onewindow.platform.RateLimitBuckets;
import org.onewindow.platform.RateLimiter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Who may call what. Staff log in with a form post to {@code /login} and get a session cookie whose session lives
 * in PostgreSQL (any node can serve the next request). The single-page app and the public pages are open; every
 * {@code /api/} path needs a login unless a module declares it public with a {@link PublicPaths} bean. CSRF
 * protection uses the SPA pattern: the {@code XSRF-TOKEN} cookie is sent back as the {@code X-XSRF-TOKEN} header.
 * Failed logins lock the account ({@link LoginAttempts}) and are limited per client address ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableJdbcHttpSession(tableName = "SF_SESSION")
class SecurityConfiguration {

	/**
	 * Every request moves the session's last-access time. That update commits without waiting for the disk flush
	 * ({@code synchronous_commit} off for that transaction only): a power cut may forget the last second of
	 * "last seen" times, never a session or anything else (decision 0005).
	 */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% SET SESSION_ID = ?, LAST_ACCESS_TIME = ?, MAX_INACTIVE_INTERVAL = ?, EXPIRY_TIME = ?,
			    PRINCIPAL_NAME = ?
			FROM (SELECT set_config('synchronous_commit', 'off', true)) AS ASYNC_COMMIT
			WHERE PRIMARY_ID = ?""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> asynchronousSessionTouches() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
	}

	/** What the session filter uses: the sessions of PostgreSQL with a short per-node cache (decision 0008). */
	@Bean
	@Primary
	CachingSessionRepository cachingSessionRepository(JdbcIndexedSessionRepository database, JdbcClient jdbc,
			NodeNotifications notifications, SecuritySettings settings) {
		return new CachingSessionRepository(database, jdbc, notifications, settings.sessionCacheTtl(),
				settings.sessionTouchInterval());
	}

	/** Only in a servlet web application: tools and benchmarks may start OneWindow without a web server. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths, LoginHandlers login,
			ProblemWriter problems, CsrfTokenRepository csrfTokens, RateLimiter limiter) throws Exception {
		http.addFilterBefore(new LoginThrottle(limiter, problems), UsernamePasswordAuthenticationFilter.class)
			.csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens))
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/actuator/health/**", "/actuator/info").permitAll();
				requests.requestMatchers("/actuator/**").hasRole("SYS_ADMIN");
				requests.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
				requests.requestMatchers("/api/auth/csrf").permitAll();
				publicPaths.stream()
					.flatMap(paths -> paths.patterns().stream())
					.forEach(pattern -> requests.requestMatchers(pattern).permitAll());
				requests.requestMatchers("/api/**").authenticated();
				requests.anyRequest().permitAll();
			})
			.formLogin(form -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.successHandler(login)
				.failureHandler(login)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessHandler((request, response, authentication) -> response
					.setStatus(HttpStatus.NO_CONTENT.value())))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(
						(request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED, "auth.required"))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
						ex instanceof CsrfException ? "auth.csrf" : "auth.forbidden")))
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
		return http.build();
	}

	@Bean
	RateLimitBuckets staffRateLimits() {
		return RateLimitBuckets.of(LoginThrottle.FAILURES_PER_ADDRESS);
	}

	/** The {@code XSRF-TOKEN} cookie, readable by the front end, which echoes it in the {@code X-XSRF-TOKEN} header. */
	/**
	 * No observation (timer, trace) around each of the security chain's filters and each authorization: the
	 * request as a whole is still observed ({@code http.server.requests}); per filter it cost a few percent of every
	 * request's CPU (docs/benchmarks.md).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return CookieCsrfTokenRepository.withHttpOnlyFalse();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
