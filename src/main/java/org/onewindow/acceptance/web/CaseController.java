package org.onewindow.acceptance.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.acceptance.internal.AcceptancePolicy;
import org.onewindow.acceptance.internal.CaseDocuments;
import org.onewindow.acceptance.internal.CaseLifecycleService;
import org.onewindow.acceptance.internal.CaseService;
import org.onewindow.acceptance.internal.CaseViews;
import org.onewindow.acceptance.internal.CaseViews.CaseListItem;
import org.onewindow.acceptance.internal.CaseViews.CaseView;
import org.onewindow.acceptance.internal.MaterialStatus;
import org.onewindow.platform.PagedResult;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The front desk's case screen: open a case, work the checklist, the form and the delivery choice, decide.
 */
@Tag(name = "综合受理")
@RestController
@RequestMapping("/api/cases")
@Validated
class CaseController {

	static final String ACCEPTOR = "hasRole('ACCEPTOR')";

	private final CaseService service;
	private final CaseLifecycleService lifecycle;
	private final CaseViews views;
	private final CaseDocuments documents;

	CaseController(CaseService service, CaseLifecycleService lifecycle, CaseViews views, CaseDocuments documents) {
		this.service = service;
		this.lifecycle = lifecycle;
		this.views = views;
		this.documents = documents;
	}

	record ApplicantBody(@NotNull ApplicantKind kind, @NotBlank @Size(max = 100) String name, IdNumber idNumber,
			CreditCode creditCode, PhoneNumber phone, @Size(max = 50) String legalRepresentative,
			IdNumber legalRepresentativeIdNumber) {

		CaseService.ApplicantInput input() {
			return new CaseService.ApplicantInput(kind, name, idNumber, creditCode, phone, legalRepresentative,
					legalRepresentativeIdNumber);
		}
	}

	record AgentBody(@Size(max = 50) String name, IdNumber idNumber, Boolean authorizationProvided) {
	}

	record OpenRequest(Long ticketId, Long counterId, @Size(max = 64) String situationCode,
			@Size(max = 64) String bundleCode, @NotNull @Valid ApplicantBody applicant, @Valid AgentBody agent) {
	}

	@Operation(summary = "开始受理：由本窗口叫到的号票（预选办事情形）或直接建立办件")
	@PostMapping
	@PreAuthorize(ACCEPTOR)
	ResponseEntity<CaseView> open(@Valid @RequestBody OpenRequest request) {
		var agent = request.agent() == null ? null
				: new CaseService.AgentInput(request.agent().name(), request.agent().idNumber(),
						Boolean.TRUE.equals(request.agent().authorizationProvided()));
		var opened = service.open(new CaseService.OpenCommand(request.ticketId(), request.counterId(),
				request.situationCode(), request.bundleCode(), request.applicant().input(), agent));
		return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(views.detail(opened.id()));
	}

	@Operation(summary = "本人数据范围内的办件（分页，可按状态、办件编号、申请人、事项筛选）")
	@GetMapping
	PagedResult<CaseListItem> search(@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return views.search(status, q, page, size);
	}

	@Operation(summary = "办件详情：材料清单、表单及填写样例、时间线、告知书")
	@GetMapping("/{id}")
	CaseView detail(@PathVariable long id) {
		return views.detail(id);
	}

	record MaterialBody(@NotNull Integer version, @NotNull MaterialStatus status, @Size(max = 500) String note,
			Long licenseId, @Size(max = 2000) String pledgeText, @Size(max = 50) String pledgeSigner) {
	}

	@Operation(summary = "登记一项材料：原件、复印件、电子证照复用、告知承诺、未提供、不适用")
	@PutMapping("/{id}/materials/{line}")
	@PreAuthorize(ACCEPTOR)
	CaseView material(@PathVariable long id, @PathVariable int line, @Valid @RequestBody MaterialBody body) {
		service.updateMaterial(id, line, new CaseService.MaterialCommand(body.version(), body.status(), body.note(),
				body.licenseId(), body.pledgeText(), body.pledgeSigner()));
		return views.detail(id);
	}

	record FormBody(@NotNull Integer version, @NotNull Map<String, String> values) {
	}

	@Operation(summary = "填写申请表（按表单模板字段）")
	@PutMapping("/{id}/form")
	@PreAuthorize(ACCEPTOR)
	CaseView form(@PathVariable long id, @Valid @RequestBody FormBody body) {
		service.updateForm(id, body.version(), body.values());
		return views.detail(id);
	}

	record DeliveryBody(@NotNull Integer version, @NotNull DeliveryMethod method, @Size(max = 50) String recipient,
			PhoneNumber phone, @Size(max = 200) String address) {
	}

	@Operation(summary = "选择送达方式：窗口领取或免费邮寄")
	@PutMapping("/{id}/delivery")
	@PreAuthorize(ACCEPTOR)
	CaseView delivery(@PathVariable long id, @Valid @RequestBody DeliveryBody body) {
		service.updateDelivery(id, body.version(), body.method(), body.recipient(), body.phone(), body.address());
		return views.detail(id);
	}

	record VersionBody(@NotNull Integer version) {
	}

	@Operation(summary = "即办：即办件材料齐全，当场办结")
	@PostMapping("/{id}/instant")
	@PreAuthorize(ACCEPTOR)
	CaseView instant(@PathVariable long id, @Valid @RequestBody VersionBody body) {
		service.instant(id, body.version());
		return views.detail(id);
	}

	record DeficiencyBody(@NotBlank @Size(max = 2000) String pledgeText, @Size(max = 50) String signer,
			@NotNull LocalDate deadline) {
	}

	record AcceptBody(@NotNull Integer version, @Valid DeficiencyBody deficiency) {
	}

	@Operation(summary = "受理（转后台审批）；带 deficiency 时为容缺受理")
	@PostMapping("/{id}/accept")
	@PreAuthorize(ACCEPTOR)
	CaseView accept(@PathVariable long id, @Valid @RequestBody AcceptBody body) {
		var deficiency = body.deficiency() == null ? null
				: new AcceptancePolicy.DeficiencyTerms(body.deficiency().pledgeText(), body.deficiency().deadline());
		service.accept(id, body.version(), deficiency, body.deficiency() == null ? null : body.deficiency().signer());
		return views.detail(id);
	}

	record SupplementBody(@NotNull Integer version, @Size(max = 500) String note) {
	}

	@Operation(summary = "登记审批补正材料已收齐（恢复审批计时）")
	@PostMapping("/{id}/supplement")
	@PreAuthorize(ACCEPTOR)
	CaseView supplement(@PathVariable long id, @Valid @RequestBody SupplementBody body) {
		lifecycle.supplemented(id, body.version(), body.note());
		return views.detail(id);
	}

	@Operation(summary = "受理通知书（打印数据）")
	@GetMapping("/{id}/documents/acceptance-notice")
	CaseDocuments.AcceptanceNotice acceptanceNotice(@PathVariable long id) {
		return documents.acceptanceNotice(id);
	}
}
