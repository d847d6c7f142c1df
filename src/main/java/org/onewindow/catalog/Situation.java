package org.onewindow.catalog;

import java.util.List;
import java.util.Set;

import org.onewindow.site.SiteLevel;

/**
 * 办事情形: the unit of acceptance, with everything a clerk needs to accept it and the back office to decide it.
 * Values the item provides by default (mode, promised days, site levels) are already resolved here.
 */
public record Situation(String code, String itemCode, String name, SituationAction action, String actionDetail,
		ApplicantType applicantType, AcceptanceMode mode, int promisedDays, Set<SiteLevel> acceptLevels,
		Set<SiteLevel> decideLevels, boolean villageCollect, List<String> conditions,
		List<MaterialRequirement> materials, List<FormTemplate> forms, List<ApprovalStep> steps, String guide,
		List<Faq> faqs, List<String> aliases, List<String> phrases) {

	public Situation {
		acceptLevels = acceptLevels == null ? Set.of() : Set.copyOf(acceptLevels);
		decideLevels = decideLevels == null ? Set.of() : Set.copyOf(decideLevels);
		conditions = conditions == null ? List.of() : List.copyOf(conditions);
		materials = materials == null ? List.of() : List.copyOf(materials);
		forms = forms == null ? List.of() : List.copyOf(forms);
		steps = steps == null ? List.of() : List.copyOf(steps);
		faqs = faqs == null ? List.of() : List.copyOf(faqs);
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		phrases = phrases == null ? List.of() : List.copyOf(phrases);
	}

	/** Working days of the steps the legal clock counts. */
	public int countedStepDays() {
		return steps.stream().filter(ApprovalStep::countsInLimit).mapToInt(ApprovalStep::days).sum();
	}

	/** A common question and its answer. */
	public record Faq(String q, String a) {
	}
}
