package org.onewindow.catalog.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.ApplicantType;
import org.onewindow.catalog.ApprovalStep;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogContent;
import org.onewindow.catalog.FormTemplate;
import org.onewindow.catalog.HallService;
import org.onewindow.catalog.HandbookVolume;
import org.onewindow.catalog.ItemType;
import org.onewindow.catalog.MaterialForm;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.MaterialSource;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.catalog.SituationAction;
import org.onewindow.catalog.StepRole;
import org.onewindow.catalog.Synonym;
import org.onewindow.catalog.TrustGrade;
import org.onewindow.site.SiteLevel;

/**
 * A realistic-looking handbook of any size, for load tests and benchmarks: the same seed always gives the same
 * catalog. Items are multiplied from real stems per department of the demo county (vocabulary in
 * {@code catalog/synthetic/vocabulary.txt}) by sub-item qualifiers, so codes and names stay distinct and plausible;
 * every situation has 4–12 materials, a form with a filled-in sample and approval steps within its time limit, and
 * aliases and phrases from keyword pools for the guidance index. The result passes {@link PublishValidation} with the
 * demo departments.
 */
public final class SyntheticCatalog {

	/** The default benchmark size: 12,500 items × 8 = 100,000 situations. */
	public static final int DEFAULT_ITEMS = 12_500;
	public static final int DEFAULT_SITUATIONS_PER_ITEM = 8;
	public static final long DEFAULT_SEED = 20261121L;

	static final String VOCABULARY = "catalog/synthetic/vocabulary.txt";
	private static final int MAX_SITUATIONS_PER_ITEM = 99;
	private static final int ITEMS_PER_BUNDLE = 50;

	private SyntheticCatalog() {
	}

	/**
	 * @param items number of service items (at least 1; at most 999,000 per department share)
	 * @param situationsPerItem situations of every item, 1–99 (the situation code has two digits)
	 * @param seed the same seed gives the same catalog
	 */
	public static CatalogContent generate(int items, int situationsPerItem, long seed) {
		if (items < 1) {
			throw new IllegalArgumentException("items must be at least 1: " + items);
		}
		if (situationsPerItem < 1 || situationsPerItem > MAX_SITUATIONS_PER_ITEM) {
			throw new IllegalArgumentException("situations per item must be 1–99: " + situationsPerItem);
		}
		return new Generator(Vocabulary.INSTANCE, seed, situationsPerItem).generate(items);
	}

	/** How many bundles {@link #generate} makes: one per 50 items, at least one when there are two situations. */
	public static int bundleCount(int items, int situationsPerItem) {
		return (long) items * situationsPerItem < 2 ? 0 : Math.max(1, items / ITEMS_PER_BUNDLE);
	}

	/** The synonyms {@link #generate} adds whatever the size: actions, common concepts and one per item stem. */
	public static int synonymCount() {
		var words = Vocabulary.INSTANCE;
		return words.actions.size() + words.concepts.size()
				+ words.departments.stream().mapToInt(d -> d.stems.size()).sum();
	}

	private static final class Generator {

		private static final String[] PHRASES = { "我想%v%k", "%k%s怎么办", "%v%k要带什么材料", "%v%k去哪里办",
				"%k%s，要多久能办好", "%v%k要不要钱", "%v%k能在网上办吗", "%k%s找哪个窗口", "%w%v%k要什么手续",
				"帮我看看%k怎么%v" };
		private static final String[] BUNDLE_SUFFIXES = { "（镇街通办）", "（跨省通办）", "（全程网办）", "（帮办代办）" };
		private static final Map<ApplicantType, String[]> APPLICANT_NAMES = new EnumMap<>(Map.of(
				ApplicantType.ENTERPRISE,
				new String[] { "青山县青禾商贸有限公司", "青山县张记餐饮有限公司", "江西青山绿源农业发展有限公司", "青山县恒达建设工程有限公司",
						"青山县顺风物流有限公司" },
				ApplicantType.INDIVIDUAL_BUSINESS,
				new String[] { "青山县青山镇张三便利店", "青山县乌江镇李四小吃店", "青山县燕子河乡王五农资店" },
				ApplicantType.PERSON, new String[] { "张三", "李四", "王五", "赵六" },
				ApplicantType.ORGANIZATION, new String[] { "青山县青山镇中心小学", "青山县老年人协会", "青山县人民医院" }));

		private final Vocabulary words;
		private final long seed;
		private final int situationsPerItem;
		private final List<ServiceItem> items = new ArrayList<>();
		private final List<Situation> situations = new ArrayList<>();
		private final Map<String, List<Integer>> itemsByStem = new HashMap<>();

		Generator(Vocabulary words, long seed, int situationsPerItem) {
			this.words = words;
			this.seed = seed;
			this.situationsPerItem = situationsPerItem;
		}

		CatalogContent generate(int itemCount) {
			int[] perDepartment = allocate(itemCount);
			for (int d = 0; d < words.departments.size(); d++) {
				int stems = words.departments.get(d).stems.size();
				for (int j = 0; j < stems; j++) {
					int ofStem = perDepartment[d] / stems + (j < perDepartment[d] % stems ? 1 : 0);
					if (ofStem > 0 && j + 1 + stems * ((ofStem - 1) / 1000) > 999) {
						throw new IllegalArgumentException("too many items for department "
								+ words.departments.get(d).code + ": " + perDepartment[d]);
					}
				}
			}
			for (int d = 0; d < words.departments.size(); d++) {
				Department department = words.departments.get(d);
				int stems = department.stems.size();
				for (int j = 0; j < stems; j++) {
					int ofStem = perDepartment[d] / stems + (j < perDepartment[d] % stems ? 1 : 0);
					for (int variant = 0; variant < ofStem; variant++) {
						// the sub-item part holds 1000 variants of a stem; beyond that the stem takes a new sequence
						int sequence = j + 1 + stems * (variant / 1000);
						addItem(department, department.stems.get(j), sequence, variant % 1000, variant);
					}
				}
			}
			var bundles = bundles(bundleCount(itemCount, situationsPerItem));
			return new CatalogContent(items, situations, bundles, synonyms(), words.hallServices);
		}

		/** Shares of the items by department weight, largest remainder first, so the counts add up exactly. */
		private int[] allocate(int itemCount) {
			var departments = words.departments;
			long total = departments.stream().mapToLong(d -> d.weight).sum();
			int[] counts = new int[departments.size()];
			long[] remainders = new long[departments.size()];
			int given = 0;
			for (int d = 0; d < counts.length; d++) {
				long share = (long) itemCount * departments.get(d).weight;
				counts[d] = (int) (share / total);
				remainders[d] = share % total;
				given += counts[d];
			}
			var order = new ArrayList<Integer>();
			for (int d = 0; d < counts.length; d++) {
				order.add(d);
			}
			order.sort((a, b) -> remainders[a] != remainders[b] ? Long.compare(remainders[b], remainders[a])
					: Integer.compare(a, b));
			for (int i = 0; i < itemCount - given; i++) {
				counts[order.get(i)]++;
			}
			return counts;
		}

		private void addItem(Department department, Stem stem, int sequence, int subItem, int variant) {
			String code = stem.type.code() + department.number + digits(sequence, 3) + digits(subItem, 3);
			var random = new Random(seed ^ (Long.parseLong(code) * 0x9E3779B97F4A7C15L));
			List<String> pool = words.qualifiers.get(stem.volume);
			List<String> qualifiers = qualifiers(stem, pool, variant);
			String name = qualifiers.isEmpty() ? stem.name
					: stem.name + "（" + String.join("，", qualifiers) + "）";
			boolean instant = stem.promisedDays == 0;
			int promised = !instant && variant > 0 && stem.promisedDays > 2 ? stem.promisedDays - random.nextInt(2)
					: stem.promisedDays;
			boolean online = random.nextInt(100) < 55;
			int visits = online && random.nextBoolean() ? 0 : !instant && random.nextInt(100) < 20 ? 2 : 1;
			boolean person = stem.applicants.contains(ApplicantType.PERSON);
			Set<SiteLevel> accept = stem.volume == HandbookVolume.TOWN
					|| stem.volume == HandbookVolume.SOCIAL && instant && person && random.nextInt(100) < 30
							? EnumSet.of(SiteLevel.COUNTY, SiteLevel.TOWN) : EnumSet.of(SiteLevel.COUNTY);
			Set<SiteLevel> decide = stem.volume == HandbookVolume.TOWN && instant
					? EnumSet.of(SiteLevel.COUNTY, SiteLevel.TOWN) : EnumSet.of(SiteLevel.COUNTY);
			boolean villageCollect = stem.volume == HandbookVolume.TOWN && person && random.nextInt(100) < 60;
			var keywords = new LinkedHashSet<>(stem.keywords);
			qualifiers.stream().filter(q -> !q.startsWith("第")).forEach(keywords::add);
			var item = new ServiceItem(code, department.code, name, stem.type, stem.volume, stem.legalBasis,
					stem.legalDays, promised, instant ? AcceptanceMode.INSTANT : AcceptanceMode.PROMISED, stem.fee,
					visits, online, accept, decide, villageCollect, stem.lifeEvents, List.copyOf(keywords));
			String special = !instant && stem.legalDays >= 10 && !department.specialSteps.isEmpty()
					&& random.nextInt(100) < 25 ? pick(random, department.specialSteps) : null;
			itemsByStem.computeIfAbsent(stem.name, key -> new ArrayList<>()).add(items.size());
			items.add(item);
			List<Variant> variants = variants(stem);
			for (int i = 0; i < situationsPerItem; i++) {
				situations.add(situation(department, stem, item, variants.get(i), i + 1, special, random));
			}
		}

		/**
		 * The sub-item's qualifiers: none for the main item, then the stem's own (or its volume's), then pairs of
		 * them with the volume's, then 第N类.
		 */
		private static List<String> qualifiers(Stem stem, List<String> pool, int variant) {
			if (variant == 0) {
				return List.of();
			}
			List<String> first = stem.qualifiers.isEmpty() ? pool : stem.qualifiers;
			int k = variant - 1;
			if (k < first.size()) {
				return List.of(first.get(k));
			}
			k -= first.size();
			for (String a : first) {
				for (String b : pool) {
					if (!a.equals(b) && k-- == 0) {
						return List.of(a, b);
					}
				}
			}
			return List.of("第" + (k + 1) + "类");
		}

		/** Action × applicant type, in the order a handbook lists them; numbered extra situations beyond that. */
		private List<Variant> variants(Stem stem) {
			var variants = new ArrayList<Variant>();
			var family = words.families.get(stem.type);
			for (Detail detail : family) {
				for (ApplicantType applicant : stem.applicants) {
					variants.add(new Variant(detail, applicant, stem.applicants.size() > 1));
				}
			}
			for (Detail detail : family) {
				for (ApplicantType applicant : ApplicantType.values()) {
					if (variants.size() < situationsPerItem && !stem.applicants.contains(applicant)) {
						variants.add(new Variant(detail, applicant, true));
					}
				}
			}
			for (int n = 1; variants.size() < situationsPerItem; n++) {
				variants.add(new Variant(new Detail(SituationAction.OTHER, "其他情形" + n), stem.applicants.get(0),
						stem.applicants.size() > 1));
			}
			return variants;
		}

		private Situation situation(Department department, Stem stem, ServiceItem item, Variant variant, int number,
				String special, Random random) {
			String code = item.code() + "-" + digits(number, 2);
			SituationAction action = variant.detail.action;
			String name = item.name() + "（" + variant.detail.text + "）"
					+ (variant.showApplicant ? "-" + shortLabel(variant.applicant) : "");
			boolean instant = item.mode() == AcceptanceMode.INSTANT || switch (action) {
				case QUERY -> true;
				case REISSUE, SUSPEND, RESUME, FILING -> random.nextBoolean();
				case CANCEL -> random.nextInt(100) < 30;
				default -> false;
			};
			int promised = instant ? 0 : switch (action) {
				case CHANGE, REISSUE, CANCEL -> Math.max(1, item.promisedDays() / 2);
				default -> item.promisedDays();
			};
			String formCode = "FT-" + code;
			String formName = stem.name + switch (action) {
				case CHANGE -> "变更";
				case RENEW -> "延续";
				case CANCEL -> "注销";
				case REISSUE -> "补办";
				default -> "";
			} + formSuffix(stem.type);
			var materials = materials(department, variant, formCode, formName, random);
			var form = new FormTemplate(formCode, formName, fields(department, variant.applicant, name, random));
			var steps = steps(department, instant, promised, special, random);
			return new Situation(code, item.code(), name, action, variant.detail.text, variant.applicant,
					instant ? AcceptanceMode.INSTANT : AcceptanceMode.PROMISED, promised, item.acceptLevels(),
					item.decideLevels(), item.villageCollect(), conditions(stem, variant, random), materials,
					List.of(form), steps,
					guide(department, item, variant, materials, formName, instant, promised, special),
					faqs(department, item, name, instant, promised, random), aliases(stem, variant, random),
					phrases(stem, variant, random));
		}

		private static String formSuffix(ItemType type) {
			return switch (type) {
				case LICENSING, ADJUDICATION -> "申请书";
				case CONFIRMATION -> "登记表";
				case LEVY, REWARD -> "申报表";
				case OTHER_POWER -> "备案表";
				default -> "申请表";
			};
		}

		private List<MaterialRequirement> materials(Department department, Variant variant, String formCode,
				String formName, Random random) {
			int count = 4 + random.nextInt(9);
			var delegation = List.of(
					new MaterialRequirement("授权委托书", MaterialForm.ORIGINAL, 1, false, "委托他人办理的",
							MaterialSource.APPLICANT, null, TrustGrade.C, false, false, "核对委托事项、权限和期限，委托人签名或盖章",
							null),
					new MaterialRequirement("受托人居民身份证", MaterialForm.ORIGINAL, 1, false, "委托他人办理的",
							MaterialSource.GOVERNMENT, "居民身份证", TrustGrade.A, false, false,
							"查验原件或调取电子身份证照；人证一致", null));
			var base = new ArrayList<MaterialRequirement>();
			base.add(new MaterialRequirement(formName, MaterialForm.ORIGINAL, 1, true, null, MaterialSource.APPLICANT,
					null, TrustGrade.C, true, false, "按零基础模板填写完整，申请人签名（按手印）或盖章", formCode));
			base.addAll(identity(variant.applicant));
			actionMaterial(variant.detail.action).ifPresent(base::add);
			int trailing = Math.min(delegation.size(), Math.max(0, count - base.size()) > 2 ? random.nextInt(3) : 0);
			var result = new ArrayList<>(base);
			var names = new LinkedHashSet<String>();
			result.forEach(material -> names.add(material.name()));
			var candidates = new ArrayList<>(department.materials);
			Collections.shuffle(candidates, random);
			var generic = new ArrayList<>(words.genericMaterials);
			Collections.shuffle(generic, random);
			candidates.addAll(generic);
			for (MaterialSpec spec : candidates) {
				if (result.size() >= count - trailing) {
					break;
				}
				if (names.add(spec.name)) {
					result.add(material(spec, random));
				}
			}
			for (int i = 0; i < trailing; i++) {
				result.add(delegation.get(i));
			}
			return result;
		}

		private static List<MaterialRequirement> identity(ApplicantType applicant) {
			String check = "查验原件或调取电子身份证照；人证一致、在有效期内";
			String licence = "通过电子证照库核验；名称、统一社会信用代码与申请一致";
			return switch (applicant) {
				case PERSON -> List.of(new MaterialRequirement("申请人居民身份证", MaterialForm.ORIGINAL, 1, true, null,
						MaterialSource.GOVERNMENT, "居民身份证", TrustGrade.A, true, false, check, null));
				case ENTERPRISE -> List.of(
						new MaterialRequirement("营业执照", MaterialForm.ORIGINAL, 1, true, null, MaterialSource.GOVERNMENT,
								"营业执照", TrustGrade.A, true, false, licence, null),
						new MaterialRequirement("法定代表人居民身份证", MaterialForm.COPY, 1, true, null,
								MaterialSource.GOVERNMENT, "居民身份证", TrustGrade.A, true, false, check, null));
				case INDIVIDUAL_BUSINESS -> List.of(
						new MaterialRequirement("营业执照（个体工商户）", MaterialForm.ORIGINAL, 1, true, null,
								MaterialSource.GOVERNMENT, "营业执照", TrustGrade.A, true, false, licence, null),
						new MaterialRequirement("经营者居民身份证", MaterialForm.ORIGINAL, 1, true, null,
								MaterialSource.GOVERNMENT, "居民身份证", TrustGrade.A, true, false, check, null));
				case ORGANIZATION -> List.of(
						new MaterialRequirement("统一社会信用代码证书（法人登记证书）", MaterialForm.ORIGINAL, 1, true, null,
								MaterialSource.GOVERNMENT, "统一社会信用代码证书", TrustGrade.A, true, false, licence, null),
						new MaterialRequirement("负责人居民身份证", MaterialForm.COPY, 1, true, null,
								MaterialSource.GOVERNMENT, "居民身份证", TrustGrade.A, true, false, check, null));
			};
		}

		private static Optional<MaterialRequirement> actionMaterial(SituationAction action) {
			record Spec(String name, MaterialForm form, TrustGrade grade, boolean pledge, String check) {
			}
			Spec spec = switch (action) {
				case CHANGE -> new Spec("变更事项的证明材料", MaterialForm.ORIGINAL_AND_COPY, TrustGrade.B, false,
						"核对变更前后信息，复印件与原件一致");
				case RENEW -> new Spec("原证件（正、副本）", MaterialForm.ORIGINAL, TrustGrade.B, false, "核对证件在有效期内，收回原证");
				case CANCEL -> new Spec("原证件（正、副本）或遗失声明", MaterialForm.ORIGINAL, TrustGrade.B, true, "收回原证；遗失的核对声明");
				case REISSUE -> new Spec("遗失或损毁情况说明", MaterialForm.ORIGINAL, TrustGrade.C, true, "申请人签名；损毁的收回原证");
				case TRANSFER -> new Spec("转出地出具的转移凭证", MaterialForm.ORIGINAL, TrustGrade.B, false, "核对转出信息与申请一致");
				case FILING -> new Spec("备案事项说明", MaterialForm.ORIGINAL, TrustGrade.C, true, "核对内容真实完整");
				case SUSPEND -> new Spec("暂停原因说明", MaterialForm.ORIGINAL, TrustGrade.C, true, "申请人签名或盖章");
				case RESUME -> new Spec("恢复申请说明", MaterialForm.ORIGINAL, TrustGrade.C, true, "申请人签名或盖章");
				default -> null;
			};
			return Optional.ofNullable(spec)
				.map(s -> new MaterialRequirement(s.name, s.form, 1, true, null, MaterialSource.APPLICANT, null, s.grade,
						!s.pledge, s.pledge, s.check, null));
		}

		private MaterialRequirement material(MaterialSpec spec, Random random) {
			boolean required = spec.condition == null;
			if (spec.licenseType != null) {
				return new MaterialRequirement(spec.name, MaterialForm.ORIGINAL, 1, required, spec.condition,
						MaterialSource.GOVERNMENT, spec.licenseType, TrustGrade.A, required && random.nextBoolean(), false,
						"通过电子证照库核验或查验原件；在有效期内", null);
			}
			int roll = random.nextInt(100);
			MaterialForm form = roll < 40 ? MaterialForm.ORIGINAL
					: roll < 60 ? MaterialForm.COPY : roll < 85 ? MaterialForm.ORIGINAL_AND_COPY : MaterialForm.ELECTRONIC;
			TrustGrade grade = spec.needsVerification ? TrustGrade.D
					: form == MaterialForm.ORIGINAL_AND_COPY ? TrustGrade.B : TrustGrade.C;
			boolean key = required && random.nextInt(100) < 60;
			return new MaterialRequirement(spec.name, form, form == MaterialForm.COPY ? 1 + random.nextInt(2) : 1,
					required, spec.condition, MaterialSource.APPLICANT, null, grade, key,
					!key && random.nextBoolean(), pick(random, words.checkNotes), null);
		}

		private List<FormTemplate.Field> fields(Department department, ApplicantType applicant, String situationName,
				Random random) {
			var fields = new ArrayList<FormTemplate.Field>();
			fields.add(new FormTemplate.Field("applyMatter", "申请事项", situationName, "按实际办理情形填写"));
			String entity = pick(random, APPLICANT_NAMES.get(applicant));
			String credit = "（填写18位统一社会信用代码）";
			String phone = "13800000000";
			switch (applicant) {
				case PERSON -> {
					fields.add(new FormTemplate.Field("name", "姓名", entity, "与身份证一致"));
					fields.add(new FormTemplate.Field("idNumber", "公民身份号码", "（填写本人18位身份证号码）", "18位号码"));
					fields.add(new FormTemplate.Field("phone", "联系电话", phone, "能联系到本人的手机"));
					fields.add(new FormTemplate.Field("address", "住址", "江西省青山县青山镇桃源村3组", "写到村（居）组、门牌"));
				}
				case ENTERPRISE -> {
					fields.add(new FormTemplate.Field("entityName", "企业名称", entity, "与营业执照一致"));
					fields.add(new FormTemplate.Field("creditCode", "统一社会信用代码", credit, "见营业执照"));
					fields.add(new FormTemplate.Field("legalRepresentative", "法定代表人", "张三", "与营业执照一致"));
					fields.add(new FormTemplate.Field("phone", "联系电话", phone, "经办人手机"));
				}
				case INDIVIDUAL_BUSINESS -> {
					fields.add(new FormTemplate.Field("entityName", "个体工商户名称", entity, "与营业执照一致"));
					fields.add(new FormTemplate.Field("creditCode", "统一社会信用代码", credit, "见营业执照"));
					fields.add(new FormTemplate.Field("operator", "经营者姓名", "张三", "与营业执照一致"));
					fields.add(new FormTemplate.Field("phone", "联系电话", phone, "经营者手机"));
				}
				case ORGANIZATION -> {
					fields.add(new FormTemplate.Field("entityName", "单位名称", entity, "与法人登记证书一致"));
					fields.add(new FormTemplate.Field("creditCode", "统一社会信用代码", credit, "见法人登记证书"));
					fields.add(new FormTemplate.Field("principal", "负责人", "李四", "单位主要负责人"));
					fields.add(new FormTemplate.Field("phone", "联系电话", phone, "经办人手机"));
				}
			}
			var domain = new ArrayList<>(department.fields);
			Collections.shuffle(domain, random);
			int wanted = 1 + random.nextInt(3);
			var used = new LinkedHashSet<String>();
			fields.forEach(field -> used.add(field.name()));
			for (FormTemplate.Field field : domain) {
				if (wanted > 0 && used.add(field.name())) {
					fields.add(field);
					wanted--;
				}
			}
			return fields;
		}

		/** 当场办结 for an instant situation; otherwise 2–4 steps whose counted days add up to the promised days. */
		private static List<ApprovalStep> steps(Department department, boolean instant, int promised, String special,
				Random random) {
			if (instant) {
				return List.of(new ApprovalStep("当场办结", StepRole.ACCEPTOR, department.code, 0, true));
			}
			var names = department.steps;
			int count = 2 + random.nextInt(3);
			int counted = special == null ? count : Math.max(2, count - 1);
			var middle = new ArrayList<>(names.subList(1, names.size() - 1));
			Collections.shuffle(middle, random);
			var chosen = new ArrayList<String>();
			chosen.add(names.get(0));
			var picked = middle.subList(0, Math.min(middle.size(), counted - 2));
			names.stream().filter(picked::contains).forEach(chosen::add);
			chosen.add(names.get(names.size() - 1));
			int[] weights = new int[chosen.size()];
			int sum = 0;
			for (int i = 0; i < weights.length; i++) {
				weights[i] = 1 + random.nextInt(3);
				sum += weights[i];
			}
			var steps = new ArrayList<ApprovalStep>();
			int given = 0;
			for (int i = 0; i < chosen.size(); i++) {
				int days = promised * weights[i] / sum;
				given += days;
				steps.add(new ApprovalStep(chosen.get(i), StepRole.APPROVER, department.code, days, true));
			}
			int rest = promised - given;
			int target = Math.min(1, steps.size() - 1);
			ApprovalStep adjusted = steps.get(target);
			steps.set(target, new ApprovalStep(adjusted.name(), adjusted.role(), adjusted.department(),
					adjusted.days() + rest, true));
			if (special != null) {
				steps.add(steps.size() - 1,
						new ApprovalStep(special, StepRole.APPROVER, department.code, 3 + random.nextInt(8), false));
			}
			return steps;
		}

		private static List<String> conditions(Stem stem, Variant variant, Random random) {
			var conditions = new ArrayList<String>();
			conditions.add(switch (variant.applicant) {
				case PERSON -> "申请人为具有完全民事行为能力的自然人，无民事行为能力或限制民事行为能力的由监护人代为申请。";
				case ENTERPRISE -> "申请人为依法登记的企业，营业执照在有效期内。";
				case INDIVIDUAL_BUSINESS -> "申请人为已登记的个体工商户，经营者与营业执照记载一致。";
				case ORGANIZATION -> "申请人为依法设立的机关、事业单位或社会组织。";
			});
			String byAction = switch (variant.detail.action) {
				case CHANGE -> "登记或许可事项发生变化的，应自变化之日起30日内申请变更。";
				case RENEW -> "应在证件有效期届满30个工作日前提出延续申请。";
				case CANCEL -> "已结清相关费用，没有未办结的事项。";
				case REISSUE -> "原证件遗失或损毁，已按规定声明作废或交回。";
				case TRANSFER -> "已在转出地办理相关手续，转入地符合接收条件。";
				case SUSPEND, RESUME -> "暂停或恢复的原因属实，并在规定期限内提出。";
				default -> null;
			};
			if (byAction != null) {
				conditions.add(byAction);
			}
			if (byAction == null || random.nextBoolean()) {
				conditions.add(switch (stem.type) {
					case LICENSING -> "场所、设施设备和人员符合" + stem.name + "的法定条件和标准。";
					case BENEFIT -> "属于" + stem.name + "的发放对象，符合规定的标准。";
					case CONFIRMATION -> "登记事项真实、合法，与提交的材料一致。";
					case LEVY -> "按规定期限如实申报，对申报内容的真实性负责。";
					case OTHER_POWER -> "备案事项真实，申请人承诺对材料的真实性负责。";
					case ADJUDICATION -> "有明确的请求和事实理由，属于受理范围。";
					case REWARD -> "符合评定标准，近三年无不良信用记录。";
					case PUBLIC_SERVICE -> "属于本县服务范围，信息真实完整。";
				});
			}
			return conditions;
		}

		private String guide(Department department, ServiceItem item, Variant variant,
				List<MaterialRequirement> materials, String formName, boolean instant, int promised, String special) {
			var text = new StringBuilder();
			String where = item.acceptLevels().contains(SiteLevel.TOWN) ? "县政务服务中心或就近的镇街便民服务中心"
					: "县政务服务中心" + department.shortName + "窗口";
			text.append(who(variant.applicant))
				.append("办理“")
				.append(item.name())
				.append("”")
				.append(variant.detail.text)
				.append("，可以到")
				.append(where)
				.append(item.villageCollect() ? "，村（社区）便民服务站可以代收材料" : "")
				.append("。");
			text.append("一般要准备")
				.append(String.join("、", materials.stream().skip(1).limit(3).map(MaterialRequirement::name).toList()))
				.append("等")
				.append(materials.size())
				.append("项材料，")
				.append(formName)
				.append("可以照着零基础模板填写。");
			if (instant) {
				text.append("材料齐全、符合条件的当场办结。");
			}
			else {
				text.append("材料齐全的当场受理，")
					.append(promised)
					.append("个工作日内办结")
					.append(special == null ? "" : "，" + special + "的时间不计算在内")
					.append("。");
			}
			if (item.online()) {
				text.append("也可以在“赣服通”或江西政务服务网上申请，办好后可以免费邮寄。");
			}
			if (!"不收费".equals(item.fee())) {
				text.append("收费标准：").append(item.fee()).append("。");
			}
			return text.toString();
		}

		private static List<Situation.Faq> faqs(Department department, ServiceItem item, String name, boolean instant,
				int promised, Random random) {
			var faqs = new ArrayList<Situation.Faq>();
			faqs.add(new Situation.Faq(name + "要多久能办好？", instant ? "材料齐全、符合条件的当场办结。"
					: "承诺" + promised + "个工作日内办结" + (item.legalDays() > 0 ? "，法定时限为" + item.legalDays() + "个工作日。" : "。")));
			var optional = new ArrayList<Situation.Faq>();
			optional.add(new Situation.Faq("可以请别人代办吗？", "可以。受托人带上授权委托书和本人身份证原件即可代为办理。"));
			optional.add(new Situation.Faq("在镇上能办吗？",
					item.acceptLevels().contains(SiteLevel.TOWN) ? "能，镇街便民服务中心可以受理，与县里同一标准。"
							: "目前需要到县政务服务中心" + department.shortName + "窗口办理，镇街便民服务中心可以帮办代办、代收材料。"));
			optional.add(new Situation.Faq("要收费吗？", "不收费".equals(item.fee()) ? "不收费。" : item.fee() + "。"));
			optional.add(new Situation.Faq("网上能办吗？",
					item.online() ? "能，在“赣服通”或江西政务服务网上搜索事项名称即可申请。" : "需要到窗口核验原件，可以先在网上预约。"));
			Collections.shuffle(optional, random);
			faqs.addAll(optional.subList(0, random.nextInt(3)));
			return faqs;
		}

		private List<String> aliases(Stem stem, Variant variant, Random random) {
			var verbs = words.actions.get(variant.detail.action).verbs;
			String keyword = pick(random, stem.keywords);
			String compact = variant.detail.text.replace("-", "");
			var aliases = new LinkedHashSet<String>();
			aliases.add(pick(random, verbs) + keyword);
			aliases.add(stem.name + compact);
			if (random.nextBoolean()) {
				aliases.add(keyword + compact);
			}
			return List.copyOf(aliases);
		}

		private List<String> phrases(Stem stem, Variant variant, Random random) {
			var action = words.actions.get(variant.detail.action);
			String who = switch (variant.applicant) {
				case PERSON -> "我";
				case ENTERPRISE -> "公司";
				case INDIVIDUAL_BUSINESS -> "个体户";
				case ORGANIZATION -> "单位";
			};
			int wanted = 2 + random.nextInt(4);
			var phrases = new LinkedHashSet<String>();
			for (int attempt = 0; phrases.size() < wanted && attempt < 20; attempt++) {
				phrases.add(PHRASES[random.nextInt(PHRASES.length)].replace("%v", pick(random, action.verbs))
					.replace("%s", pick(random, action.situations))
					.replace("%w", who)
					.replace("%k", pick(random, stem.keywords)));
			}
			return List.copyOf(phrases);
		}

		private List<Bundle> bundles(int count) {
			var themes = words.bundles;
			var bundles = new ArrayList<Bundle>();
			var itemNames = new HashMap<String, String>();
			items.forEach(item -> itemNames.put(item.code(), item.name()));
			int width = Math.max(3, String.valueOf(count).length());
			for (int i = 0; i < count; i++) {
				var random = new Random(seed ^ ((i + 1L) * 0xC2B2AE3D27D4EB4FL));
				BundleTheme theme = themes.get(i % themes.size());
				int round = i / themes.size();
				String suffix = round == 0 ? ""
						: round <= BUNDLE_SUFFIXES.length ? BUNDLE_SUFFIXES[round - 1] : "（第" + (round + 1) + "批）";
				var chosen = new LinkedHashMap<String, Situation>();
				for (String stem : theme.stems) {
					var candidates = itemsByStem.getOrDefault(stem, List.of());
					if (!candidates.isEmpty()) {
						Situation situation = memberOf(pick(random, candidates), theme.business);
						chosen.putIfAbsent(situation.code(), situation);
					}
				}
				while (chosen.size() < 2) {
					Situation situation = pick(random, situations);
					chosen.putIfAbsent(situation.code(), situation);
				}
				var members = new ArrayList<Bundle.Member>();
				chosen.keySet().forEach(code -> members.add(new Bundle.Member(code, members.isEmpty() ? 1 : 2)));
				String name = theme.name + suffix;
				var codes = List.copyOf(chosen.keySet());
				var names = chosen.values().stream().map(s -> itemNames.get(s.itemCode())).distinct().toList();
				boolean business = theme.business;
				var fields = List.of(
						new Bundle.Field("applicantName", business ? "申请单位（经营者）名称" : "申请人姓名",
								business ? "青山县张记餐饮有限公司" : "张三", codes),
						new Bundle.Field(business ? "creditCode" : "idNumber", business ? "统一社会信用代码" : "公民身份号码",
								business ? "（填写18位统一社会信用代码）" : "（填写本人18位身份证号码）", codes),
						new Bundle.Field("phone", "联系电话", "13800000000", codes),
						new Bundle.Field("address", business ? "经营场所" : "住址",
								business ? "青山县青山镇解放路18号" : "江西省青山县青山镇桃源村3组", codes),
						new Bundle.Field("matters", "联办事项", String.join("；", names), codes));
				String guide = "把" + String.join("、", names) + "合成一件事办：填一张联办申请表，交一套材料，在综合窗口一次提交。"
						+ (members.size() > 2 ? "第一项先办，其余事项由各部门同时审批。" : "") + "办结后证照统一发放，也可以免费邮寄。";
				bundles.add(new Bundle(String.format("B%0" + width + "d", i + 1), name, theme.lifeEvent,
						theme.phrases, members, new Bundle.MergedForm(name.replace("一件事", "一件事联办申请表"), fields),
						guide));
			}
			return bundles;
		}

		/** The member situation an item contributes: the first 新办/申请 one for the right kind of applicant. */
		private Situation memberOf(int itemIndex, boolean business) {
			var own = situations.subList(itemIndex * situationsPerItem, (itemIndex + 1) * situationsPerItem);
			return own.stream()
				.filter(s -> s.action() == SituationAction.NEW || s.action() == SituationAction.APPLY)
				.filter(s -> business == (s.applicantType() != ApplicantType.PERSON))
				.findFirst()
				.orElse(own.get(0));
		}

		private List<Synonym> synonyms() {
			var synonyms = new ArrayList<Synonym>();
			words.actions.forEach((action, said) -> {
				var aliases = new LinkedHashSet<String>(said.verbs);
				aliases.addAll(said.situations);
				aliases.remove(action.label());
				synonyms.add(new Synonym(action.label(), List.copyOf(aliases), "ACTION", action));
			});
			words.concepts.forEach((term, aliases) -> synonyms.add(new Synonym(term, aliases, "CONCEPT", null)));
			for (Department department : words.departments) {
				for (Stem stem : department.stems) {
					synonyms.add(new Synonym(stem.name, stem.keywords, "CONCEPT", null));
				}
			}
			return synonyms;
		}

		private static String who(ApplicantType applicant) {
			return switch (applicant) {
				case PERSON -> "群众个人";
				case ENTERPRISE -> "企业";
				case INDIVIDUAL_BUSINESS -> "个体工商户";
				case ORGANIZATION -> "机关事业单位和社会组织";
			};
		}

		private static String shortLabel(ApplicantType applicant) {
			return switch (applicant) {
				case PERSON -> "个人";
				case ENTERPRISE -> "企业";
				case INDIVIDUAL_BUSINESS -> "个体工商户";
				case ORGANIZATION -> "机关事业单位";
			};
		}

		private static String digits(int value, int width) {
			String text = Integer.toString(value);
			return "0".repeat(Math.max(0, width - text.length())) + text;
		}

		private static <T> T pick(Random random, List<T> values) {
			return values.get(random.nextInt(values.size()));
		}

		private static <T> T pick(Random random, T[] values) {
			return values[random.nextInt(values.length)];
		}
	}

	private record Variant(Detail detail, ApplicantType applicant, boolean showApplicant) {
	}

	private record Detail(SituationAction action, String text) {
	}

	private record Stem(String name, ItemType type, HandbookVolume volume, int legalDays, int promisedDays,
			List<ApplicantType> applicants, List<String> lifeEvents, List<String> keywords, String legalBasis,
			String fee, List<String> qualifiers) {
	}

	/** @param needsVerification a report or assessment the hall cannot judge on its face (trust grade D) */
	private record MaterialSpec(String name, String licenseType, String condition, boolean needsVerification) {

		private static final Pattern VERIFIED = Pattern.compile(".*(报告|评估|检测|鉴定|勘|评价).*");

		static MaterialSpec parse(String spec) {
			String condition = null;
			String licence = null;
			int at = spec.indexOf('@');
			if (at >= 0) {
				condition = spec.substring(at + 1);
				spec = spec.substring(0, at);
			}
			int hash = spec.indexOf('#');
			if (hash >= 0) {
				licence = spec.substring(hash + 1);
				spec = spec.substring(0, hash);
			}
			return new MaterialSpec(spec, licence, condition, VERIFIED.matcher(spec).matches());
		}
	}

	private record Department(String code, String number, int weight, String shortName, List<String> steps,
			List<String> specialSteps, List<MaterialSpec> materials, List<FormTemplate.Field> fields,
			List<Stem> stems) {
	}

	private record ActionWords(List<String> verbs, List<String> situations) {
	}

	private record BundleTheme(String name, String lifeEvent, List<String> stems, List<String> phrases,
			boolean business) {
	}

	/** The parsed {@code vocabulary.txt}. */
	private static final class Vocabulary {

		static final Vocabulary INSTANCE = read(VOCABULARY);

		final List<Department> departments = new ArrayList<>();
		final Map<HandbookVolume, List<String>> qualifiers = new EnumMap<>(HandbookVolume.class);
		final Map<SituationAction, ActionWords> actions = new EnumMap<>(SituationAction.class);
		final Map<String, List<String>> concepts = new LinkedHashMap<>();
		final List<BundleTheme> bundles = new ArrayList<>();
		final List<HallService> hallServices = new ArrayList<>();
		final Map<ItemType, List<Detail>> families = families();
		final List<MaterialSpec> genericMaterials = List.of(MaterialSpec.parse("申请人信用承诺书"),
				MaterialSpec.parse("经办人身份证件@由经办人办理的"), MaterialSpec.parse("情况说明@材料信息不一致的"),
				MaterialSpec.parse("现场照片"), MaterialSpec.parse("有关部门意见@法律法规规定需要征求意见的"),
				MaterialSpec.parse("其他证明材料@审查中需要补充的"), MaterialSpec.parse("申请材料目录清单"));
		final List<String> checkNotes = List.of("核对内容真实完整", "核对签字盖章；名称与营业执照一致", "核对与申请事项一致、在有效期内",
				"核对复印件与原件一致，加盖公章或签名", "核对数据与申请表填写一致", "书面审查，必要时现场核实");

		private static Map<ItemType, List<Detail>> families() {
			var licence = details("NEW:新办", "CHANGE:变更-名称", "CHANGE:变更-法定代表人（负责人）", "CHANGE:变更-地址",
					"CHANGE:变更-许可范围", "RENEW:延续", "REISSUE:补证", "CANCEL:注销", "RENEW:换证", "CHANGE:变更-其他事项",
					"FILING:变更备案", "TRANSFER:迁移", "SUSPEND:暂停", "RESUME:恢复", "QUERY:信息查询", "OTHER:撤回申请");
			var registration = details("APPLY:首次办理", "CHANGE:变更", "REISSUE:补领", "RENEW:换领", "CANCEL:注销",
					"TRANSFER:转移", "CHANGE:更正", "QUERY:查询证明", "FILING:备案", "SUSPEND:暂停", "RESUME:恢复",
					"OTHER:撤回申请");
			var benefit = details("APPLY:申请", "CHANGE:变更信息", "SUSPEND:暂停发放", "RESUME:恢复发放", "CANCEL:终止",
					"TRANSFER:转移", "QUERY:查询证明", "REISSUE:补发", "CHANGE:调整标准", "APPLY:复核申请", "OTHER:资格认证");
			var levy = details("APPLY:申报", "CHANGE:更正申报", "APPLY:减免申请", "SUSPEND:缓缴", "OTHER:退费",
					"QUERY:开具证明", "CANCEL:注销", "CHANGE:变更信息", "FILING:备案");
			var adjudication = details("APPLY:申请", "CHANGE:变更请求", "CANCEL:撤回申请", "OTHER:补正材料",
					"QUERY:进度查询", "APPLY:执行申请", "OTHER:证据保全", "REISSUE:补发文书");
			var filing = details("FILING:备案", "CHANGE:变更备案", "CANCEL:注销备案", "REISSUE:补办", "RENEW:延续",
					"QUERY:查询", "APPLY:申请", "SUSPEND:暂停", "RESUME:恢复", "OTHER:年度报告");
			var service = details("APPLY:办理", "CHANGE:变更", "QUERY:查询", "TRANSFER:转移接续", "CANCEL:注销",
					"REISSUE:补办", "SUSPEND:暂停", "RESUME:恢复", "FILING:备案", "OTHER:预约办理");
			var families = new EnumMap<ItemType, List<Detail>>(ItemType.class);
			families.put(ItemType.LICENSING, licence);
			families.put(ItemType.CONFIRMATION, registration);
			families.put(ItemType.BENEFIT, benefit);
			families.put(ItemType.REWARD, benefit);
			families.put(ItemType.LEVY, levy);
			families.put(ItemType.ADJUDICATION, adjudication);
			families.put(ItemType.OTHER_POWER, filing);
			families.put(ItemType.PUBLIC_SERVICE, service);
			return families;
		}

		private static List<Detail> details(String... specs) {
			return Arrays.stream(specs).map(spec -> {
				int colon = spec.indexOf(':');
				return new Detail(SituationAction.valueOf(spec.substring(0, colon)), spec.substring(colon + 1));
			}).toList();
		}

		static Vocabulary read(String resource) {
			InputStream in = SyntheticCatalog.class.getClassLoader().getResourceAsStream(resource);
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				var vocabulary = new Vocabulary();
				vocabulary.parse(reader.lines().toList());
				return vocabulary;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void parse(List<String> lines) {
			String section = null;
			DepartmentBuilder department = null;
			String template = null;
			for (String raw : lines) {
				String line = raw.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				if (line.startsWith("@")) {
					if (department != null) {
						departments.add(department.build());
						department = null;
					}
					String[] head = line.substring(1).split(" ");
					section = head[0];
					if (head.length > 1) {
						department = new DepartmentBuilder(head[0], head[1], Integer.parseInt(head[2]), head[3]);
					}
					continue;
				}
				if (department != null) {
					department.line(line);
					continue;
				}
				switch (section) {
					case "QUALIFIERS" -> {
						int space = line.indexOf(' ');
						qualifiers.put(HandbookVolume.valueOf(line.substring(0, space)), list(line.substring(space + 1)));
					}
					case "ACTIONS" -> {
						int space = line.indexOf(' ');
						String[] parts = line.substring(space + 1).split("\\|");
						actions.put(SituationAction.valueOf(line.substring(0, space)),
								new ActionWords(list(parts[0]), list(parts[1])));
					}
					case "SYNONYMS" -> {
						String[] parts = line.split("\\|");
						concepts.put(parts[0], list(parts[1]));
					}
					case "BUNDLES" -> {
						if (line.startsWith("t ")) {
							template = line.substring(2);
						}
						else if (line.startsWith("shop ")) {
							String[] shop = line.substring(5).split("\\|");
							String[] parts = template.split("\\|");
							String word = shop[0].contains("（") ? shop[0].substring(0, shop[0].indexOf('（')) : shop[0];
							bundles.add(new BundleTheme(parts[0].replace("{shop}", shop[0]), parts[1], list(shop[1]),
									list(parts[2].replace("{shop}", word)), true));
						}
						else if (line.startsWith("b ")) {
							String[] parts = line.substring(2).split("\\|");
							bundles.add(new BundleTheme(parts[0], parts[1], list(parts[2]), list(parts[3]), false));
						}
					}
					case "HALL" -> {
						String[] parts = line.split("\\|");
						hallServices.add(new HallService(parts[0], parts[1], parts[3], parts[2], list(parts[4])));
					}
					default -> throw new IllegalStateException("unexpected line in " + VOCABULARY + ": " + line);
				}
			}
			if (department != null) {
				departments.add(department.build());
			}
			check();
		}

		/** Fails at once on a vocabulary the generator cannot use. */
		private void check() {
			var stems = new LinkedHashSet<String>();
			for (Department department : departments) {
				if (department.steps.size() < 2) {
					throw new IllegalStateException(department.code + " needs at least two step names");
				}
				for (Stem stem : department.stems) {
					if (!stems.add(stem.name)) {
						throw new IllegalStateException("stem twice: " + stem.name);
					}
					if (stem.legalDays > 0 && stem.promisedDays > stem.legalDays) {
						throw new IllegalStateException("promised days beyond the legal ones: " + stem.name);
					}
				}
			}
			for (BundleTheme theme : bundles) {
				for (String stem : theme.stems) {
					if (!stems.contains(stem)) {
						throw new IllegalStateException("bundle " + theme.name + " names an unknown stem: " + stem);
					}
				}
			}
			for (HandbookVolume volume : HandbookVolume.values()) {
				if (!qualifiers.containsKey(volume)) {
					throw new IllegalStateException("no qualifiers for " + volume);
				}
			}
			for (SituationAction action : SituationAction.values()) {
				if (!actions.containsKey(action)) {
					throw new IllegalStateException("no words for " + action);
				}
			}
		}

		static List<String> list(String text) {
			return text == null || text.isBlank() ? List.of()
					: Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

	private static final class DepartmentBuilder {

		private final String code;
		private final String number;
		private final int weight;
		private final String shortName;
		private List<String> steps = List.of();
		private List<String> specialSteps = List.of();
		private List<MaterialSpec> materials = List.of();
		private List<FormTemplate.Field> fields = List.of();
		private final List<Stem> stems = new ArrayList<>();

		DepartmentBuilder(String code, String number, int weight, String shortName) {
			this.code = code;
			this.number = number;
			this.weight = weight;
			this.shortName = shortName;
		}

		void line(String line) {
			int space = line.indexOf(' ');
			String kind = space < 0 ? line : line.substring(0, space);
			String rest = space < 0 ? "" : line.substring(space + 1);
			switch (kind) {
				case "s" -> steps = Vocabulary.list(rest);
				case "x" -> specialSteps = Vocabulary.list(rest);
				case "m" -> materials = Vocabulary.list(rest).stream().map(MaterialSpec::parse).toList();
				case "f" -> fields = Vocabulary.list(rest).stream().map(spec -> {
					String[] parts = spec.split(":");
					return new FormTemplate.Field(parts[0], parts[1], parts[2], parts[3]);
				}).toList();
				case "i" -> stems.add(stem(rest));
				default -> throw new IllegalStateException("unexpected line in " + VOCABULARY + ": " + line);
			}
		}

		private static Stem stem(String spec) {
			String[] parts = spec.split("\\|", -1);
			String[] days = parts[3].split("/");
			var applicants = new ArrayList<ApplicantType>();
			for (char letter : parts[4].toCharArray()) {
				applicants.add(switch (letter) {
					case 'E' -> ApplicantType.ENTERPRISE;
					case 'B' -> ApplicantType.INDIVIDUAL_BUSINESS;
					case 'P' -> ApplicantType.PERSON;
					case 'O' -> ApplicantType.ORGANIZATION;
					default -> throw new IllegalStateException("unknown applicant " + letter + " in " + spec);
				});
			}
			HandbookVolume volume = switch (parts[2]) {
				case "E" -> HandbookVolume.ENTERPRISE;
				case "S" -> HandbookVolume.SOCIAL;
				case "I" -> HandbookVolume.INVESTMENT;
				case "T" -> HandbookVolume.TOWN;
				default -> throw new IllegalStateException("unknown volume in " + spec);
			};
			return new Stem(parts[0], ItemType.ofCode(parts[1]), volume, Integer.parseInt(days[0]),
					Integer.parseInt(days[1]), List.copyOf(applicants), Vocabulary.list(parts[5]),
					Vocabulary.list(parts[6]), parts[7], parts[8].isBlank() ? "不收费" : parts[8],
					Vocabulary.list(parts[9]));
		}

		Department build() {
			return new Department(code, number, weight, shortName, steps, specialSteps, materials, fields,
					List.copyOf(stems));
		}
	}
}
