package org.onewindow.acceptance.web;

import org.onewindow.acceptance.internal.ProgressQuery;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

/**
 * Progress without an account (办件进度查询), for citizens' phones.
 */
@Tag(name = "办件查询")
@RestController
@RequestMapping("/api/public/progress")
@Validated
class ProgressController {

	private final ProgressQuery progress;

	ProgressController(ProgressQuery progress) {
		this.progress = progress;
	}

	@Operation(summary = "按办件编号和申请人手机号后四位查询进度")
	@GetMapping
	ProgressQuery.Progress byNumber(@RequestParam @Pattern(regexp = "[0-9A-Za-z-]{1,40}") String caseNumber,
			@RequestParam @Pattern(regexp = "\\d{4}") String phoneLast4) {
		return progress.byNumber(caseNumber, phoneLast4);
	}

	@Operation(summary = "按受理通知书上的二维码查询进度")
	@GetMapping("/{token}")
	ProgressQuery.Progress byToken(@PathVariable @Pattern(regexp = "[0-9A-Za-z_-]{1,64}") String token) {
		return progress.byToken(token);
	}
}
