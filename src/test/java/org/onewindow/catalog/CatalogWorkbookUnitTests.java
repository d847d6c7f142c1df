package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.site.SiteLevel.COUNTY;
import static org.onewindow.site.SiteLevel.TOWN;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.internal.CatalogWorkbook;
import org.onewindow.catalog.internal.CatalogWorkbook.Result;
import org.onewindow.catalog.internal.SeedCatalogReader;
import org.onewindow.platform.Violation;

/**
 * The handbook as an Excel workbook: what is written reads back exactly, and a workbook a person spoiled is refused
 * with every problem at its sheet and row.
 */
class CatalogWorkbookUnitTests {

	private static final CatalogContent SHIPPED = SeedCatalogReader.read(CatalogSetup.SHIPPED);

	private static Set<String> departments;

	@BeforeAll
	static void demoDepartments() throws IOException {
		departments = ShippedCatalogUnitTests.demoDepartments();
	}

	@Test
	void theShippedCatalogReadsBackExactly() {
		var result = CatalogWorkbook.read(new ByteArrayInputStream(bytesOf(SHIPPED)), departments);

		assertThat(result.errors()).isEmpty();
		assertThat(result.content()).isEqualTo(SHIPPED);
	}

	@Test
	void bundlesSynonymsHallServicesAndEmptyValuesReadBackExactly() {
		var catalog = SmallCounty.catalog();

		var result = CatalogWorkbook.read(new ByteArrayInputStream(bytesOf(catalog)), departments);

		assertThat(result.errors()).isEmpty();
		assertThat(result.content()).isEqualTo(catalog);
		assertThat(result.content().bundles().get(1).mergedForm()).isNull();
		assertThat(result.content().situations().get(0).materials().get(0).condition()).isNull();
		assertThat(result.content().situations().get(0).materials().get(1).checkNotes()).isEmpty();
	}

	@Test
	void oneSheetPerEntityWithChineseHeadersAndLabels() {
		try (var workbook = workbookOf(SmallCounty.catalog())) {
			assertThat(sheetNames(workbook)).containsExactly("事项", "办事情形", "申请材料", "表格", "表格字段", "办理步骤", "常见问题",
					"一件事", "一件事成员", "联办表字段", "同义词", "大厅服务");
			Sheet items = workbook.getSheet("事项");
			assertThat(text(items, 1, "事项编码")).isEqualTo("0101001000");
			assertThat(text(items, 1, "实施部门")).isEqualTo("SCJG");
			assertThat(text(items, 1, "事项类型")).isEqualTo("行政许可");
			assertThat(text(items, 1, "所属分册")).isEqualTo("企业开办");
			assertThat(text(items, 1, "办件类型")).isEqualTo("承诺件");
			assertThat(text(items, 1, "可全程网办")).isEqualTo("是");
			assertThat(text(items, 1, "受理层级")).isEqualTo("县级\n镇街");
			assertThat(text(items, 1, "关键词")).isEqualTo("饭店\n小吃店\n卖熟食");
			assertThat(items.getRow(1).getCell(column(items, "法定时限")).getNumericCellValue()).isEqualTo(20);
			assertThat(items.getPaneInformation().isFreezePane()).isTrue();
			assertThat(items.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
			assertThat(workbook.getFontAt(items.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			Sheet materials = workbook.getSheet("申请材料");
			assertThat(text(materials, 1, "情形编码")).isEqualTo("0101001000-01");
			assertThat(text(materials, 2, "序号")).isEqualTo("2");
			assertThat(text(materials, 1, "信任等级")).isEqualTo("书面审查");
			assertThat(text(workbook.getSheet("办理步骤"), 2, "办理角色")).isEqualTo("后台审批");
			assertThat(text(workbook.getSheet("同义词"), 2, "对应动作")).isEqualTo("补证");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void columnsAreFoundByHeaderInAnyOrderAndExtraColumnsAndBlankRowsAreIgnored() {
		var catalog = SmallCounty.catalog();
		var workbook = workbookOf(catalog);
		Sheet items = workbook.getSheet("事项");
		int name = column(items, "事项名称");
		int department = column(items, "实施部门");
		for (Row row : items) {
			String first = row.getCell(name).getStringCellValue();
			row.getCell(name).setCellValue(row.getCell(department).getStringCellValue());
			row.getCell(department).setCellValue(first);
			row.createCell(30).setCellValue(row.getRowNum() == 0 ? "备注" : "内部备注");
		}
		items.createRow(items.getLastRowNum() + 2).createCell(0).setCellValue("   ");

		var result = readBack(workbook);

		assertThat(result.errors()).isEmpty();
		assertThat(result.content()).isEqualTo(catalog);
	}

	@Test
	void childrenAreOrderedByTheirNumberNotByTheirRow() {
		var workbook = workbookOf(SmallCounty.catalog());
		Sheet materials = workbook.getSheet("申请材料");
		set(materials, 1, "序号", 2);
		set(materials, 2, "序号", 1);

		var materialsRead = readBack(workbook).content().situations().get(0).materials();

		var written = SmallCounty.catalog().situations().get(0).materials();
		assertThat(materialsRead).containsExactly(written.get(1), written.get(0), written.get(2));
	}

	@Test
	void aMissingColumnIsReportedAndTheSheetIsNotReadFurther() {
		var workbook = workbookOf(SmallCounty.catalog());
		Sheet items = workbook.getSheet("事项");
		items.getRow(0).getCell(column(items, "法定时限")).setCellValue("时限");
		set(items, 1, "办件类型", "急件");

		var result = readBack(workbook);

		assertThat(result.errors()).containsExactly(new Violation("事项!第1行", "缺少“法定时限”列"));
		assertThat(result.content()).isNull();
	}

	@Test
	void aMissingSheetIsReported() {
		var workbook = workbookOf(SmallCounty.catalog());
		workbook.removeSheetAt(workbook.getSheetIndex("常见问题"));

		assertThat(readBack(workbook).errors()).containsExactly(new Violation("常见问题", "缺少工作表“常见问题”"));
	}

	@Test
	void anUnknownDepartmentIsReportedWithItsRow() {
		var workbook = workbookOf(SmallCounty.catalog());
		set(workbook.getSheet("事项"), 2, "实施部门", "ABC");
		set(workbook.getSheet("办理步骤"), 1, "办理部门", "XYZ");

		var result = readBack(workbook);

		assertThat(result.errors()).containsExactly(new Violation("事项!第3行", "“实施部门”ABC不存在，应填部门编码"),
				new Violation("办理步骤!第2行", "“办理部门”XYZ不存在，应填部门编码"));
		assertThat(result.content()).isNull();
	}

	@Test
	void aDuplicateItemCodeNamesBothRows() {
		var workbook = workbookOf(SmallCounty.catalog());
		int copy = appendCopyOf(workbook.getSheet("事项"), 1);

		var result = readBack(workbook);

		assertThat(result.errors())
			.containsExactly(new Violation("事项!第" + (copy + 1) + "行", "事项编码0101001000重复（第2行与第" + (copy + 1) + "行）"));
		assertThat(result.content()).isNull();
	}

	@Test
	void aDuplicateSituationCodeNamesBothRows() {
		var workbook = workbookOf(SmallCounty.catalog());
		int copy = appendCopyOf(workbook.getSheet("办事情形"), 2);

		var result = readBack(workbook);

		assertThat(result.errors()).containsExactly(
				new Violation("办事情形!第" + (copy + 1) + "行", "情形编码0101001000-02重复（第3行与第" + (copy + 1) + "行）"));
		assertThat(result.content()).isNull();
	}

	@Test
	void aTimeLimitThatIsNotAWholeNumberIsReported() {
		var workbook = workbookOf(SmallCounty.catalog());
		set(workbook.getSheet("事项"), 1, "法定时限", "十五");
		set(workbook.getSheet("事项"), 2, "承诺时限", 2.5);
		set(workbook.getSheet("办事情形"), 1, "承诺时限", "");

		var result = readBack(workbook);

		assertThat(result.errors()).containsExactly(new Violation("事项!第2行", "“法定时限”应为整数，现为“十五”"),
				new Violation("事项!第3行", "“承诺时限”应为整数，现为“2.5”"),
				new Violation("办事情形!第2行", "“承诺时限”不能为空，应为整数"));
		assertThat(result.content()).isNull();
	}

	@Test
	void anUnknownLabelListsTheAllowedOnes() {
		var workbook = workbookOf(SmallCounty.catalog());
		set(workbook.getSheet("事项"), 1, "办件类型", "急件");
		set(workbook.getSheet("事项"), 2, "受理层级", "县级\n市级");
		set(workbook.getSheet("申请材料"), 1, "是否必需", "可能");

		var result = readBack(workbook);

		assertThat(result.errors()).containsExactly(new Violation("事项!第2行", "“办件类型”只能填即办件或承诺件，现为“急件”"),
				new Violation("事项!第3行", "“受理层级”只能填县级、镇街或村（每行一个），现有“市级”"),
				new Violation("申请材料!第2行", "“是否必需”只能填是或否，现为“可能”"));
		assertThat(result.content()).isNull();
	}

	@Test
	void codesEnglishNamesAndFullLabelsAreReadToo() {
		var catalog = SmallCounty.catalog();
		var workbook = workbookOf(catalog);
		set(workbook.getSheet("事项"), 1, "事项类型", "01");
		set(workbook.getSheet("事项"), 1, "办件类型", "PROMISED");
		set(workbook.getSheet("事项"), 1, "受理层级", "县级政务服务中心\nTOWN");
		set(workbook.getSheet("申请材料"), 1, "信任等级", "C");

		assertThat(readBack(workbook).content()).isEqualTo(catalog);
	}

	@Test
	void aSituationOfAnUnknownItemIsReported() {
		var workbook = workbookOf(SmallCounty.catalog());
		set(workbook.getSheet("办事情形"), 1, "事项编码", "0101999000");

		var result = readBack(workbook);

		assertThat(result.errors()).containsExactly(
				new Violation("办事情形!第2行", "情形0101001000-01所属的事项不存在：“事项编码”0101999000在“事项”表中没有"));
		assertThat(result.content()).isNull();
	}

	@Test
	void aMaterialOfAnUnknownSituationIsReported() {
		var workbook = workbookOf(SmallCounty.catalog());
		set(workbook.getSheet("申请材料"), 1, "情形编码", "0101001000-99");

		var result = readBack(workbook);

		assertThat(result.errors())
			.containsExactly(new Violation("申请材料!第2行", "“情形编码”0101001000-99在“办事情形”表中不存在"));
		assertThat(result.content()).isNull();
	}

	@Test
	void everyErrorIsCollectedAcrossSheets() {
		var workbook = workbookOf(SmallCounty.catalog());
		set(workbook.getSheet("事项"), 1, "事项名称", "");
		set(workbook.getSheet("表格字段"), 1, "表格编码", "FT-NONE");
		set(workbook.getSheet("一件事成员"), 1, "情形编码", "0101001000-77");
		set(workbook.getSheet("常见问题"), 1, "序号", 2);
		set(workbook.getSheet("同义词"), 1, "类别", "名词");

		var result = readBack(workbook);

		assertThat(result.errors()).containsExactly(new Violation("事项!第2行", "“事项名称”不能为空"),
				new Violation("表格字段!第2行", "“表格编码”FT-NONE在“表格”表中不存在（情形0101001000-01）"),
				new Violation("常见问题!第3行", "情形0101001000-01的序号2重复（第2行与第3行）"),
				new Violation("一件事成员!第2行", "“情形编码”0101001000-77在“办事情形”表中不存在"),
				new Violation("同义词!第2行", "“类别”只能填概念或动作，现为“名词”"));
		assertThat(result.errorCount()).isEqualTo(5);
	}

	@Test
	void afterTwoHundredErrorsTheRestAreCounted() {
		var workbook = workbookOf(SmallCounty.catalog());
		Sheet materials = workbook.getSheet("申请材料");
		for (int i = 0; i < 250; i++) {
			set(materials, appendCopyOf(materials, 1), "份数", "一");
		}

		var result = readBack(workbook);

		assertThat(result.errorCount()).isEqualTo(500);
		assertThat(result.errors()).hasSize(201).endsWith(new Violation("工作簿", "还有300处错误未列出"));
		assertThat(result.errors().get(0).message()).isEqualTo("“份数”应为整数，现为“一”");
		assertThat(result.content()).isNull();
	}

	@Test
	void aCodeTypedAsANumberKeepsTheZerosItsFormatShows() {
		var catalog = SmallCounty.catalog();
		var workbook = workbookOf(catalog);
		Sheet items = workbook.getSheet("事项");
		Cell code = items.getRow(1).getCell(column(items, "事项编码"));
		var zeros = workbook.createCellStyle();
		zeros.setDataFormat(workbook.createDataFormat().getFormat("0000000000"));
		code.setCellValue(101001000);
		code.setCellStyle(zeros);

		var result = readBack(workbook);

		assertThat(result.errors()).isEmpty();
		assertThat(result.content()).isEqualTo(catalog);
	}

	@Test
	void aCodeThatLostItsZeroIsExplained() {
		var workbook = workbookOf(SmallCounty.catalog());
		set(workbook.getSheet("事项"), 1, "事项编码", 101001000);

		var result = readBack(workbook);

		assertThat(result.errors()).startsWith(new Violation("事项!第2行",
				"“事项编码”应为10位数字（2位类型+5位事项+3位子项），现为101001000（9位）；该单元格是数字格式，开头的0会丢失，请把单元格设为文本格式后重新填写"));
		assertThat(result.content()).isNull();
	}

	@Test
	void numbersWrittenAsTextAreRead() {
		var catalog = SmallCounty.catalog();
		var workbook = workbookOf(catalog);
		set(workbook.getSheet("事项"), 1, "法定时限", " 20 ");

		assertThat(readBack(workbook).content()).isEqualTo(catalog);
	}

	@Test
	void aFormulaCountsWithItsCalculatedValue() {
		var catalog = SmallCounty.catalog();
		var workbook = workbookOf(catalog);
		Sheet items = workbook.getSheet("事项");
		items.getRow(1).getCell(column(items, "法定时限")).setCellFormula("10+10");
		items.getRow(1).getCell(column(items, "事项名称")).setCellFormula("\"食品经营\"&\"许可\"");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

		assertThat(readBack(workbook).content()).isEqualTo(catalog);
	}

	/** The export writes text inline in the cells; Excel and WPS save it again in a shared table of text. */
	@Test
	void aWorkbookSavedWithSharedTextReadsTheSame() throws IOException {
		var catalog = SmallCounty.catalog();
		var shared = new XSSFWorkbook();
		try (var written = workbookOf(catalog)) {
			for (Sheet sheet : written) {
				Sheet copy = shared.createSheet(sheet.getSheetName());
				for (Row row : sheet) {
					Row target = copy.createRow(row.getRowNum());
					for (Cell cell : row) {
						int column = cell.getColumnIndex();
						switch (cell.getCellType()) {
							case NUMERIC -> target.createCell(column).setCellValue(cell.getNumericCellValue());
							case STRING -> target.createCell(column).setCellValue(cell.getStringCellValue());
							default -> {
							}
						}
					}
				}
			}
		}
		var out = new ByteArrayOutputStream();
		try (shared) {
			shared.write(out);
		}

		var result = CatalogWorkbook.read(new ByteArrayInputStream(out.toByteArray()), departments);

		assertThat(result.errors()).isEmpty();
		assertThat(result.content()).isEqualTo(catalog);
	}

	@Test
	void aFileThatIsNotAnExcelWorkbookIsUnreadable() {
		var text = CatalogWorkbook.read(new ByteArrayInputStream("事项编码,事项名称\n".getBytes(StandardCharsets.UTF_8)),
				departments);
		var otherZip = CatalogWorkbook.read(new ByteArrayInputStream(zipWithOneTextFile()), departments);
		var empty = CatalogWorkbook.read(new ByteArrayInputStream(new byte[0]), departments);
		byte[] oldExcel = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		var xls = CatalogWorkbook.read(new ByteArrayInputStream(oldExcel), departments);

		assertThat(text.unreadable()).isTrue();
		assertThat(text.content()).isNull();
		assertThat(text.errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo("文件");
			assertThat(error.message()).startsWith("非 Excel 文件");
		});
		assertThat(otherZip.unreadable()).isTrue();
		assertThat(otherZip.errors().get(0).message()).startsWith("非 Excel 文件或文件已损坏");
		assertThat(empty.unreadable()).isTrue();
		assertThat(empty.errors().get(0).message()).isEqualTo("文件是空的");
		assertThat(xls.unreadable()).isTrue();
		assertThat(xls.errors().get(0).message()).startsWith("这是旧版 Excel（.xls）或加了密码的文件");
	}

	private static byte[] bytesOf(CatalogContent content) {
		var out = new ByteArrayOutputStream();
		CatalogWorkbook.write(content, out);
		return out.toByteArray();
	}

	/** The workbook of a catalog, opened for a test to change as a person would in Excel. */
	private static XSSFWorkbook workbookOf(CatalogContent content) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytesOf(content)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Result readBack(XSSFWorkbook workbook) {
		try (workbook) {
			var out = new ByteArrayOutputStream();
			workbook.write(out);
			return CatalogWorkbook.read(new ByteArrayInputStream(out.toByteArray()), departments);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
	}

	private static int column(Sheet sheet, String header) {
		for (Cell cell : sheet.getRow(0)) {
			if (cell.getStringCellValue().equals(header)) {
				return cell.getColumnIndex();
			}
		}
		throw new IllegalArgumentException("no column " + header + " in " + sheet.getSheetName());
	}

	private static String text(Sheet sheet, int row, String header) {
		Cell cell = sheet.getRow(row).getCell(column(sheet, header));
		return switch (cell.getCellType()) {
			case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
			default -> cell.getStringCellValue();
		};
	}

	/** Sets a cell by its zero-based row and its header: text, or a number as Excel would store it. */
	private static void set(Sheet sheet, int row, String header, Object value) {
		Cell cell = sheet.getRow(row).getCell(column(sheet, header));
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/** Appends a copy of a row below the last one and returns the new row's zero-based index. */
	private static int appendCopyOf(Sheet sheet, int row) {
		Row source = sheet.getRow(row);
		Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
		for (Cell cell : source) {
			Cell target = copy.createCell(cell.getColumnIndex());
			switch (cell.getCellType()) {
				case NUMERIC -> target.setCellValue(cell.getNumericCellValue());
				case STRING -> target.setCellValue(cell.getStringCellValue());
				default -> {
				}
			}
		}
		return copy.getRowNum();
	}

	private static byte[] zipWithOneTextFile() {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("不是工作簿".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A small county handbook that uses every part of the model: two items, three situations, a form with its
	 * sample, conditional and government-issued materials, two bundles (one without a merged form), both kinds of
	 * synonyms and hall services.
	 */
	static final class SmallCounty {

		static CatalogContent catalog() {
			var foodLicence = new ServiceItem("0101001000", "SCJG", "食品经营许可", ItemType.LICENSING,
					HandbookVolume.ENTERPRISE, "《中华人民共和国食品安全法》第三十五条", 20, 10, AcceptanceMode.PROMISED, "不收费", 1,
					true, Set.of(COUNTY, TOWN), Set.of(COUNTY), false, List.of("开办企业", "准营许可"),
					List.of("饭店", "小吃店", "卖熟食"));
			var marriage = new ServiceItem("0704001000", "MZJ", "内地居民婚姻登记", ItemType.CONFIRMATION,
					HandbookVolume.SOCIAL, "《婚姻登记条例》第四条", 0, 0, AcceptanceMode.INSTANT, "不收费", 1, false,
					Set.of(COUNTY), Set.of(COUNTY), false, List.of("婚育收养"), List.of("领证", "结婚证"));
			var form = new FormTemplate("FT-0101001000-01", "食品经营许可申请书",
					List.of(new FormTemplate.Field("operatorName", "经营者名称", "青山县张记餐饮有限公司", "与营业执照上的名称一致"),
							new FormTemplate.Field("address", "经营场所", "青山县城关镇解放路12号", "写到门牌号"),
							new FormTemplate.Field("phone", "联系电话", "13800000000", "填写能联系到本人的手机号"),
							new FormTemplate.Field("idNumber", "法定代表人身份证号", "（填写本人18位身份证号码）", "")));
			var newLicence = new Situation("0101001000-01", "0101001000", "食品经营许可（新办）-企业", SituationAction.NEW,
					"新办", ApplicantType.ENTERPRISE, AcceptanceMode.PROMISED, 10, Set.of(COUNTY, TOWN), Set.of(COUNTY),
					false, List.of("已取得营业执照", "有与经营的食品品种相适应的经营场所"),
					List.of(new MaterialRequirement("食品经营许可申请书", MaterialForm.ORIGINAL, 1, true, null,
							MaterialSource.APPLICANT, null, TrustGrade.C, true, false, "核对签字盖章", "FT-0101001000-01"),
							new MaterialRequirement("营业执照", MaterialForm.ELECTRONIC, 1, true, null,
									MaterialSource.GOVERNMENT, "营业执照", TrustGrade.A, true, false, "", null),
							new MaterialRequirement("授权委托书", MaterialForm.ORIGINAL, 1, false, "委托他人办理的",
									MaterialSource.APPLICANT, null, TrustGrade.C, false, true, "核对委托事项和期限", null)),
					List.of(form),
					List.of(new ApprovalStep("受理", StepRole.ACCEPTOR, "ZWFW", 0, true),
							new ApprovalStep("审查", StepRole.APPROVER, "SCJG", 7, true),
							new ApprovalStep("现场核查", StepRole.APPROVER, "SCJG", 3, false)),
					"开饭店、小吃店先办营业执照，再来办食品经营许可。材料齐全的，10个工作日内办结。",
					List.of(new Situation.Faq("没有营业执照能先办吗？", "不能，要先取得营业执照。"),
							new Situation.Faq("要收费吗？", "不收费。")),
					List.of("餐饮许可证"), List.of("我想开饭店", "开小吃店要办什么证"));
			var renewal = new Situation("0101001000-02", "0101001000", "食品经营许可（延续）-企业", SituationAction.RENEW,
					"延续", ApplicantType.ENTERPRISE, AcceptanceMode.PROMISED, 5, Set.of(COUNTY, TOWN), Set.of(COUNTY),
					false, List.of("许可证有效期届满前30个工作日提出"),
					List.of(new MaterialRequirement("食品经营许可延续申请书", MaterialForm.ORIGINAL, 1, true, null,
							MaterialSource.APPLICANT, null, TrustGrade.C, true, false, "核对签字盖章", null)),
					List.of(), List.of(new ApprovalStep("审查", StepRole.APPROVER, "SCJG", 5, true)),
					"许可证快到期了，提前30个工作日来延续。", List.of(), List.of(), List.of("食品许可证快到期了"));
			var wedding = new Situation("0704001000-01", "0704001000", "结婚登记", SituationAction.APPLY, "申请",
					ApplicantType.PERSON, AcceptanceMode.INSTANT, 0, Set.of(COUNTY), Set.of(COUNTY), false,
					List.of("双方自愿", "达到法定婚龄"),
					List.of(new MaterialRequirement("居民身份证", MaterialForm.ORIGINAL, 1, true, null,
							MaterialSource.GOVERNMENT, "居民身份证", TrustGrade.B, true, false, "人证一致", null)),
					List.of(), List.of(new ApprovalStep("当场办结", StepRole.ACCEPTOR, "MZJ", 0, true)),
					"两个人带上身份证和户口本一起来，当场领证。", List.of(new Situation.Faq("能一个人来吗？", "不能，双方要一起到场。")),
					List.of("领结婚证"), List.of("我们要结婚"));
			var restaurant = new Bundle("B001", "开饭店（餐馆）一件事", "开办企业", List.of("我想开饭店", "开个餐馆"),
					List.of(new Bundle.Member("0101001000-01", 1), new Bundle.Member("0704001000-01", 2)),
					new Bundle.MergedForm("开饭店一件事联办申请表",
							List.of(new Bundle.Field("operatorName", "经营者名称", "青山县张记餐饮有限公司",
									List.of("0101001000-01", "0704001000-01")),
									new Bundle.Field("address", "经营场所", "青山县城关镇解放路12号", List.of()))),
					"开饭店要办的证一次申请，一张表填完。");
			var renewAll = new Bundle("B002", "证照到期延续一件事", "准营许可", List.of(),
					List.of(new Bundle.Member("0101001000-02", 1), new Bundle.Member("0101001000-01", 1)), null,
					"到期的证一起延续。");
			return new CatalogContent(List.of(foodLicence, marriage), List.of(newLicence, renewal, wedding),
					List.of(restaurant, renewAll),
					List.of(new Synonym("餐饮", List.of("饭店", "餐馆", "小吃店"), "CONCEPT", null),
							new Synonym("补领", List.of("丢了", "遗失"), "ACTION", SituationAction.REISSUE)),
					List.of(new HallService("SVC-APPOINTMENT", "预约办理", "通过政务服务网或大厅导办台预约办理时段。", "A",
							List.of("能不能预约", "周末能办吗")),
							new HallService("SVC-ESCALATION", "办不成事反映", "在别处办不成的事，到这里反映。", null, List.of())));
		}
	}
}
