package org.onewindow.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.onewindow.acceptance.AcceptanceSetup;
import org.onewindow.acceptance.AcceptanceSetup.Applicant;
import org.onewindow.approval.ApprovalSetup;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.delivery.DeliverySetup;
import org.onewindow.escalation.EscalationSetup;
import org.onewindow.escalation.EscalationSetup.Report;
import org.onewindow.evaluation.EvaluationSetup;
import org.onewindow.platform.Backdating;
import org.onewindow.site.CounterSummary;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.staff.StaffSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * The demo county's cases (演示办件): fourteen cases of the shipped handbook at the county center and the 青山镇
 * sub-center, and two 办不成事 matters, told as they happened over the last working days, so that 办件列表, 网上预审,
 * 审批待办, 电子监察, 统一出件, 好差评 / 整改 and 办不成事 show work the first time the system runs. docs/demo.md
 * lists them and which demo login sees what.
 * <p>
 * Everything is made through the modules' own services, the ones their HTTP endpoints call, with the same checks
 * (the {@code *Setup} classes of acceptance, approval, delivery, evaluation and escalation): as the demo logins of
 * {@code demo/county.json} ({@link StaffSetup#actingAs}) or, for online applications and ratings, as the citizen
 * without any staff login. No row of another module is written here. Whatever those steps set off (the back office's
 * tasks, the delivery, the service to rate, the rectification, the issue ledger's entries) is done by the modules'
 * own event listeners, which the story waits for before its next step.
 * <p>
 * The legal clock needs cases accepted days ago (a case is yellow from two thirds of its promised working days, red
 * after them), and the HTTP API rightly accepts a case only today. So each step runs {@link Backdating backdated}:
 * the application's clock, in this thread and in the listeners the step sets off, reads the moment the story gives
 * (e.g. 09:40 four working days ago, ticking on from there), and the services date the case, its number, its
 * promised date, its tasks, its timeline and its text messages by it, exactly as they would have on that day. Other
 * threads and requests keep the real time meanwhile.
 */
@Component
class DemoCases {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	/** How long the story waits for the event listeners of one step. */
	private static final Duration EVENTS = Duration.ofSeconds(30);

	// the demo logins of demo/county.json who act in the story
	static final String CLERK = "acceptor";
	static final String APPROVER = "approver";
	static final String DELIVERY_CLERK = "delivery";
	static final String GUIDE = "guide";
	static final String TOWN_CLERK = "town_clerk";
	static final String VILLAGE_CLERK = "village_clerk";

	static final String TOWN = "青山镇便民服务中心";
	static final String VILLAGE = "桃源村便民服务站";

	// the situations of the shipped handbook the cases are about
	static final String CHANGE_ADDRESS = "0101002000-02";
	static final String CHANGE_SCOPE = "0101002000-05";
	static final String SIMPLE_DEREGISTRATION = "0101004000-01";
	static final String SOLE_TRADER_NEW = "0101008000-01";
	static final String SOLE_TRADER_SCOPE = "0101008000-06";
	static final String FOOD_LICENCE_NEW_TRADER = "0101010000-04";
	static final String FOOD_LICENCE_RENEWAL_COMPANY = "0101010000-10";
	static final String FOOD_LICENCE_RENEWAL_TRADER = "0101010000-11";
	static final String PHARMACY_CHANGE = "0101016000-04";
	static final String LICENCE_REISSUE_COMPANY = "1001009000-01";
	static final String LICENCE_REISSUE_TRADER = "1001009000-02";
	static final String PREPACKED_FOOD_FILING = "1001011000-02";
	static final String SMALL_GROCERY = "1001014000-02";
	static final String STREET_FOOD_STALL = "1001015000-01";
	static final String OLD_AGE_ALLOWANCE = "0504009000-01";

	// the applicants: valid fake ID numbers (GB 11643) and credit codes (GB 32100) of 青山县 (360899), test phones
	static final Applicant LIU_CHUNYAN = Applicant.person("刘春燕", "36089919860412026X", "13800001002");
	static final Applicant HUANG_JIANHUA = Applicant.person("黄建华", "360899197209180137", "13800001003");
	static final Applicant CHEN_GUOQIANG = Applicant.person("陈国强", "360899198003050315", "13800001004");
	static final Applicant ZHOU_XIAOMEI = Applicant.person("周小梅", "36089919930721044X", "13800001007");
	static final Applicant LI_GUILAN = Applicant.person("李桂兰", "360899195801260620", "13800001010");
	static final Applicant WU_HAIYAN = Applicant.person("吴海燕", "360899198906140282", "13800001012");
	static final Applicant HU_DEMING = Applicant.person("胡德明", "360899197608300570", "13800001020");
	static final Applicant DENG_LIJUAN = Applicant.person("邓丽娟", "360899199102170464", "13800001021");
	static final Applicant HU_SHUNFA = Applicant.person("胡顺发", "360899194103150032", "13800001022");
	static final Applicant LVYUAN = Applicant.organization("青山县绿源农产品有限公司", "91360899MA35QW8R18",
			"13800001001", "王志刚", "360899197509230191");
	static final Applicant HAOWEIDAO = Applicant.organization("青山县好味道餐饮管理有限公司", "91360899MA38XK6T2E",
			"13800001005", "何建军", "360899198403270739");
	static final Applicant RENHE = Applicant.organization("青山县仁和大药房有限公司", "91360899MA36BN4P5E", "13800001006",
			"孙伟", "360899197901020359");
	static final Applicant QINGSHAN_TEA = Applicant.organization("江西青山茶业有限公司", "91360899MA39HL7C3M",
			"13800001008", "赵红梅", "360899198205110240");
	static final Applicant XINDA = Applicant.organization("青山县鑫达建材有限公司", "91360899MA37DF5N8U", "13800001009",
			"钱立新", "360899196907150512");
	static final Applicant SHUNDA = Applicant.organization("青山县顺达物流有限公司", "91360899MA3A7K2L06", "13800001011",
			"马俊", "360899199504200152");

	private final Clock clock;
	private final WorkingCalendar calendar;
	private final SiteManagement sites;
	private final CatalogManagement catalog;
	private final StaffSetup staff;
	private final AcceptanceSetup frontDesk;
	private final ApprovalSetup backOffice;
	private final DeliverySetup deliveryCounter;
	private final EvaluationSetup evaluation;
	private final EscalationSetup escalation;
	private final EventPublicationRegistry events;

	DemoCases(Clock clock, WorkingCalendar calendar, SiteManagement sites, CatalogManagement catalog,
			StaffSetup staff, AcceptanceSetup frontDesk, ApprovalSetup backOffice, DeliverySetup deliveryCounter,
			EvaluationSetup evaluation, EscalationSetup escalation, EventPublicationRegistry events) {
		this.clock = clock;
		this.calendar = calendar;
		this.sites = sites;
		this.catalog = catalog;
		this.staff = staff;
		this.frontDesk = frontDesk;
		this.backOffice = backOffice;
		this.deliveryCounter = deliveryCounter;
		this.evaluation = evaluation;
		this.escalation = escalation;
		this.events = events;
	}

	/** Tells the whole story, oldest cases first. */
	void tell() {
		LocalDate today = LocalDate.now(clock);
		var county = sites.activeSites()
			.stream()
			.filter(s -> s.level() == SiteLevel.COUNTY)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo county has no county center"));
		var town = sites.activeSites()
			.stream()
			.filter(s -> s.name().equals(TOWN))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo county has no " + TOWN));
		var village = sites.activeSites()
			.stream()
			.filter(s -> s.name().equals(VILLAGE))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo county has no " + VILLAGE));
		var story = new Story(today, county, town, village);
		story.deregisteredAndRatedBadly();
		story.streetStallRatedWell();
		story.secondStepAndYellow();
		story.overdueAndRed();
		story.mailedResult();
		story.pharmacyDueToday();
		story.reissuedAtTheTown();
		story.matterAtTheWindow();
		story.pendingSupplement();
		story.deficiencyAcceptance();
		story.acceptedThisMorning();
		story.readyForPickup();
		story.toBeMailed();
		story.prepackedFoodAtTheTown();
		story.appliedOnline();
		story.matterReportedOnline();
		story.collectedAtTheVillage();
		log.info("演示办件已生成：县政务服务中心 12 件、{} 2 件、{} 1 件（村代办，待镇接收），办不成事 2 件", TOWN, VILLAGE);
	}

	/**
	 * The cases, each a few steps on its days; {@code W(n)} in the comments is the working day n working days of the
	 * legal clock before today (see {@code dayOf}).
	 */
	private final class Story {

		private final LocalDate today;
		private final SiteSummary county;
		private final SiteSummary town;
		private final SiteSummary village;

		Story(LocalDate today, SiteSummary county, SiteSummary town, SiteSummary village) {
			this.today = today;
			this.county = county;
			this.town = town;
			this.village = village;
		}

		/** W(6) 简易注销 accepted, W(5) approved, W(4) collected, W(3) 不满意 online, W(2) the department calls back. */
		void deregisteredAndRatedBadly() {
			long id = opened(county, 1, daysAgo(6, 9, 20), SIMPLE_DEREGISTRATION, SHUNDA, Map.of("entityName",
					SHUNDA.name(), "address", "江西省吉安市青山县工业园区物流大道12号", "legalRep", "马俊", "liaison",
					"马俊 13800001011", "noticeDate", "公示期20日，已满无异议", "reason", "股东决定解散"));
			as(CLERK, daysAgo(6, 9, 26), () -> frontDesk.handIn(id, List.of()));
			as(CLERK, daysAgo(6, 9, 31), () -> frontDesk.accept(id));
			as(APPROVER, daysAgo(5, 16, 0), () -> backOffice.approve(id, "公示期满无异议，准予简易注销登记"));
			as(DELIVERY_CLERK, daysAgo(4, 10, 5), () -> deliveryCounter.pickUp(id, "360899199504200152", "马俊"));
			String token = as(DELIVERY_CLERK, daysAgo(4, 10, 6), () -> evaluation.ratingToken(id));
			long rating = asCitizen(daysAgo(3, 19, 30), () -> evaluation.rate(token, "不满意",
					List.of("办理时限", "服务效率"), "取件那天出件窗口只开了一个，排队等了四十多分钟。"));
			as(APPROVER, daysAgo(2, 10, 0), () -> evaluation.callBack(rating,
					"已电话回访马先生并致歉：当日出件窗口一名工作人员临时调岗；已商中心在出件高峰时段增开一个窗口，核实后反馈。"));
		}

		/** W(5) a street food stall registered on the spot, collected, rated 非常满意. */
		void streetStallRatedWell() {
			long id = opened(county, 3, daysAgo(5, 10, 10), STREET_FOOD_STALL, LI_GUILAN,
					Map.of("name", "李桂兰", "phone", "13800001010", "place", "青山县青山镇人民广场东侧临时摊点区", "hours",
							"每日17:00—21:30", "items", "烤红薯、煮玉米、茶叶蛋"));
			as(CLERK, daysAgo(5, 10, 14), () -> frontDesk.handIn(id, List.of()));
			as(CLERK, daysAgo(5, 10, 18), () -> frontDesk.instant(id));
			as(DELIVERY_CLERK, daysAgo(5, 10, 35), () -> deliveryCounter.pickUp(id, "360899195801260620", "李桂兰"));
			String token = as(DELIVERY_CLERK, daysAgo(5, 10, 36), () -> evaluation.ratingToken(id));
			asCitizen(daysAgo(5, 11, 2), () -> evaluation.rate(token, "非常满意", List.of(),
					"窗口一次就办好了，工作人员很耐心，还告诉我健康证到哪里办。"));
		}

		/** W(4) accepted (promised 5 days), W(3) 材料审查 approved, W(2) 现场核查 signed for: yellow. */
		void secondStepAndYellow() {
			long id = opened(county, 1, daysAgo(4, 9, 40), SMALL_GROCERY, CHEN_GUOQIANG, Map.of("operatorName",
					"青山县青山镇国强食杂店", "operator", "陈国强", "site", "江西省吉安市青山县青山镇建设路27号", "kind", "小食杂店",
					"area", "24", "projects", "散装食品销售；预包装食品销售"));
			as(CLERK, daysAgo(4, 9, 46), () -> frontDesk.handIn(id, List.of()));
			as(CLERK, daysAgo(4, 9, 52), () -> frontDesk.accept(id));
			as(APPROVER, daysAgo(3, 9, 15), () -> backOffice.approve(id, "材料齐全，符合要求，转现场核查"));
			as(APPROVER, daysAgo(2, 14, 10), () -> backOffice.claim(id));
		}

		/** W(4) a renewal accepted (promised 2 days), W(3) signed for and still undecided: red. */
		void overdueAndRed() {
			long id = opened(county, 2, daysAgo(4, 14, 20), FOOD_LICENCE_RENEWAL_COMPANY, HAOWEIDAO, Map.of(
					"operatorName", HAOWEIDAO.name(), "creditCode", HAOWEIDAO.creditCode().value(), "legalRep", "何建军",
					"site", "江西省吉安市青山县青山镇人民路118号", "bizType", "餐饮服务经营者", "projects",
					"热食类食品制售；冷食类食品制售；自制饮品制售", "foodSafetyManager", "何建军 13800001005", "licenceNo",
					"JY23608990012345"));
			as(CLERK, daysAgo(4, 14, 26), () -> frontDesk.handIn(id, List.of()));
			as(CLERK, daysAgo(4, 14, 31), () -> frontDesk.accept(id));
			as(APPROVER, daysAgo(3, 10, 5), () -> backOffice.claim(id));
		}

		/** W(3) accepted with 邮帮办, W(2) approved, W(1) mailed by EMS: 已寄出. */
		void mailedResult() {
			long id = opened(county, 2, daysAgo(3, 10, 30), CHANGE_SCOPE, QINGSHAN_TEA, Map.of("entityName",
					QINGSHAN_TEA.name(), "address", "江西省吉安市青山县工业园区茶香路8号", "legalRep", "赵红梅", "liaison",
					"赵红梅 13800001008", "changeItem", "经营范围", "before", "一般项目：茶叶种植；初级农产品收购", "after",
					"一般项目：茶叶种植；初级农产品收购；农副产品销售；许可项目：食品销售"));
			as(CLERK, daysAgo(3, 10, 33),
					() -> frontDesk.mailTo(id, "赵红梅", "13800001008", "江西省吉安市青山县工业园区茶香路8号 江西青山茶业有限公司"));
			as(CLERK, daysAgo(3, 10, 36), () -> frontDesk.handIn(id, List.of()));
			as(CLERK, daysAgo(3, 10, 40), () -> frontDesk.accept(id));
			as(APPROVER, daysAgo(2, 15, 0), () -> backOffice.approve(id, "经营范围变更符合规定，准予变更登记"));
			as(DELIVERY_CLERK, daysAgo(1, 9, 30), () -> deliveryCounter.mail(id, "EMS", "1100873592614"));
		}

		/** W(2) a pharmacy's change accepted (promised 2 days), nobody has signed for it: yellow, due today. */
		void pharmacyDueToday() {
			long id = opened(county, 3, daysAgo(2, 16, 10), PHARMACY_CHANGE, RENHE, Map.of("entityName", RENHE.name(),
					"legalRep", "孙伟", "principal", "孙伟", "qualityManager", "林晓红（执业药师）", "site",
					"江西省吉安市青山县青山镇人民路30号", "scope", "中药饮片、中成药、化学药、生物制品（除疫苗）", "mode", "药品零售",
					"changeItem", "经营地址门牌号由人民路28号变更为人民路30号（地名调整，实际位置未变）"));
			as(CLERK, daysAgo(2, 16, 15), () -> frontDesk.handIn(id, List.of()));
			as(CLERK, daysAgo(2, 16, 20), () -> frontDesk.accept(id));
		}

		/** W(2) at 青山镇: a sole trader's licence reissued on the spot, collected, rated 满意. */
		void reissuedAtTheTown() {
			long id = opened(town, TOWN_CLERK, 1, daysAgo(2, 10, 0), LICENCE_REISSUE_TRADER, HU_DEMING,
					Map.of("shopName", "青山县青山镇德明农资店", "operator", "胡德明", "site", "江西省吉安市青山县青山镇桃源村3组",
							"phone", "13800001020", "reason", "正本遗失，已在公示系统公告作废"));
			as(TOWN_CLERK, daysAgo(2, 10, 4), () -> frontDesk.handIn(id, List.of()));
			as(TOWN_CLERK, daysAgo(2, 10, 8), () -> frontDesk.instant(id));
			as(TOWN_CLERK, daysAgo(2, 10, 25), () -> deliveryCounter.pickUp(id, "360899197608300570", "胡德明"));
			String token = as(TOWN_CLERK, daysAgo(2, 10, 26), () -> evaluation.ratingToken(id));
			asCitizen(daysAgo(2, 10, 40), () -> evaluation.rate(token, "满意", List.of(), "在镇上就补办好了，不用跑县城。"));
		}

		/** W(2) 办不成事 taken in by the guide: an inheritance transfer the counter could not accept, 疑难 (7 days). */
		void matterAtTheWindow() {
			as(GUIDE, daysAgo(2, 11, 20), () -> escalation.registerAtWindow(new Report("杨秀英", "13800001014",
					"360899196308090829", "父亲去世后办理房屋继承过户，窗口要求全部继承人到场，无法办理",
					"本人系独生女，母亲已于2019年去世，父亲名下青山镇解放路住房需办理继承转移登记。窗口称须提供祖父母死亡证明，"
							+ "但二老去世多年、原始证明已遗失，村委会只能出具情况说明。",
					"0708002000", "要求全部法定继承人到场或提供祖父母死亡证明", "不动产登记窗口"), "DIFFICULT"));
		}

		/** W(1) a change of address waits in 待补正: one-time notice of the missing and the wrong material. */
		void pendingSupplement() {
			long id = opened(county, 2, daysAgo(1, 15, 5), CHANGE_ADDRESS, LVYUAN, Map.of("entityName", LVYUAN.name(),
					"address", "江西省吉安市青山县青山镇解放路88号", "legalRep", "王志刚", "liaison", "王志刚 13800001001",
					"changeItem", "住所", "before", "江西省吉安市青山县青山镇解放路88号", "after",
					"江西省吉安市青山县青山镇建设路16号"));
			as(CLERK, daysAgo(1, 15, 12), () -> frontDesk.handIn(id, nonKeyRequired(CHANGE_ADDRESS)));
			as(CLERK, daysAgo(1, 15, 20), () -> frontDesk.notice(id,
					Map.of("股东会决议（或股东决定）", "决议未载明变更后的住所地址，且缺少股东李明签字"),
					"请补齐后到综合受理窗口办理，可通过“预约取号”预约时间，材料齐全当天办结。"));
		}

		/** W(1) 容缺受理: the non-key material owed within three working days; 材料审查 not signed for yet. */
		void deficiencyAcceptance() {
			long id = opened(county, 1, daysAgo(1, 9, 35), FOOD_LICENCE_NEW_TRADER, LIU_CHUNYAN, Map.of("operatorName",
					"青山县青山镇春燕快餐店", "creditCode", "92360899MA3B2C6D1Y", "legalRep", "刘春燕", "site",
					"江西省吉安市青山县青山镇人民路45号", "bizType", "餐饮服务经营者", "projects", "热食类食品制售", "foodSafetyManager",
					"刘春燕 13800001002"));
			as(CLERK, daysAgo(1, 9, 42), () -> frontDesk.handIn(id, nonKeyRequired(FOOD_LICENCE_NEW_TRADER)));
			LocalDate deadline = calendar.addWorkingDays(dayOf(1), 3);
			as(CLERK, daysAgo(1, 9, 50), () -> frontDesk.acceptWithDeficiency(id,
					"本人承诺在补齐期限内提交食品安全规章制度目录清单，逾期未补齐的，同意终止办理。", deadline));
		}

		/** Today: a renewal accepted this morning, in the inbox unclaimed. */
		void acceptedThisMorning() {
			long id = opened(county, 3, minutesAgo(95), FOOD_LICENCE_RENEWAL_TRADER, HUANG_JIANHUA, Map.of(
					"operatorName", "青山县青山镇建华面馆", "creditCode", "92360899MA3C5E8F2P", "legalRep", "黄建华", "site",
					"江西省吉安市青山县青山镇解放路102号", "bizType", "餐饮服务经营者", "projects", "热食类食品制售", "foodSafetyManager",
					"黄建华 13800001003", "licenceNo", "JY23608990006789"));
			as(CLERK, minutesAgo(90), () -> frontDesk.handIn(id, List.of()));
			as(CLERK, minutesAgo(85), () -> frontDesk.accept(id));
		}

		/** Today: a sole trader registered on the spot; the licence waits at the delivery counter. */
		void readyForPickup() {
			long id = opened(county, 1, minutesAgo(140), SOLE_TRADER_NEW, ZHOU_XIAOMEI, Map.of("shopName",
					"青山县青山镇小梅花店", "operator", "周小梅", "site", "江西省吉安市青山县青山镇人民路66号", "phone",
					"13800001007", "scope", "花卉绿植零售；礼品花卉销售", "form", "个人经营"));
			as(CLERK, minutesAgo(135), () -> frontDesk.handIn(id, List.of()));
			as(CLERK, minutesAgo(130), () -> frontDesk.instant(id));
		}

		/** Today: a company's licence reissued on the spot, to be mailed (待寄出). */
		void toBeMailed() {
			long id = opened(county, 2, minutesAgo(75), LICENCE_REISSUE_COMPANY, XINDA, Map.of("entityName",
					XINDA.name(), "address", "江西省吉安市青山县工业园区建材路6号", "legalRep", "钱立新", "liaison",
					"钱立新 13800001009", "reason", "正本遗失，已于公示系统公告作废"));
			as(CLERK, minutesAgo(72),
					() -> frontDesk.mailTo(id, "钱立新", "13800001009", "江西省吉安市青山县工业园区建材路6号 青山县鑫达建材有限公司"));
			as(CLERK, minutesAgo(70), () -> frontDesk.handIn(id, List.of()));
			as(CLERK, minutesAgo(68), () -> frontDesk.instant(id));
		}

		/** Today at 青山镇: a filing done on the spot, waiting for pickup at the town. */
		void prepackedFoodAtTheTown() {
			long id = opened(town, TOWN_CLERK, 2, minutesAgo(180), PREPACKED_FOOD_FILING, DENG_LIJUAN, Map.of(
					"operatorName", "青山县青山镇丽娟便利店", "creditCode", "92360899MA3D9G1H48", "legalRep", "邓丽娟", "site",
					"江西省吉安市青山县青山镇建设路8号", "category", "预包装食品销售（不含冷藏冷冻食品）"));
			as(TOWN_CLERK, minutesAgo(176), () -> frontDesk.handIn(id, List.of()));
			as(TOWN_CLERK, minutesAgo(172), () -> frontDesk.instant(id));
		}

		/** Today: an online application waiting in 网上预审. */
		void appliedOnline() {
			asCitizen(minutesAgo(40), () -> frontDesk.applyOnline("13800001012", county.id(), SOLE_TRADER_SCOPE,
					WU_HAIYAN,
					Map.of("shopName", "青山县青山镇海燕小吃店", "operator", "吴海燕", "site", "江西省吉安市青山县青山镇解放路76号",
							"phone", "13800001012", "changeItem", "经营范围", "after", "餐饮服务；食品销售；烟草制品零售")));
		}

		/** Today: 办不成事 reported online, waiting for someone at the county center to take it. */
		void matterReportedOnline() {
			asCitizen(minutesAgo(200), () -> escalation.registerOnline(county.id(), new Report("郑凯", "13800001015",
					null, "新办企业申领发票，实名认证一直失败，无法领票",
					"公司上周已办完营业执照，在电子税务局申领发票时法定代表人实名认证多次失败，税务专窗让回去网上办，来回跑了两次。",
					"1006005000", "告知须先在网上完成实名认证", "税务专窗")));
		}

		/**
		 * Today at 桃源村: the village clerk takes an 85-year-old villager's 高龄津贴 application (村代办) and
		 * sends the paper materials to 青山镇, where the case waits under 待接收.
		 */
		void collectedAtTheVillage() {
			long counterId = counterId(village, 1);
			long id = as(VILLAGE_CLERK, minutesAgo(200), () -> frontDesk.open(counterId, OLD_AGE_ALLOWANCE, HU_SHUNFA))
				.id();
			as(VILLAGE_CLERK, minutesAgo(190), () -> frontDesk.handIn(id, List.of()));
			as(VILLAGE_CLERK, minutesAgo(185),
					() -> frontDesk.handOver(id, "原件装一袋，随村里每周报送件一并送镇便民服务中心"));
		}

		// --- the steps

		private long opened(SiteSummary site, int counter, Instant at, String situation, Applicant applicant,
				Map<String, String> form) {
			return opened(site, CLERK, counter, at, situation, applicant, form);
		}

		/** Opens the case at the clerk's counter and fills in its form a few minutes later. */
		private long opened(SiteSummary site, String clerk, int counter, Instant at, String situation,
				Applicant applicant, Map<String, String> form) {
			long counterId = counterId(site, counter);
			long id = as(clerk, at, () -> frontDesk.open(counterId, situation, applicant)).id();
			as(clerk, at.plus(Duration.ofMinutes(3)), () -> frontDesk.fillForm(id, form));
			return id;
		}

		/** The moment {@code days} working days before today, at that time of day. */
		private Instant daysAgo(int days, int hour, int minute) {
			return dayOf(days).atTime(hour, minute).atZone(clock.getZone()).toInstant();
		}

		/**
		 * The working day after which {@code workingDaysAgo} working days have passed up to and including today, as
		 * the legal clock counts them (the day of acceptance is not counted): on a Saturday, the Friday before counts
		 * none yet.
		 */
		private LocalDate dayOf(int workingDaysAgo) {
			LocalDate day = today;
			for (int counted = 0; counted < workingDaysAgo; day = day.minusDays(1)) {
				if (calendar.isWorkingDay(day)) {
					counted++;
				}
			}
			while (!calendar.isWorkingDay(day)) {
				day = day.minusDays(1);
			}
			return day;
		}

		private Instant minutesAgo(int minutes) {
			return clock.instant().minus(Duration.ofMinutes(minutes));
		}
	}

	/** The required materials the handbook does not mark as key (要件): those 容缺受理 may leave owed. */
	private List<String> nonKeyRequired(String situation) {
		return catalog.published()
			.flatMap(snapshot -> snapshot.situation(situation))
			.orElseThrow(() -> new IllegalStateException("the handbook has no situation " + situation))
			.materials()
			.stream()
			.filter(m -> m.required() && !m.key())
			.map(MaterialRequirement::name)
			.toList();
	}

	private long counterId(SiteSummary site, int number) {
		return sites.countersOf(site.id())
			.stream()
			.filter(c -> c.number() == number)
			.map(CounterSummary::id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(site.name() + " has no counter " + number));
	}

	/** A step of a demo login at that moment; returns once the event listeners it set off are done. */
	private <T> T as(String username, Instant at, Supplier<T> step) {
		T result = Backdating.at(clock, at, () -> staff.actingAs(username, step));
		awaitListeners();
		return result;
	}

	private void as(String username, Instant at, Runnable step) {
		as(username, at, () -> {
			step.run();
			return null;
		});
	}

	/** A step of the citizen (online, on the phone): no staff login. */
	private <T> T asCitizen(Instant at, Supplier<T> step) {
		T result = Backdating.at(clock, at, step);
		awaitListeners();
		return result;
	}

	private void awaitListeners() {
		long deadline = System.nanoTime() + EVENTS.toNanos();
		while (!events.findIncompletePublications().isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("events not handled after " + EVENTS.toSeconds() + " s: "
						+ events.findIncompletePublications());
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the event listeners", ex);
			}
		}
	}
}
