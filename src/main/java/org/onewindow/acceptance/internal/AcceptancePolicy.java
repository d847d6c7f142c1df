package org.onewindow.acceptance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The front desk's rules for deciding a case, without Spring: 即办 on the spot, 受理 to the back office, 容缺受理 with
 * materials owed. Every decision lists all its reasons at once, so the clerk (and the one-time notice) can name every
 * problem in one go.
 */
public final class AcceptancePolicy {

	private AcceptancePolicy() {
	}

	/** Why a decision was refused; the message is what the clerk reads next to the line. */
	public enum Reason {

		/** A needed material was not handed in (nor reused, nor pledged). */
		MATERIAL_MISSING("未提供"),
		/** 即办 asked for a situation the handbook does not mark as 即办件. */
		NOT_INSTANT("该事项为承诺件，不能即办"),
		/** 容缺受理 asked, but every needed material is there: accept it normally. */
		NOTHING_OWED("材料已齐全，无需容缺受理"),
		/** 容缺受理 asked with a key material (要件) missing. */
		KEY_MATERIAL_MISSING("为要件，不能容缺"),
		/** 容缺受理 asked without the applicant's signed pledge. */
		PLEDGE_REQUIRED("容缺受理须由申请人签署承诺书"),
		/** The supplement deadline is not after today. */
		DEADLINE_NOT_AFTER_TODAY("补齐期限须晚于今天"),
		/** The supplement deadline is after the promised date. */
		DEADLINE_AFTER_PROMISED("补齐期限不得晚于承诺办结日期"),
		/** The supplement deadline is further than the configured number of working days. */
		DEADLINE_TOO_FAR("补齐期限超过允许的工作日数"),
		/** The applicant is on the credit blacklist. */
		APPLICANT_BLACKLISTED("申请人在失信名单中，不适用容缺受理");

		private final String message;

		Reason(String message) {
			this.message = message;
		}

		public String message() {
			return message;
		}
	}

	/**
	 * One reason, with the checklist line it concerns ({@code null} when it concerns the case).
	 */
	public record Finding(Reason reason, Integer line, String material) {

		/** Where it applies, as the problem's {@code errors[].field}. */
		public String field() {
			return line == null ? "case" : "materials[" + line + "]";
		}

		/** What the clerk reads. */
		public String message() {
			return material == null ? reason.message() : "第" + line + "项“" + material + "”" + reason.message();
		}
	}

	/** Allowed when there are no findings. */
	public record Decision(List<Finding> findings) {

		public Decision {
			findings = List.copyOf(findings);
		}

		public boolean allowed() {
			return findings.isEmpty();
		}

		public boolean has(Reason reason) {
			return findings.stream().anyMatch(f -> f.reason() == reason);
		}
	}

	/** What the clerk asks for 容缺受理. */
	public record DeficiencyTerms(String pledgeText, LocalDate deadline) {
	}

	/** 受理: every needed material handed in, reused or pledged. */
	public static Decision accept(List<CaseMaterial> lines) {
		return new Decision(missing(lines));
	}

	/** 即办: a 即办件 with every needed material there. */
	public static Decision instant(boolean instantSituation, List<CaseMaterial> lines) {
		var findings = new ArrayList<Finding>();
		if (!instantSituation) {
			findings.add(new Finding(Reason.NOT_INSTANT, null, null));
		}
		findings.addAll(missing(lines));
		return new Decision(findings);
	}

	/**
	 * 容缺受理: only non-key materials may be missing, the applicant signs a pledge, the supplement deadline is after
	 * today, not after the promised date and not after {@code latestDeadline} (today plus the allowed working days);
	 * applicants on the credit blacklist may not use it.
	 */
	public static Decision deficiency(List<CaseMaterial> lines, DeficiencyTerms terms, LocalDate today,
			LocalDate promisedDate, LocalDate latestDeadline, boolean blacklisted) {
		var findings = new ArrayList<Finding>();
		if (blacklisted) {
			findings.add(new Finding(Reason.APPLICANT_BLACKLISTED, null, null));
		}
		var missing = lines.stream().filter(CaseMaterial::missing).toList();
		if (missing.isEmpty()) {
			findings.add(new Finding(Reason.NOTHING_OWED, null, null));
		}
		missing.stream()
			.filter(CaseMaterial::key)
			.forEach(line -> findings.add(new Finding(Reason.KEY_MATERIAL_MISSING, line.line(), line.name())));
		if (terms.pledgeText() == null || terms.pledgeText().isBlank()) {
			findings.add(new Finding(Reason.PLEDGE_REQUIRED, null, null));
		}
		LocalDate deadline = terms.deadline();
		if (deadline == null || !deadline.isAfter(today)) {
			findings.add(new Finding(Reason.DEADLINE_NOT_AFTER_TODAY, null, null));
		}
		else {
			if (deadline.isAfter(promisedDate)) {
				findings.add(new Finding(Reason.DEADLINE_AFTER_PROMISED, null, null));
			}
			if (deadline.isAfter(latestDeadline)) {
				findings.add(new Finding(Reason.DEADLINE_TOO_FAR, null, null));
			}
		}
		return new Decision(findings);
	}

	private static List<Finding> missing(List<CaseMaterial> lines) {
		return lines.stream()
			.filter(CaseMaterial::missing)
			.map(line -> new Finding(Reason.MATERIAL_MISSING, line.line(), line.name()))
			.toList();
	}
}
