package org.onewindow.acceptance.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.DeliveryMethod;
import org.onewindow.acceptance.internal.OnlineApplications;
import org.onewindow.acceptance.internal.OnlineApplications.ApplicationSummary;
import org.onewindow.acceptance.internal.OnlineApplications.ApplicationView;
import org.onewindow.acceptance.internal.OnlineApplications.MaterialLineView;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 网上申请 for signed-in citizens (the {@code OW_CITIZEN} cookie, see the citizen module): apply, upload scans per
 * checklist line, see one's own applications, resubmit after a one-time notice. The paths are public for the staff
 * security; every endpoint asks for the citizen itself (401 {@code citizen.sign-in-required}).
 */
@Tag(name = "网上申请")
@RestController
@RequestMapping("/api/public/citizen/applications")
class OnlineApplicationController {

	private final OnlineApplications applications;

	OnlineApplicationController(OnlineApplications applications) {
		this.applications = applications;
	}

	record ApplicantBody(@NotNull ApplicantKind kind, @NotBlank @Size(max = 100) String name, IdNumber idNumber,
			CreditCode creditCode, @Size(max = 50) String legalRepresentative) {
	}

	record DeliveryBody(@NotNull DeliveryMethod method, @Size(max = 50) String recipient, PhoneNumber phone,
			@Size(max = 200) String address) {
	}

	record ApplicationRequest(@NotNull Long siteId, @NotBlank @Size(max = 64) String situationCode,
			@NotNull @Valid ApplicantBody applicant, @Size(max = 200) Map<String, String> form,
			@NotNull @Valid DeliveryBody delivery) {
	}

	@Operation(summary = "提交网上申请（进入所选大厅的网上预审）")
	@PostMapping
	ResponseEntity<ApplicationView> submit(@Valid @RequestBody ApplicationRequest request) {
		var a = request.applicant();
		var d = request.delivery();
		var created = applications.submit(new OnlineApplications.SubmitCommand(request.siteId(),
				request.situationCode(),
				new OnlineApplications.ApplicantInput(a.kind(), a.name(), a.idNumber(), a.creditCode(),
						a.legalRepresentative()),
				request.form(), new OnlineApplications.DeliveryInput(d.method(), d.recipient(), d.phone(), d.address())));
		return ResponseEntity.created(URI.create("/api/public/citizen/applications/" + created.id())).body(created);
	}

	@Operation(summary = "我的网上申请（最新在前）")
	@GetMapping
	List<ApplicationSummary> mine() {
		return applications.mine();
	}

	@Operation(summary = "我的一件网上申请：状态、一次性告知、材料、进度")
	@GetMapping("/{id}")
	ApplicationView get(@PathVariable long id) {
		return applications.get(id);
	}

	@Operation(summary = "上传一份材料扫描件（PDF、JPEG、PNG）")
	@PostMapping(value = "/{id}/materials/{line}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	MaterialLineView upload(@PathVariable long id, @PathVariable int line, @RequestParam("file") MultipartFile file) {
		try (var content = file.getInputStream()) {
			return applications.upload(id, line, file.getOriginalFilename(), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Operation(summary = "删除一份误传的扫描件")
	@DeleteMapping("/{id}/materials/{line}/files/{fileId}")
	MaterialLineView remove(@PathVariable long id, @PathVariable int line, @PathVariable long fileId) {
		return applications.removeFile(id, line, fileId);
	}

	@Operation(summary = "查看自己上传的扫描件")
	@GetMapping("/{id}/materials/{line}/files/{fileId}")
	ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable int line,
			@PathVariable long fileId) {
		var opened = applications.openFile(id, line, fileId);
		var stored = opened.file();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.mediaType()))
			.contentLength(stored.size())
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(stored.originalName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(opened.content()));
	}

	record ResubmitRequest(@NotNull Integer version) {
	}

	@Operation(summary = "按一次性告知补正后重新提交预审")
	@PostMapping("/{id}/resubmission")
	ApplicationView resubmit(@PathVariable long id, @Valid @RequestBody ResubmitRequest request) {
		return applications.resubmit(id, request.version());
	}
}
