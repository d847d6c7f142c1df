package org.onewindow.approval.internal;

import org.onewindow.platform.DomainException;
import org.onewindow.site.SiteScope;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffManagement;
import org.onewindow.staff.StaffSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see what in the back office. An approver sees the tasks of their own department at the sites of their
 * scope (their site and the sites below it), nothing else: anything outside answers 404, as if it did not exist,
 * so that a foreign task does not even leak its number. Supervisors and site administrators see the cases of their
 * scope.
 */
@Component
public class ApprovalAccess {

	private final StaffManagement staff;
	private final TaskRepository tasks;
	private final JdbcClient jdbc;

	ApprovalAccess(StaffManagement staff, TaskRepository tasks, JdbcClient jdbc) {
		this.staff = staff;
		this.tasks = tasks;
		this.jdbc = jdbc;
	}

	/** The logged-in approver, with their department and site scope. */
	public record Approver(long id, String name, long departmentId, SiteScope scope) {

		boolean sees(Task task) {
			return task.departmentId() == departmentId && scope.includes(task.siteId());
		}
	}

	/** @throws DomainException 403 when the approver's account has no department */
	public Approver approver() {
		StaffSummary me = staff.current();
		if (!me.hasRole(Role.APPROVER)) {
			throw DomainException.forbidden("auth.forbidden");
		}
		if (me.departmentId() == null) {
			throw DomainException.forbidden("approval.no-department");
		}
		return new Approver(me.id(), me.displayName(), me.departmentId(), staff.currentScope());
	}

	/** A task the approver may see. @throws DomainException 404 otherwise */
	public Task visibleTask(long taskId, Approver approver) {
		return tasks.find(taskId)
			.filter(approver::sees)
			.orElseThrow(() -> DomainException.notFound("approval.task-not-found", taskId));
	}

	/**
	 * Whether the approver's department has a task of the case in hand at a site of their scope (who may pause the
	 * clock of a case).
	 */
	public boolean holdsCase(long caseId, Approver approver) {
		return jdbc.sql("""
				select exists (select 1 from apr_task
				               where case_id = :caseId and department_id = :department and site_id = any(:sites)
				                 and state in ('OPEN', 'CLAIMED'))""")
			.param("caseId", caseId)
			.param("department", approver.departmentId())
			.param("sites", approver.scope().asArray())
			.query(Boolean.class)
			.single();
	}

	/** The logged-in supervisor or site administrator, or {@code null} when the staff member is neither. */
	public Overseer overseer() {
		StaffSummary me = staff.current();
		if (!me.hasRole(Role.SUPERVISOR) && !me.hasRole(Role.SITE_ADMIN)) {
			return null;
		}
		return new Overseer(me.id(), me.displayName(), staff.currentScope());
	}

	/** A supervisor or site administrator. */
	public record Overseer(long id, String name, SiteScope scope) {
	}

	/** Whether a case concerns a scope: accepted at one of its sites, or with a task at one. */
	public boolean caseInScope(CaseClock c, SiteScope scope) {
		if (scope.includes(c.siteId())) {
			return true;
		}
		return jdbc.sql("select exists (select 1 from apr_task where case_id = :caseId and site_id = any(:sites))")
			.param("caseId", c.caseId())
			.param("sites", scope.asArray())
			.query(Boolean.class)
			.single();
	}
}
