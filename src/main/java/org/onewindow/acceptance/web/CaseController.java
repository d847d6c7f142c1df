package org.onewindow.acceptance.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.acceptance.internal.AcceptancePolicy;
import org.onewindow.acceptance.internal.CaseDocuments;
import org.onewindow.acceptance.internal.CaseFiles;
import org.onewindow.acceptance.internal.FrontDeskOutcomes;
import org.onewindow.acceptance.internal.VillageProxy;
import org.onewindow.acceptance.internal.CaseLifecycleService;
import org.onewindow.acceptance.internal.CaseService;
import org.onewindow.acceptance.internal.CaseViews;
import org.onewindow.acceptance.internal.CaseViews.CaseListItem;
import org.onewindow.acceptance.internal.CaseViews.CaseView;
import org.onewindow.acceptance.internal.MaterialStatus;
import org.onewindow.platform.PagedResult;
import org.onewindow.platform.StoredFile;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
	private final FrontDeskOutcomes outcomes;
	private final VillageProxy villageProxy;
	private final CaseFiles files;
	private final CaseViews views;
	private final CaseDocuments documents;

	CaseController(CaseService service, CaseLifecycleService lifecycle, FrontDeskOutcomes outcomes,
			VillageProxy villageProxy, CaseFiles files, CaseViews views, CaseDocuments documents) {
		this.service = service;
		this.lifecycle = lifecycle;
		this.outcomes = outcomes;
		this.villageProxy = villageProxy;
		this.files = files;
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

	@Operation(summary = "本人数据范围内的办件（分页，可按状态、办件编号、申请人、事项筛选；handover=PENDING 为村代办移交本站点待接收的办件）")
	@GetMapping
	PagedResult<CaseListItem> search(@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) CaseViews.HandoverFilter handover,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return views.search(status, q, handover, page, size);
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

	record NoticeItemBody(@Min(1) Integer line, @Size(max = 100) String material,
			@NotBlank @Size(max = 500) String problem) {
	}

	record NoticeBody(@NotNull Integer version, @Size(max = 50) List<@Valid @NotNull NoticeItemBody> items,
			@Size(max = 500) String note) {
	}

	@Operation(summary = "一次性告知：列出全部缺少或有误的材料，办件转为待补正，并短信告知申请人")
	@PostMapping("/{id}/notice")
	@PreAuthorize(ACCEPTOR)
	ResponseEntity<CaseView> notice(@PathVariable long id, @Valid @RequestBody NoticeBody body) {
		var findings = body.items() == null ? List.<FrontDeskOutcomes.Finding>of()
				: body.items()
					.stream()
					.map(i -> new FrontDeskOutcomes.Finding(i.line(), i.material(), i.problem()))
					.toList();
		var notice = outcomes.notice(id, body.version(), findings, body.note());
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/documents/notices/" + notice.id()))
			.body(views.detail(id));
	}

	@Operation(summary = "申请人补正后继续受理（待补正 → 受理中，材料清单保留）")
	@PostMapping("/{id}/resume")
	@PreAuthorize(ACCEPTOR)
	CaseView resume(@PathVariable long id, @Valid @RequestBody VersionBody body) {
		outcomes.resume(id, body.version());
		return views.detail(id);
	}

	record RejectBody(@NotNull Integer version, @NotBlank @Size(max = 500) String reason) {
	}

	@Operation(summary = "不予受理（须写明法定理由）")
	@PostMapping("/{id}/reject")
	@PreAuthorize(ACCEPTOR)
	CaseView reject(@PathVariable long id, @Valid @RequestBody RejectBody body) {
		outcomes.reject(id, body.version(), body.reason());
		return views.detail(id);
	}

	record HandoverBody(@NotNull Integer version, @NotEmpty @Size(max = 100) List<@NotNull @Min(1) Integer> lines,
			@Size(max = 500) String note) {
	}

	@Operation(summary = "村代办：将收取的纸质材料移交镇街便民服务中心")
	@PostMapping("/{id}/handover")
	@PreAuthorize(ACCEPTOR)
	CaseView handOver(@PathVariable long id, @Valid @RequestBody HandoverBody body) {
		villageProxy.handOver(id, body.version(), body.lines(), body.note());
		return views.detail(id);
	}

	record ReceiveBody(@NotNull Integer version, @Size(max = 500) String discrepancies) {
	}

	@Operation(summary = "镇街确认接收村代办材料（记录接收人、时间和差异）")
	@PostMapping("/{id}/handover/receive")
	@PreAuthorize(ACCEPTOR)
	CaseView receive(@PathVariable long id, @Valid @RequestBody ReceiveBody body) {
		villageProxy.receive(id, body.version(), body.discrepancies());
		return views.detail(id);
	}

	record FileView(long id, String name, String mediaType, long size, String sha256, Instant storedAt) {

		static FileView of(StoredFile file) {
			return new FileView(file.id(), file.originalName(), file.mediaType(), file.size(), file.sha256(),
					file.storedAt());
		}
	}

	@Operation(summary = "上传材料扫描件（PDF、JPEG、PNG，按内容判断类型）")
	@PostMapping(path = "/{id}/materials/{line}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ACCEPTOR)
	ResponseEntity<FileView> upload(@PathVariable long id, @PathVariable int line,
			@RequestParam("file") MultipartFile file) throws IOException {
		try (InputStream content = file.getInputStream()) {
			var stored = files.upload(id, line, file.getOriginalFilename(), content);
			return ResponseEntity.created(URI.create("/api/cases/" + id + "/files/" + stored.id()))
				.body(FileView.of(stored));
		}
	}

	@Operation(summary = "查看材料扫描件（仅限办件所属数据范围的工作人员）")
	@GetMapping("/{id}/files/{fileId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long fileId) {
		var download = files.open(id, fileId);
		var file = download.file();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.originalName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(download.content()));
	}

	@Operation(summary = "一次性告知书或补正材料通知书（打印数据）")
	@GetMapping("/{id}/documents/notices/{noticeId}")
	CaseDocuments.NoticeDocument noticeDocument(@PathVariable long id, @PathVariable long noticeId) {
		return documents.notice(id, noticeId);
	}

	@Operation(summary = "不予受理决定书（打印数据）")
	@GetMapping("/{id}/documents/not-accepted-decision")
	CaseDocuments.NotAcceptedDecision notAcceptedDecision(@PathVariable long id) {
		return documents.notAcceptedDecision(id);
	}

	@Operation(summary = "终止办理告知书（打印数据）")
	@GetMapping("/{id}/documents/termination-notice")
	CaseDocuments.TerminationNotice terminationNotice(@PathVariable long id) {
		return documents.terminationNotice(id);
	}

	@Operation(summary = "受理通知书（打印数据）")
	@GetMapping("/{id}/documents/acceptance-notice")
	CaseDocuments.AcceptanceNotice acceptanceNotice(@PathVariable long id) {
		return documents.acceptanceNotice(id);
	}
}
