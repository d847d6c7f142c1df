package org.onewindow.staff.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSummary;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff account: who they are, where they work, what they may do. Failed-login counting is done with atomic
 * updates by {@link LoginAttempts}, not through this aggregate, so that parallel logins on several nodes count
 * correctly.
 */
@Table("sf_account")
public class Account {

	@Id
	private Long id;
	private String username;
	private String displayName;
	private String passwordHash;
	private long siteId;
	private Long departmentId;
	private String phone;
	private String idNumber;
	private boolean active;
	private int failedLogins;
	private Instant lockedUntil;
	private Instant lastLoginAt;
	private Instant passwordChangedAt;
	@Version
	private Integer version;
	@MappedCollection(idColumn = "account_id")
	private Set<AccountRole> roles = new LinkedHashSet<>();
	@MappedCollection(idColumn = "account_id")
	private Set<AccountCounter> counters = new LinkedHashSet<>();

	protected Account() {
	}

	public Account(String username, String displayName, String passwordHash, long siteId, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.siteId = siteId;
		this.active = true;
		this.passwordChangedAt = now;
	}

	public void assign(long siteId, Long departmentId, Set<Role> roles, List<Long> counterIds) {
		this.siteId = siteId;
		this.departmentId = departmentId;
		this.roles = roles.stream().sorted().map(role -> new AccountRole(role.name())).collect(
				Collectors.toCollection(LinkedHashSet::new));
		this.counters = counterIds.stream().distinct().map(AccountCounter::new).collect(
				Collectors.toCollection(LinkedHashSet::new));
	}

	public void describe(String displayName, String phone, String idNumber) {
		this.displayName = displayName;
		this.phone = phone;
		this.idNumber = idNumber;
	}

	public void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
	}

	public void activate(boolean active) {
		this.active = active;
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public StaffSummary summary() {
		return new StaffSummary(id, username, displayName, siteId, departmentId, roles(), counterIds(), active);
	}

	public Set<Role> roles() {
		var result = EnumSet.noneOf(Role.class);
		roles.forEach(role -> result.add(Role.valueOf(role.role())));
		return result;
	}

	public List<Long> counterIds() {
		return counters.stream().map(AccountCounter::counterId).sorted(Comparator.naturalOrder()).toList();
	}

	public Long id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public long siteId() {
		return siteId;
	}

	public Long departmentId() {
		return departmentId;
	}

	public String phone() {
		return phone;
	}

	public String idNumber() {
		return idNumber;
	}

	public boolean active() {
		return active;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}

	public Integer version() {
		return version;
	}

	@Table("sf_account_role")
	record AccountRole(String role) {
	}

	@Table("sf_account_counter")
	record AccountCounter(Long counterId) {
	}
}
