package org.onewindow.escalation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.onewindow.escalation.internal.Classification;
import org.onewindow.escalation.internal.Deadlines;
import org.onewindow.escalation.internal.EscalationService;
import org.onewindow.escalation.internal.EscalationService.Intake;
import org.onewindow.escalation.internal.EscalationViews;
import org.onewindow.escalation.internal.EscalationViews.Filter;
import org.onewindow.escalation.internal.EscalationViews.Ledger;
import org.onewindow.escalation.internal.EscalationViews.MatterRow;
import org.onewindow.escalation.internal.EscalationViews.MatterView;
import org.onewindow.escalation.internal.Light;
import org.onewindow.escalation.internal.MatterState;
import org.onewindow.escalation.internal.ReplyChannel;
import org.onewindow.escalation.internal.Satisfaction;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.staff.StaffManagement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The 办不成事反映窗口 for staff: intake, the matter with its classification, coordination notes, hand-over, reply and
 * closure; the ledger (台账) for site administrators and supervisors.
 */
@Tag(name = "办不成事")
@RestController
@RequestMapping("/api/escalation")
class MatterController {

	static final String WORKERS = "hasAnyRole('ACCEPTOR', 'GUIDE', 'SITE_ADMIN')";
	static final String READERS = "hasAnyRole('ACCEPTOR', 'GUIDE', 'SITE_ADMIN', 'SUPERVISOR')";
	static final String LEDGER = "hasAnyRole('SITE_ADMIN', 'SUPERVISOR')";

	private final EscalationService service;
	private final EscalationViews views;
	private final Deadlines deadlines;
	private final StaffManagement staff;

	MatterController(EscalationService service, EscalationViews views, Deadlines deadlines, StaffManagement staff) {
		this.service = service;
		this.views = views;
		this.deadlines = deadlines;
		this.staff = staff;
	}

	record IntakeRequest(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 32) String phone,
			@Size(max = 32) String idNumber, @NotBlank @Size(max = 200) String summary,
			@Size(max = 2000) String details, @Size(max = 64) String itemCode, Long departmentId,
			@Size(max = 1000) String refusal, @Size(max = 200) String refusedBy, Long ticketId,
			Classification classification) {

		Intake intake(Long ticket, Classification withClass) {
			return new Intake(name.strip(), PhoneNumber.of(phone),
					idNumber == null || idNumber.isBlank() ? null : IdNumber.of(idNumber), summary.strip(),
					blankToNull(details), blankToNull(itemCode), departmentId, blankToNull(refusal),
					blankToNull(refusedBy), ticket, withClass);
		}
	}

	record ClassRow(Classification classification, int span, String unit) {
	}

	@Operation(summary = "分类及时限（一般、法律法规不允许、疑难按工作日，复杂按月）")
	@GetMapping("/classes")
	@PreAuthorize(READERS)
	List<ClassRow> classes() {
		return Arrays.stream(Classification.values())
			.map(c -> new ClassRow(c, deadlines.span(c), c == Classification.COMPLEX ? "MONTHS"
					: c == Classification.ON_THE_SPOT ? "SAME_DAY" : "WORKING_DAYS"))
			.toList();
	}

	@Operation(summary = "窗口登记办不成事（登记人即首问负责人）")
	@PostMapping("/matters")
	@PreAuthorize(WORKERS)
	ResponseEntity<MatterView> register(@Valid @RequestBody IntakeRequest request) {
		var matter = service.registerAtWindow(request.intake(request.ticketId(), request.classification()));
		return ResponseEntity.created(URI.create("/api/escalation/matters/" + matter.id())).body(views.view(matter));
	}

	@Operation(summary = "本人数据范围内的办不成事（默认本月登记的）")
	@GetMapping("/matters")
	@PreAuthorize(READERS)
	List<MatterRow> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long siteId, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) MatterState state,
			@RequestParam(required = false) Classification classification,
			@RequestParam(required = false) Light light) {
		return views.list(staff.currentScope(),
				new Filter(from, to, siteId, departmentId, state, classification, light));
	}

	@Operation(summary = "办不成事台账：事项清单与各部门办结率、按时办结率、满意率")
	@GetMapping("/ledger")
	@PreAuthorize(LEDGER)
	Ledger ledger(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long siteId, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) MatterState state,
			@RequestParam(required = false) Classification classification,
			@RequestParam(required = false) Light light) {
		return views.ledger(staff.currentScope(),
				new Filter(from, to, siteId, departmentId, state, classification, light));
	}

	@Operation(summary = "办不成事详情")
	@GetMapping("/matters/{id}")
	@PreAuthorize(READERS)
	MatterView get(@PathVariable long id) {
		return views.view(service.get(id));
	}

	record ClassifyRequest(@NotNull Classification classification, @Size(max = 2000) String explanation,
			@NotNull Integer version) {
	}

	@Operation(summary = "分类（重新计算时限；法律法规不允许的须书面说明）")
	@PutMapping("/matters/{id}/classification")
	@PreAuthorize(WORKERS)
	MatterView classify(@PathVariable long id, @Valid @RequestBody ClassifyRequest request) {
		return views.view(service.classify(id, request.version(), request.classification(),
				blankToNull(request.explanation())));
	}

	record NoteRequest(Long departmentId, @NotBlank @Size(max = 2000) String note, @NotNull Integer version) {
	}

	@Operation(summary = "与部门的协调记录")
	@PostMapping("/matters/{id}/notes")
	@PreAuthorize(WORKERS)
	MatterView note(@PathVariable long id, @Valid @RequestBody NoteRequest request) {
		return views.view(service.note(id, request.version(), request.departmentId(), request.note().strip()));
	}

	record OwnerRequest(Long staffId, @Size(max = 500) String reason, @NotNull Integer version) {
	}

	@Operation(summary = "认领（无负责人时）或移交首问负责人（须说明理由）")
	@PostMapping("/matters/{id}/owner")
	@PreAuthorize(WORKERS)
	MatterView owner(@PathVariable long id, @Valid @RequestBody OwnerRequest request) {
		return views.view(service.changeOwner(id, request.version(), request.staffId(), request.reason()));
	}

	record ReplyRequest(@NotBlank @Size(max = 2000) String text, @NotNull ReplyChannel channel,
			@NotNull Integer version) {
	}

	@Operation(summary = "答复群众")
	@PostMapping("/matters/{id}/reply")
	@PreAuthorize(WORKERS)
	MatterView reply(@PathVariable long id, @Valid @RequestBody ReplyRequest request) {
		return views.view(service.reply(id, request.version(), request.text().strip(), request.channel()));
	}

	record CloseRequest(@NotNull Satisfaction satisfaction, @NotNull Boolean solved, @NotNull Integer version) {
	}

	@Operation(summary = "办结（须已答复，并记录群众满意度）")
	@PostMapping("/matters/{id}/closure")
	@PreAuthorize(WORKERS)
	MatterView close(@PathVariable long id, @Valid @RequestBody CloseRequest request) {
		return views.view(service.close(id, request.version(), request.satisfaction(), request.solved()));
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
