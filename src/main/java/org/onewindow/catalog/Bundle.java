package org.onewindow.catalog;

import java.util.List;

/**
 * 一件事一次办: several situations done as one thing with one merged form. Members of the same group run in
 * parallel; groups run in order.
 */
public record Bundle(String code, String name, String lifeEvent, List<String> phrases, List<Member> members,
		MergedForm mergedForm, String guide) {

	public Bundle {
		phrases = phrases == null ? List.of() : List.copyOf(phrases);
		members = members == null ? List.of() : List.copyOf(members);
	}

	public record Member(String situation, int group) {
	}

	public record MergedForm(String name, List<Field> fields) {

		public MergedForm {
			fields = fields == null ? List.of() : List.copyOf(fields);
		}
	}

	/** A field asked once for all the members listed in {@code sharedBy}. */
	public record Field(String name, String label, String sample, List<String> sharedBy) {

		public Field {
			sharedBy = sharedBy == null ? List.of() : List.copyOf(sharedBy);
		}
	}
}
