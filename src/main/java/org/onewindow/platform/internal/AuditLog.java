package org.onewindow.platform.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail (操作日志): who did what to which record, when, from which site, with what outcome. Written in
 * its own short transaction so that a failed business call is recorded too; a failure to write is logged, never
 * thrown at the caller. The line commits without waiting for the disk flush (decision 0005): a power cut may lose
 * the last second of lines, while the business records they describe are committed durably.
 */
@Component
class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(Entry entry) {
		try {
			jdbc.sql("""
					insert into pf_audit_log (at, staff_id, username, site_id, site_name, method, path, action, target, status, remote_addr)
					select :at, :staffId, :username, :siteId, :siteName, :method, :path, :action, :target, :status, :remoteAddr
					from (select set_config('synchronous_commit', 'off', true)) as async_commit
					""")
				.param("at", OffsetDateTime.now(clock))
				.param("staffId", entry.staffId())
				.param("username", entry.username())
				.param("siteId", entry.siteId())
				.param("siteName", entry.siteName())
				.param("method", entry.method())
				.param("path", entry.path())
				.param("action", entry.action())
				.param("target", entry.target())
				.param("status", entry.status())
				.param("remoteAddr", entry.remoteAddr())
				.update();
		}
		catch (RuntimeException ex) {
			log.error("Could not write audit entry {}", entry, ex);
		}
	}

	record Entry(Long staffId, String username, Long siteId, String siteName, String method, String path, String action, String target,
			int status, String remoteAddr) {
	}
}
