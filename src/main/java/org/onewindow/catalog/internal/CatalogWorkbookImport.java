package org.onewindow.catalog.internal;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

import org.onewindow.catalog.CatalogContent;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.ValidationFailedException;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteManagement;
import org.springframework.stereotype.Service;

/**
 * Replacing the draft with an edited workbook: all of it or nothing. The workbook is read before any change; one
 * error anywhere leaves the draft as it was. The publish validation is not run here (publishing runs it), but
 * nothing that would break the draft gets in: duplicate codes, orphan rows, unknown departments, wrong values.
 */
@Service
public class CatalogWorkbookImport {

	private final CatalogEditing editing;
	private final SiteManagement sites;

	CatalogWorkbookImport(CatalogEditing editing, SiteManagement sites) {
		this.editing = editing;
		this.sites = sites;
	}

	/**
	 * @throws DomainException {@code catalog.workbook-unreadable} (400) when the file is not an .xlsx workbook
	 * @throws ValidationFailedException {@code catalog.workbook-invalid} (422) with every row error
	 */
	public CatalogContent replaceDraft(InputStream workbook) {
		Set<String> departments = sites.departments()
			.stream()
			.map(DepartmentSummary::code)
			.collect(Collectors.toSet());
		var result = CatalogWorkbook.read(workbook, departments);
		if (result.unreadable()) {
			throw DomainException.badRequest("catalog.workbook-unreadable", result.errors().get(0).message());
		}
		if (!result.valid()) {
			throw new ValidationFailedException("catalog.workbook-invalid", result.errors(), result.errorCount());
		}
		editing.replaceDraft(result.content());
		return result.content();
	}
}
