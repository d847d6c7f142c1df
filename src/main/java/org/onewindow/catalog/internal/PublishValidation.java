package org.onewindow.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.ApprovalStep;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogContent;
import org.onewindow.catalog.FormTemplate;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;

/**
 * What must hold before a catalog version may be published, so that any clerk can accept any situation from it and
 * the back office can run it: every problem is listed at once, each with where it is, in Chinese.
 */
public final class PublishValidation {

	private static final Pattern ITEM_CODE = Pattern.compile("\\d{10}");

	private PublishValidation() {
	}

	public static List<Problem> check(CatalogContent catalog, Set<String> departmentCodes) {
		var problems = new ArrayList<Problem>();
		var items = new HashMap<String, ServiceItem>();
		for (ServiceItem item : catalog.items()) {
			String where = "事项 " + item.code() + " " + item.name();
			if (item.code() == null || !ITEM_CODE.matcher(item.code()).matches()) {
				problems.add(new Problem(where, "事项编码应为10位数字（2位类型+5位事项+3位子项）"));
			}
			else if (!item.code().startsWith(item.type().code())) {
				problems.add(new Problem(where, "事项编码前两位应为事项类型代码 " + item.type().code()));
			}
			if (items.put(item.code(), item) != null) {
				problems.add(new Problem(where, "事项编码重复"));
			}
			if (!departmentCodes.contains(item.department())) {
				problems.add(new Problem(where, "实施部门 " + item.department() + " 不存在"));
			}
			if (blank(item.name()) || blank(item.legalBasis())) {
				problems.add(new Problem(where, "缺少事项名称或设定依据"));
			}
			if (item.legalDays() < 0 || item.promisedDays() < 0) {
				problems.add(new Problem(where, "时限不能为负数"));
			}
			if (item.legalDays() > 0 && item.promisedDays() > item.legalDays()) {
				problems.add(new Problem(where, "承诺时限（" + item.promisedDays() + "个工作日）超过法定时限（" + item.legalDays() + "个工作日）"));
			}
		}
		var situations = new HashMap<String, Situation>();
		var situationCountByItem = new HashMap<String, Integer>();
		for (Situation situation : catalog.situations()) {
			String where = "情形 " + situation.code() + " " + situation.name();
			if (situations.put(situation.code(), situation) != null) {
				problems.add(new Problem(where, "情形编码重复"));
			}
			ServiceItem item = items.get(situation.itemCode());
			if (item == null) {
				problems.add(new Problem(where, "所属事项 " + situation.itemCode() + " 不存在"));
				continue;
			}
			situationCountByItem.merge(item.code(), 1, Integer::sum);
			checkSituation(situation, item, departmentCodes, where, problems);
		}
		for (ServiceItem item : catalog.items()) {
			if (!situationCountByItem.containsKey(item.code())) {
				problems.add(new Problem("事项 " + item.code() + " " + item.name(), "事项没有任何办事情形"));
			}
		}
		var bundleCodes = new HashSet<String>();
		for (Bundle bundle : catalog.bundles()) {
			String where = "一件事 " + bundle.code() + " " + bundle.name();
			if (!bundleCodes.add(bundle.code())) {
				problems.add(new Problem(where, "一件事编码重复"));
			}
			if (bundle.members().size() < 2) {
				problems.add(new Problem(where, "一件事至少包含两个办事情形"));
			}
			for (Bundle.Member member : bundle.members()) {
				if (!situations.containsKey(member.situation())) {
					problems.add(new Problem(where, "成员情形 " + member.situation() + " 不存在"));
				}
			}
		}
		return problems;
	}

	private static void checkSituation(Situation situation, ServiceItem item, Set<String> departmentCodes,
			String where, List<Problem> problems) {
		if (situation.materials().isEmpty()) {
			problems.add(new Problem(where, "没有申请材料"));
		}
		if (situation.steps().isEmpty()) {
			problems.add(new Problem(where, "没有办理步骤"));
		}
		if (situation.acceptLevels().isEmpty()) {
			problems.add(new Problem(where, "没有可受理的站点层级"));
		}
		Map<String, FormTemplate> forms = new HashMap<>();
		situation.forms().forEach(form -> forms.put(form.code(), form));
		for (MaterialRequirement material : situation.materials()) {
			if (blank(material.name())) {
				problems.add(new Problem(where, "有材料缺少名称"));
			}
			if (!material.required() && blank(material.condition())) {
				problems.add(new Problem(where, "容缺/条件性材料“" + material.name() + "”未写明需要提交的情形"));
			}
			if (material.formTemplate() != null && !forms.containsKey(material.formTemplate())) {
				problems.add(new Problem(where, "材料“" + material.name() + "”引用的表格 " + material.formTemplate() + " 不存在"));
			}
		}
		for (ApprovalStep step : situation.steps()) {
			if (blank(step.department())) {
				problems.add(new Problem(where, "步骤“" + step.name() + "”没有指定部门"));
			}
			else if (!departmentCodes.contains(step.department())) {
				problems.add(new Problem(where, "步骤“" + step.name() + "”的部门 " + step.department() + " 不存在"));
			}
			if (step.days() < 0) {
				problems.add(new Problem(where, "步骤“" + step.name() + "”的时限不能为负数"));
			}
		}
		if (situation.mode() == AcceptanceMode.INSTANT && situation.countedStepDays() > 0) {
			problems.add(new Problem(where, "即办件的步骤时限应为0"));
		}
		if (situation.mode() == AcceptanceMode.PROMISED && situation.countedStepDays() > situation.promisedDays()) {
			problems.add(new Problem(where, "各步骤计时合计" + situation.countedStepDays() + "个工作日，超过承诺时限"
					+ situation.promisedDays() + "个工作日"));
		}
		if (item.legalDays() > 0 && situation.promisedDays() > item.legalDays()) {
			problems.add(new Problem(where, "承诺时限超过法定时限"));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** One thing that stops a publication: where, and what is wrong. */
	public record Problem(String where, String message) {
	}
}
