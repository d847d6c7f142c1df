package org.onewindow.acceptance.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onewindow.catalog.FormTemplate;
import org.onewindow.catalog.Situation;

/**
 * The forms a case fills in: the situation's form templates (制式表格) with their fill-in samples, or a bundle's one
 * merged form (一件事一表).
 */
final class CaseForms {

	private CaseForms() {
	}

	record Field(String name, String label, String sample, String hint, String value) {
	}

	record Form(String code, String name, List<Field> fields) {
	}

	static List<Form> of(CaseSubject subject, Map<String, String> values) {
		var forms = new ArrayList<Form>();
		if (subject.bundle() != null && subject.bundle().mergedForm() != null) {
			var merged = subject.bundle().mergedForm();
			forms.add(new Form(subject.bundle().code(), merged.name(),
					merged.fields()
						.stream()
						.map(f -> new Field(f.name(), f.label(), f.sample(), null, values.get(f.name())))
						.toList()));
			return forms;
		}
		for (Situation situation : subject.situations()) {
			for (FormTemplate template : situation.forms()) {
				forms.add(new Form(template.code(), template.name(),
						template.fields()
							.stream()
							.map(f -> new Field(f.name(), f.label(), f.sample(), f.hint(), values.get(f.name())))
							.toList()));
			}
		}
		return forms;
	}

	static Set<String> fieldNames(CaseSubject subject) {
		var names = new LinkedHashSet<String>();
		of(subject, Map.of()).forEach(form -> form.fields().forEach(field -> names.add(field.name())));
		return names;
	}
}
