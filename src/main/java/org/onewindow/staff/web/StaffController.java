package org.onewindow.staff.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.onewindow.staff.Role;
import org.onewindow.staff.internal.Account;
import org.onewindow.staff.internal.StaffAdministration;
import org.onewindow.staff.internal.StaffAdministration.AccountDraft;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Staff accounts (人员) within the administrator's scope.
 */
@Tag(name = "人员")
@RestController
@RequestMapping("/api/staff")
@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
class StaffController {

	private final StaffAdministration administration;
	private final SiteManagement sites;
	private final Clock clock;

	StaffController(StaffAdministration administration, SiteManagement sites, Clock clock) {
		this.administration = administration;
		this.sites = sites;
		this.clock = clock;
	}

	@Operation(summary = "本人数据范围内的人员")
	@GetMapping
	List<StaffResponse> list() {
		var names = new Names();
		return administration.listInScope().stream().map(account -> response(account, names)).toList();
	}

	@Operation(summary = "一个人员")
	@GetMapping("/{id}")
	StaffResponse get(@PathVariable long id) {
		return response(administration.accountInScope(id), new Names());
	}

	@Operation(summary = "新建人员账号")
	@PostMapping
	ResponseEntity<StaffResponse> create(@Valid @RequestBody CreateRequest request) {
		var account = administration.create(request.draft(), request.password());
		return ResponseEntity.created(URI.create("/api/staff/" + account.id())).body(response(account, new Names()));
	}

	@Operation(summary = "修改人员账号")
	@PutMapping("/{id}")
	StaffResponse update(@PathVariable long id, @Valid @RequestBody UpdateRequest request) {
		var existing = administration.accountInScope(id);
		return response(administration.update(id, request.draft(existing.username())), new Names());
	}

	@Operation(summary = "重置密码")
	@PutMapping("/{id}/password")
	ResponseEntity<Void> password(@PathVariable long id, @Valid @RequestBody PasswordRequest request) {
		administration.changePassword(id, request.password());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "解除登录锁定")
	@DeleteMapping("/{id}/lock")
	ResponseEntity<Void> unlock(@PathVariable long id) {
		administration.unlock(id);
		return ResponseEntity.noContent().build();
	}

	private StaffResponse response(Account account, Names names) {
		var now = Instant.now(clock);
		boolean locked = account.isLockedAt(now);
		return new StaffResponse(account.id(), account.username(), account.displayName(), account.siteId(),
				names.site(account.siteId()), account.departmentId(), names.department(account.departmentId()),
				account.roles().stream().map(Role::name).sorted().toList(), account.counterIds(),
				account.phone() == null ? null : PhoneNumber.of(account.phone()).masked(),
				account.idNumber() == null ? null : IdNumber.of(account.idNumber()).masked(), account.active(), locked,
				locked ? account.lockedUntil() : null, account.version());
	}

	/** Looks up site and department names once per response. */
	private final class Names {

		private Map<Long, String> sitesById;
		private Map<Long, String> departmentsById;

		String site(long id) {
			if (sitesById == null) {
				sitesById = new HashMap<>();
			}
			return sitesById.computeIfAbsent(id, key -> sites.findSite(key).map(SiteSummary::name).orElse(null));
		}

		String department(Long id) {
			if (id == null) {
				return null;
			}
			if (departmentsById == null) {
				departmentsById = sites.departments()
					.stream()
					.collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::name));
			}
			return departmentsById.get(id);
		}
	}

	record StaffResponse(long id, String username, String displayName, long siteId, String siteName,
			Long departmentId, String departmentName, List<String> roles, List<Long> counterIds, String phone,
			String idNumber, boolean active, boolean locked, Instant lockedUntil, Integer version) {
	}

	record CreateRequest(
			@NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9_.]{2,31}", message = "{staff.username.pattern}") String username,
			@NotBlank @Size(max = 30) String displayName,
			@NotBlank @Pattern(regexp = "(?=.*[A-Za-z])(?=.*\\d).{8,64}", message = "{staff.password.pattern}") String password,
			@NotNull Long siteId, Long departmentId, @NotEmpty Set<Role> roles, List<Long> counterIds,
			PhoneNumber phone, IdNumber idNumber, Boolean active) {

		AccountDraft draft() {
			return new AccountDraft(username, displayName, siteId, departmentId, roles,
					counterIds == null ? List.of() : counterIds, phone == null ? null : phone.value(),
					idNumber == null ? null : idNumber.value(), active == null || active, null);
		}
	}

	record UpdateRequest(@NotBlank @Size(max = 30) String displayName, @NotNull Long siteId, Long departmentId,
			@NotEmpty Set<Role> roles, List<Long> counterIds, PhoneNumber phone, IdNumber idNumber, Boolean active,
			Integer version) {

		AccountDraft draft(String username) {
			return new AccountDraft(username, displayName, siteId, departmentId, roles,
					counterIds == null ? List.of() : counterIds, phone == null ? null : phone.value(),
					idNumber == null ? null : idNumber.value(), active == null || active, version);
		}
	}

	record PasswordRequest(
			@NotBlank @Pattern(regexp = "(?=.*[A-Za-z])(?=.*\\d).{8,64}", message = "{staff.password.pattern}") String password) {
	}
}
