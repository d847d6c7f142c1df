package org.onewindow.site.web;

import java.net.URI;
import java.util.List;

import org.onewindow.platform.DomainException;
import org.onewindow.shared.CreditCode;
import org.onewindow.site.internal.Department;
import org.onewindow.site.internal.DepartmentRepository;
import org.onewindow.site.internal.SiteAdministration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The county's departments (部门): everyone logged in reads them, system administrators edit them.
 */
@Tag(name = "部门")
@RestController
@RequestMapping("/api/departments")
class DepartmentController {

	private final DepartmentRepository departments;
	private final SiteAdministration administration;

	DepartmentController(DepartmentRepository departments, SiteAdministration administration) {
		this.departments = departments;
		this.administration = administration;
	}

	@Operation(summary = "全部部门")
	@GetMapping
	List<DepartmentResponse> departments() {
		return departments.findAll().stream().map(DepartmentResponse::of).toList();
	}

	@Operation(summary = "一个部门")
	@GetMapping("/{id}")
	DepartmentResponse department(@PathVariable long id) {
		return departments.find(id)
			.map(DepartmentResponse::of)
			.orElseThrow(() -> DomainException.notFound("site.department-not-found", id));
	}

	@Operation(summary = "新增部门（系统管理员）")
	@PostMapping
	@PreAuthorize("hasRole('SYS_ADMIN')")
	ResponseEntity<DepartmentResponse> create(@Valid @RequestBody DepartmentRequest request) {
		var department = administration.saveDepartment(request.toDepartment(null, 0));
		return ResponseEntity.created(URI.create("/api/departments/" + department.id()))
			.body(DepartmentResponse.of(department));
	}

	@Operation(summary = "修改部门（系统管理员）")
	@PutMapping("/{id}")
	@PreAuthorize("hasRole('SYS_ADMIN')")
	DepartmentResponse update(@PathVariable long id, @Valid @RequestBody DepartmentRequest request) {
		int version = request.version() != null ? request.version()
				: departments.find(id).map(Department::version).orElse(0);
		return DepartmentResponse.of(administration.saveDepartment(request.toDepartment(id, version)));
	}

	record DepartmentResponse(long id, String code, String name, String shortName, String creditCode, String phone,
			int sortOrder, boolean active, int version) {

		static DepartmentResponse of(Department department) {
			return new DepartmentResponse(department.id(), department.code(), department.name(),
					department.shortName(), department.creditCode(), department.phone(), department.sortOrder(),
					department.active(), department.version());
		}
	}

	record DepartmentRequest(
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,19}", message = "{site.department-code.pattern}") String code,
			@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 30) String shortName, CreditCode creditCode,
			@Size(max = 50) String phone, @Min(0) Integer sortOrder, Boolean active, Integer version) {

		Department toDepartment(Long id, int currentVersion) {
			return new Department(id, code, name.strip(), shortName.strip(),
					creditCode == null ? null : creditCode.value(), phone, sortOrder == null ? 0 : sortOrder,
					active == null || active, currentVersion);
		}
	}
}
