package org.onewindow.catalog;

import java.util.List;

/**
 * 制式表格 with its 零基础模板: every field has a filled-in sample and a hint.
 */
public record FormTemplate(String code, String name, List<Field> fields) {

	public FormTemplate {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	public record Field(String name, String label, String sample, String hint) {
	}
}
