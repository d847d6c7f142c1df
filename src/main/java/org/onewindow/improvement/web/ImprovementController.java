package org.onewindow.improvement.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.improvement.internal.Campaigns;
import org.onewindow.improvement.internal.DeadlineClass;
import org.onewindow.improvement.internal.IssueLedger;
import org.onewindow.improvement.internal.IssueSource;
import org.onewindow.improvement.internal.IssueStatus;
import org.onewindow.improvement.internal.Light;
import org.onewindow.improvement.internal.Suggestion;
import org.onewindow.improvement.internal.TargetGroup;
import org.onewindow.improvement.internal.Theme;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 金点子 campaigns and their review, and the issue ledger (问题台账), for site administrators and supervisors in
 * their data scope.
 */
@Tag(name = "金点子与问题台账")
@RestController
@Validated
@RequestMapping("/api/improvement")
class ImprovementController {

	private static final String MANAGERS = "hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')";
	private static final String OVERSIGHT = "hasAnyRole('SITE_ADMIN', 'SUPERVISOR', 'SYS_ADMIN')";

	private final Campaigns campaigns;
	private final IssueLedger ledger;

	ImprovementController(Campaigns campaigns, IssueLedger ledger) {
		this.campaigns = campaigns;
		this.ledger = ledger;
	}

	// --- campaigns -----------------------------------------------------------------------------------------------

	record CampaignBody(@NotNull Long siteId, @NotBlank @Size(max = 60) String name, @NotNull LocalDate startsOn,
			@NotNull LocalDate endsOn, @NotEmpty @Size(max = 4) List<@NotNull TargetGroup> targetGroups,
			@NotEmpty @Size(max = 6) List<@NotNull Theme> themes,
			@Size(max = 6) List<@NotNull Theme> questionnaireThemes, Integer version) {

		Campaigns.CampaignData data() {
			return new Campaigns.CampaignData(name.strip(), startsOn, endsOn, targetGroups, themes,
					questionnaireThemes == null ? List.of() : questionnaireThemes);
		}
	}

	@Operation(summary = "征集活动列表（数据范围内）")
	@GetMapping("/campaigns")
	@PreAuthorize(OVERSIGHT)
	List<Campaigns.CampaignView> campaigns() {
		return campaigns.list();
	}

	@Operation(summary = "新建征集活动")
	@PostMapping("/campaigns")
	@PreAuthorize(MANAGERS)
	@ResponseStatus(HttpStatus.CREATED)
	Campaigns.CampaignView create(@Valid @RequestBody CampaignBody body) {
		return campaigns.create(body.siteId(), body.data());
	}

	@Operation(summary = "征集活动详情（含各状态条数与问卷平均分）")
	@GetMapping("/campaigns/{id}")
	@PreAuthorize(OVERSIGHT)
	Campaigns.CampaignView campaign(@PathVariable long id) {
		return campaigns.get(id);
	}

	@Operation(summary = "修改征集活动（名称、期间、对象、主题、问卷）")
	@PutMapping("/campaigns/{id}")
	@PreAuthorize(MANAGERS)
	Campaigns.CampaignView update(@PathVariable long id, @Valid @RequestBody CampaignBody body) {
		if (body.version() == null) {
			throw org.onewindow.platform.DomainException.badRequest("improvement.version-required");
		}
		return campaigns.update(id, body.version(), body.data());
	}

	@Operation(summary = "活动收到的金点子")
	@GetMapping("/campaigns/{id}/suggestions")
	@PreAuthorize(OVERSIGHT)
	List<Campaigns.SuggestionView> suggestions(@PathVariable long id,
			@RequestParam(required = false) Suggestion.Status status) {
		return campaigns.suggestions(id, status);
	}

	record ReviewBody(@NotNull Suggestion.Status decision, @NotBlank @Size(max = 500) String reply, Long departmentId,
			DeadlineClass deadlineClass, @NotNull @Min(0) Integer version) {
	}

	@Operation(summary = "处理金点子：采纳（纳入问题台账）、记录或不采纳，并答复")
	@PostMapping("/suggestions/{id}/review")
	@PreAuthorize(OVERSIGHT)
	Campaigns.SuggestionView review(@PathVariable long id, @Valid @RequestBody ReviewBody body) {
		return campaigns.review(id, body.version(),
				new Campaigns.Review(body.decision(), body.reply(), body.departmentId(), body.deadlineClass()));
	}

	// --- the issue ledger ----------------------------------------------------------------------------------------

	@Operation(summary = "问题台账（筛选：站点、状态、来源、部门、超期、亮灯）")
	@GetMapping("/issues")
	@PreAuthorize(OVERSIGHT)
	List<IssueLedger.IssueView> issues(@RequestParam(required = false) Long siteId,
			@RequestParam(required = false) IssueStatus status, @RequestParam(required = false) IssueSource source,
			@RequestParam(required = false) Long departmentId,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Light light) {
		return ledger.list(new IssueLedger.Query(siteId, status, source, departmentId, overdue, light));
	}

	@Operation(summary = "问题台账统计：各部门在办、超期、已销号、按期销号")
	@GetMapping("/issues/figures")
	@PreAuthorize(OVERSIGHT)
	List<IssueLedger.Figures> figures(@RequestParam(required = false) Long siteId) {
		return ledger.figures(siteId);
	}

	record ManualBody(@NotNull Long siteId, Long departmentId, @NotBlank @Size(max = 200) String title,
			@Size(max = 1000) String detail, @NotNull DeadlineClass deadlineClass) {
	}

	@Operation(summary = "人工登记问题")
	@PostMapping("/issues")
	@PreAuthorize(OVERSIGHT)
	@ResponseStatus(HttpStatus.CREATED)
	IssueLedger.IssueView create(@Valid @RequestBody ManualBody body) {
		return ledger.create(new IssueLedger.ManualEntry(body.siteId(), body.departmentId(), body.title().strip(),
				body.detail(), body.deadlineClass()));
	}

	@Operation(summary = "问题详情")
	@GetMapping("/issues/{id}")
	@PreAuthorize(OVERSIGHT)
	IssueLedger.IssueView issue(@PathVariable long id) {
		return ledger.get(id);
	}

	@Operation(summary = "登记整改情况（文字，可附 PDF/JPEG/PNG 扫描件）")
	@PostMapping("/issues/{id}/evidence")
	@PreAuthorize(OVERSIGHT)
	IssueLedger.IssueView evidence(@PathVariable long id, @RequestParam @NotBlank @Size(max = 1000) String evidence,
			@RequestParam @Min(0) int version, @RequestParam(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return ledger.recordEvidence(id, version, evidence.strip(), null, null);
		}
		try (var content = file.getInputStream()) {
			return ledger.recordEvidence(id, version, evidence.strip(), file.getOriginalFilename(), content);
		}
	}

	@Operation(summary = "整改材料扫描件")
	@GetMapping("/issues/{id}/evidence-file")
	@PreAuthorize(OVERSIGHT)
	ResponseEntity<InputStreamResource> evidenceFile(@PathVariable long id) {
		var found = ledger.evidenceFile(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.file().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("evidence-" + id + extension(found.file().mediaType())).build().toString())
			.body(new InputStreamResource(found.content()));
	}

	record CloseBody(@NotNull @Min(0) Integer version) {
	}

	@Operation(summary = "销号（须已登记整改情况；差评整改、办不成事由来源办结后自动销号）")
	@PostMapping("/issues/{id}/closure")
	@PreAuthorize(OVERSIGHT)
	IssueLedger.IssueView close(@PathVariable long id, @Valid @RequestBody CloseBody body) {
		return ledger.close(id, body.version());
	}

	private static String extension(String mediaType) {
		return switch (mediaType) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
	}
}
