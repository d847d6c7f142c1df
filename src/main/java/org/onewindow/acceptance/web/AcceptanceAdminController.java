package org.onewindow.acceptance.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.internal.AcceptanceQuality;
import org.onewindow.acceptance.internal.Blacklist;
import org.onewindow.acceptance.internal.BlacklistAdministration;
import org.onewindow.platform.DomainException;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.Masking;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
 * The credit blacklist for 容缺受理 and the front desk's quality figure (补正率).
 */
@Tag(name = "受理管理")
@RestController
@RequestMapping("/api/acceptance")
class AcceptanceAdminController {

	static final String ADMINS = "hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')";

	private final BlacklistAdministration blacklist;
	private final AcceptanceQuality quality;

	AcceptanceAdminController(BlacklistAdministration blacklist, AcceptanceQuality quality) {
		this.blacklist = blacklist;
		this.quality = quality;
	}

	record Label(String code, String label) {
	}

	record BlacklistView(long id, Label kind, String applicantId, String name, String reason, Instant addedAt,
			LocalDate until) {

		static BlacklistView of(Blacklist.Entry e) {
			boolean person = e.kind() == ApplicantKind.PERSON;
			return new BlacklistView(e.id(), new Label(e.kind().name(), e.kind().label()),
					person ? Masking.middle(e.applicantId(), 6, 4) : e.applicantId(),
					person ? Masking.name(e.name()) : e.name(), e.reason(), e.addedAt(), e.until());
		}
	}

	@Operation(summary = "失信名单（不适用容缺受理）")
	@GetMapping("/blacklist")
	@PreAuthorize(ADMINS)
	List<BlacklistView> blacklist() {
		return blacklist.active().stream().map(BlacklistView::of).toList();
	}

	record BlacklistBody(@NotNull ApplicantKind kind, IdNumber idNumber, CreditCode creditCode,
			@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 500) String reason, LocalDate until) {
	}

	@Operation(summary = "列入失信名单")
	@PostMapping("/blacklist")
	@PreAuthorize(ADMINS)
	ResponseEntity<BlacklistView> add(@Valid @RequestBody BlacklistBody body) {
		String id;
		if (body.kind() == ApplicantKind.PERSON) {
			if (body.idNumber() == null) {
				throw DomainException.badRequest("acceptance.applicant-id-number-required");
			}
			id = body.idNumber().value();
		}
		else {
			if (body.creditCode() == null) {
				throw DomainException.badRequest("acceptance.applicant-credit-code-required");
			}
			id = body.creditCode().value();
		}
		var entry = blacklist.add(body.kind(), id, body.name(), body.reason(), body.until());
		return ResponseEntity.created(URI.create("/api/acceptance/blacklist/" + entry.id()))
			.body(BlacklistView.of(entry));
	}

	@Operation(summary = "移出失信名单")
	@DeleteMapping("/blacklist/{id}")
	@PreAuthorize(ADMINS)
	ResponseEntity<Void> remove(@PathVariable long id) {
		blacklist.remove(id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "补正率：各办事情形出具过一次性告知书的办件占比（本人数据范围）")
	@GetMapping("/quality")
	@PreAuthorize("hasAnyRole('ACCEPTOR', 'SITE_ADMIN', 'SUPERVISOR', 'SYS_ADMIN')")
	AcceptanceQuality.Quality quality(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return quality.of(from, to);
	}
}
