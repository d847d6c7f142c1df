package org.onewindow.catalog.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.onewindow.catalog.CatalogContent;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.internal.CatalogEditing;
import org.onewindow.catalog.internal.CatalogWorkbook;
import org.onewindow.catalog.internal.CatalogWorkbookImport;
import org.onewindow.platform.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The handbook as an Excel workbook (layout in docs/catalog-workbook.md): any version downloaded for editing, the
 * draft replaced by an edited workbook.
 */
@Tag(name = "受理事典维护")
@RestController
@RequestMapping("/api/catalog")
@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
class CatalogWorkbookController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CatalogEditing editing;
	private final CatalogManagement catalog;
	private final CatalogWorkbookImport imports;

	CatalogWorkbookController(CatalogEditing editing, CatalogManagement catalog, CatalogWorkbookImport imports) {
		this.editing = editing;
		this.catalog = catalog;
		this.imports = imports;
	}

	@Operation(summary = "下载一个版本的受理事典 Excel 工作簿（0 表示草稿）")
	@GetMapping("/versions/{number}/workbook")
	ResponseEntity<byte[]> download(@PathVariable int number) {
		var content = number == 0 ? editing.draftSnapshot().content() : catalog.version(number).content();
		var out = new ByteArrayOutputStream();
		CatalogWorkbook.write(content, out);
		String filename = "受理事典-" + (number == 0 ? "草稿" : "第" + number + "版") + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(out.toByteArray());
	}

	@Operation(summary = "用 Excel 工作簿替换草稿（有任何错误则不导入，返回全部错误）")
	@PostMapping(path = "/draft/workbook", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('SYS_ADMIN')")
	ImportResponse upload(@RequestParam("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw DomainException.badRequest("catalog.workbook-empty");
		}
		try (InputStream in = file.getInputStream()) {
			return ImportResponse.of(imports.replaceDraft(in));
		}
	}

	/** How much the draft holds after an import. */
	record ImportResponse(int items, int situations, int bundles, int synonyms, int hallServices) {

		static ImportResponse of(CatalogContent content) {
			return new ImportResponse(content.items().size(), content.situations().size(), content.bundles().size(),
					content.synonyms().size(), content.hallServices().size());
		}
	}
}
