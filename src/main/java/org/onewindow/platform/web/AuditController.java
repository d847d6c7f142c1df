package org.onewindow.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.onewindow.platform.PagedResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Reading the audit log (操作日志) for system administrators and supervisors.
 */
@Tag(name = "操作日志")
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final JdbcClient jdbc;
	private final ZoneId zone;

	AuditController(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	@Operation(summary = "查询操作日志（按时间倒序）")
	@GetMapping
	@PreAuthorize("hasAnyRole('SYS_ADMIN', 'SUPERVISOR')")
	PagedResult<AuditEntry> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
			@RequestParam(required = false) String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		String where = """
				where (cast(:username as text) is null or username = :username)
				  and (cast(:from as timestamptz) is null or at >= :from)
				  and (cast(:to as timestamptz) is null or at < :to)
				""";
		String user = username == null || username.isBlank() ? null : username.trim();
		OffsetDateTime start = from == null ? null : from.atStartOfDay(zone).toOffsetDateTime();
		OffsetDateTime end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
		long total = jdbc.sql("select count(*) from pf_audit_log " + where)
			.param("username", user)
			.param("from", start)
			.param("to", end)
			.query(Long.class)
			.single();
		var content = jdbc.sql("""
				select id, at, username, site_id, site_name, method, path, action, target, status, remote_addr
				from pf_audit_log
				""" + where + " order by at desc, id desc limit :limit offset :offset")
			.param("username", user)
			.param("from", start)
			.param("to", end)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"),
					rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
					rs.getString("username"), (Long) rs.getObject("site_id"), rs.getString("site_name"),
					rs.getString("method"), rs.getString("path"), rs.getString("action"), rs.getString("target"),
					rs.getInt("status"), rs.getString("remote_addr")))
			.list();
		return new PagedResult<>(content, page, size, total);
	}

	record AuditEntry(long id, OffsetDateTime at, String username, Long siteId, String siteName, String method,
			String path, String action, String target, int status, String remoteAddr) {
	}
}
