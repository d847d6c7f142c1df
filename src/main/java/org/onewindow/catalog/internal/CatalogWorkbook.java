package org.onewindow.catalog.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
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
import org.onewindow.platform.Violation;
import org.onewindow.site.SiteLevel;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The handbook as an Excel workbook, the way county centers keep their lists: one sheet per entity with Chinese
 * headers, enumerations by their Chinese labels, 是/否 for yes and no, list values one per line in a cell, and child
 * rows carrying their parent's code and a 序号. Reading finds columns by header, collects every problem with its sheet
 * and row, and returns content only when the whole workbook is right. Layout: docs/catalog-workbook.md.
 */
public final class CatalogWorkbook {

	public static final String ITEMS = "事项";
	public static final String SITUATIONS = "办事情形";
	public static final String MATERIALS = "申请材料";
	public static final String FORMS = "表格";
	public static final String FORM_FIELDS = "表格字段";
	public static final String STEPS = "办理步骤";
	public static final String FAQS = "常见问题";
	public static final String BUNDLES = "一件事";
	public static final String MEMBERS = "一件事成员";
	public static final String MERGED_FIELDS = "联办表字段";
	public static final String SYNONYMS = "同义词";
	public static final String HALL_SERVICES = "大厅服务";

	/** Errors listed one by one; the rest are counted in a final line. */
	public static final int MAX_ERRORS = 200;

	/** Where an error about the whole file or workbook is reported. */
	public static final String FILE = "文件";
	public static final String WORKBOOK = "工作簿";

	private static final Pattern ITEM_CODE = Pattern.compile("\\d{10}");
	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
	private static final Pattern ZEROS = Pattern.compile("0+");
	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final Choice<ItemType> ITEM_TYPE = Choice.of(ItemType.values(), ItemType::label,
			type -> List.of(type.code(), type.name()));
	private static final Choice<HandbookVolume> VOLUME = Choice.of(HandbookVolume.values(), HandbookVolume::label,
			volume -> List.of(volume.name()));
	private static final Choice<AcceptanceMode> MODE = Choice.of(AcceptanceMode.values(), AcceptanceMode::label,
			mode -> List.of(mode.name()));
	private static final Choice<SituationAction> ACTION = Choice.of(SituationAction.values(), SituationAction::label,
			action -> List.of(action.name()));
	private static final Choice<ApplicantType> APPLICANT = Choice.of(ApplicantType.values(), ApplicantType::label,
			type -> List.of(type.name()));
	private static final Choice<MaterialForm> MATERIAL_FORM = Choice.of(MaterialForm.values(), MaterialForm::label,
			form -> List.of(form.name()));
	private static final Choice<MaterialSource> SOURCE = Choice.of(MaterialSource.values(), MaterialSource::label,
			source -> List.of(source.name()));
	private static final Choice<TrustGrade> TRUST = Choice.of(TrustGrade.values(), TrustGrade::label,
			grade -> List.of(grade.name()));
	private static final Choice<StepRole> ROLE = Choice.of(StepRole.values(), StepRole::label,
			role -> List.of(role.name()));
	/** Site levels by their short names, as the halls say them; the full label and the code are read too. */
	private static final Choice<SiteLevel> LEVEL = Choice.of(SiteLevel.values(), CatalogWorkbook::shortLabel,
			level -> List.of(level.label(), level.name()));
	private static final Choice<String> KIND = Choice.of(new String[] { "CONCEPT", "ACTION" },
			kind -> kind.equals("CONCEPT") ? "概念" : "动作", kind -> List.of(kind));
	private static final Choice<Boolean> YES_NO = Choice.of(new Boolean[] { true, false }, yes -> yes ? "是" : "否",
			yes -> List.of(yes ? "TRUE" : "FALSE"));

	private static final Layout ITEM_SHEET = new Layout(ITEMS, List.of(Column.code("事项编码", 14),
			Column.text("事项名称", 34), Column.code("实施部门", 10), Column.choice("事项类型", 14, ITEM_TYPE),
			Column.choice("所属分册", 12, VOLUME), Column.text("设定依据", 40), Column.number("法定时限"),
			Column.number("承诺时限"), Column.choice("办件类型", 10, MODE), Column.text("收费", 14),
			Column.number("到现场次数"), Column.choice("可全程网办", 10, YES_NO), Column.lines("受理层级", 10),
			Column.lines("决定层级", 10), Column.choice("村代办", 8, YES_NO), Column.lines("主题", 14),
			Column.lines("关键词", 24)));
	private static final Layout SITUATION_SHEET = new Layout(SITUATIONS, List.of(Column.code("情形编码", 16),
			Column.code("事项编码", 14), Column.text("情形名称", 40), Column.choice("办事动作", 10, ACTION),
			Column.text("动作说明", 16), Column.choice("申请人类型", 14, APPLICANT), Column.choice("办件类型", 10, MODE),
			Column.number("承诺时限"), Column.lines("受理层级", 10), Column.lines("决定层级", 10),
			Column.choice("村代办", 8, YES_NO), Column.lines("受理条件", 40), Column.text("白话说明", 50),
			Column.lines("别名", 20), Column.lines("群众说法", 24)));
	private static final Layout MATERIAL_SHEET = new Layout(MATERIALS, List.of(Column.code("情形编码", 16),
			Column.number("序号"), Column.text("材料名称", 34), Column.choice("材料形式", 14, MATERIAL_FORM),
			Column.number("份数"), Column.choice("是否必需", 10, YES_NO), Column.text("需要提交的情形", 24),
			Column.choice("材料来源", 14, SOURCE), Column.text("证照类型", 16), Column.choice("信任等级", 18, TRUST),
			Column.choice("是否要件", 10, YES_NO), Column.choice("可告知承诺", 10, YES_NO),
			Column.text("核验要点", 40), Column.code("表格编码", 20)));
	private static final Layout FORM_SHEET = new Layout(FORMS, List.of(Column.code("情形编码", 16),
			Column.number("序号"), Column.code("表格编码", 20), Column.text("表格名称", 34)));
	private static final Layout FORM_FIELD_SHEET = new Layout(FORM_FIELDS, List.of(Column.code("情形编码", 16),
			Column.code("表格编码", 20), Column.number("序号"), Column.code("字段名", 20), Column.text("字段标签", 20),
			Column.text("填写示例", 30), Column.text("填写提示", 36)));
	private static final Layout STEP_SHEET = new Layout(STEPS, List.of(Column.code("情形编码", 16),
			Column.number("序号"), Column.text("步骤名称", 16), Column.choice("办理角色", 12, ROLE),
			Column.code("办理部门", 10), Column.number("步骤时限"), Column.choice("计入时限", 10, YES_NO)));
	private static final Layout FAQ_SHEET = new Layout(FAQS, List.of(Column.code("情形编码", 16),
			Column.number("序号"), Column.text("问题", 36), Column.text("回答", 60)));
	private static final Layout BUNDLE_SHEET = new Layout(BUNDLES, List.of(Column.code("一件事编码", 12),
			Column.text("一件事名称", 30), Column.text("主题", 12), Column.lines("群众说法", 24),
			Column.text("联办表名称", 30), Column.text("白话说明", 50)));
	private static final Layout MEMBER_SHEET = new Layout(MEMBERS, List.of(Column.code("一件事编码", 12),
			Column.number("序号"), Column.code("情形编码", 16), Column.number("批次")));
	private static final Layout MERGED_FIELD_SHEET = new Layout(MERGED_FIELDS, List.of(Column.code("一件事编码", 12),
			Column.number("序号"), Column.code("字段名", 20), Column.text("字段标签", 20), Column.text("填写示例", 30),
			Column.lines("共用情形", 18)));
	private static final Layout SYNONYM_SHEET = new Layout(SYNONYMS, List.of(Column.text("词条", 16),
			Column.choice("类别", 8, KIND), Column.choice("对应动作", 10, ACTION), Column.lines("同义说法", 30)));
	private static final Layout HALL_SERVICE_SHEET = new Layout(HALL_SERVICES, List.of(Column.code("服务编码", 22),
			Column.text("服务名称", 20), Column.text("服务说明", 60), Column.code("号票类别", 10),
			Column.lines("群众说法", 30)));
	private static final Set<String> SHEET_NAMES = Set.of(ITEMS, SITUATIONS, MATERIALS, FORMS, FORM_FIELDS, STEPS,
			FAQS, BUNDLES, MEMBERS, MERGED_FIELDS, SYNONYMS, HALL_SERVICES);

	private CatalogWorkbook() {
	}

	/**
	 * Writes the whole content as an .xlsx workbook, streaming rows out (text inline in the cells; Excel turns it into
	 * its shared text table when the workbook is saved again).
	 */
	public static void write(CatalogContent content, OutputStream out) {
		var workbook = new SXSSFWorkbook(null, 500, false, false);
		try (workbook) {
			var styles = new Styles(workbook);
			writeSheet(workbook, styles, ITEM_SHEET, content.items().stream().map(CatalogWorkbook::itemRow).toList());
			writeSheet(workbook, styles, SITUATION_SHEET,
					content.situations().stream().map(CatalogWorkbook::situationRow).toList());
			var materials = new ArrayList<List<Object>>();
			var forms = new ArrayList<List<Object>>();
			var formFields = new ArrayList<List<Object>>();
			var steps = new ArrayList<List<Object>>();
			var faqs = new ArrayList<List<Object>>();
			for (Situation situation : content.situations()) {
				String code = text(situation.code());
				numbered(situation.materials(), (n, material) -> materials.add(materialRow(code, n, material)));
				numbered(situation.forms(), (n, form) -> {
					forms.add(List.of(code, n, text(form.code()), text(form.name())));
					numbered(form.fields(), (m, field) -> formFields.add(List.of(code, text(form.code()), m,
							text(field.name()), text(field.label()), text(field.sample()), text(field.hint()))));
				});
				numbered(situation.steps(),
						(n, step) -> steps.add(List.of(code, n, text(step.name()), label(ROLE, step.role()),
								text(step.department()), step.days(), label(YES_NO, step.countsInLimit()))));
				numbered(situation.faqs(), (n, faq) -> faqs.add(List.of(code, n, text(faq.q()), text(faq.a()))));
			}
			writeSheet(workbook, styles, MATERIAL_SHEET, materials);
			writeSheet(workbook, styles, FORM_SHEET, forms);
			writeSheet(workbook, styles, FORM_FIELD_SHEET, formFields);
			writeSheet(workbook, styles, STEP_SHEET, steps);
			writeSheet(workbook, styles, FAQ_SHEET, faqs);
			var bundles = new ArrayList<List<Object>>();
			var members = new ArrayList<List<Object>>();
			var mergedFields = new ArrayList<List<Object>>();
			for (Bundle bundle : content.bundles()) {
				var form = bundle.mergedForm();
				String code = text(bundle.code());
				bundles.add(List.of(code, text(bundle.name()), text(bundle.lifeEvent()), lines(bundle.phrases()),
						form == null ? "" : text(form.name()), text(bundle.guide())));
				numbered(bundle.members(),
						(n, member) -> members.add(List.of(code, n, text(member.situation()), member.group())));
				if (form != null) {
					numbered(form.fields(), (n, field) -> mergedFields.add(List.of(code, n, text(field.name()),
							text(field.label()), text(field.sample()), lines(field.sharedBy()))));
				}
			}
			writeSheet(workbook, styles, BUNDLE_SHEET, bundles);
			writeSheet(workbook, styles, MEMBER_SHEET, members);
			writeSheet(workbook, styles, MERGED_FIELD_SHEET, mergedFields);
			writeSheet(workbook, styles, SYNONYM_SHEET,
					content.synonyms()
						.stream()
						.map(synonym -> List.<Object>of(text(synonym.term()), text(label(KIND, synonym.kind())),
								text(label(ACTION, synonym.action())), lines(synonym.aliases())))
						.toList());
			writeSheet(workbook, styles, HALL_SERVICE_SHEET,
					content.hallServices()
						.stream()
						.map(service -> List.<Object>of(text(service.code()), text(service.name()),
								text(service.description()), text(service.ticketCategory()), lines(service.phrases())))
						.toList());
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	private static List<Object> itemRow(ServiceItem item) {
		return List.of(text(item.code()), text(item.name()), text(item.department()), label(ITEM_TYPE, item.type()),
				label(VOLUME, item.volume()), text(item.legalBasis()), item.legalDays(), item.promisedDays(),
				label(MODE, item.mode()), text(item.fee()), item.visits(), label(YES_NO, item.online()),
				levels(item.acceptLevels()), levels(item.decideLevels()), label(YES_NO, item.villageCollect()),
				lines(item.lifeEvents()), lines(item.keywords()));
	}

	private static List<Object> situationRow(Situation situation) {
		return List.of(situation.code(), text(situation.itemCode()), text(situation.name()),
				label(ACTION, situation.action()), text(situation.actionDetail()),
				label(APPLICANT, situation.applicantType()), label(MODE, situation.mode()), situation.promisedDays(),
				levels(situation.acceptLevels()), levels(situation.decideLevels()),
				label(YES_NO, situation.villageCollect()), lines(situation.conditions()), text(situation.guide()),
				lines(situation.aliases()), lines(situation.phrases()));
	}

	private static List<Object> materialRow(String situation, int number, MaterialRequirement material) {
		return List.of(situation, number, text(material.name()), label(MATERIAL_FORM, material.form()),
				material.copies(), label(YES_NO, material.required()), text(material.condition()),
				label(SOURCE, material.source()), text(material.licenseType()), label(TRUST, material.trustGrade()),
				label(YES_NO, material.key()), label(YES_NO, material.pledgeAllowed()), text(material.checkNotes()),
				text(material.formTemplate()));
	}

	private static <T> void numbered(List<T> values, Numbering<T> action) {
		for (int i = 0; i < values.size(); i++) {
			action.accept(i + 1, values.get(i));
		}
	}

	private interface Numbering<T> {

		void accept(int number, T value);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static <T> String label(Choice<T> choice, T value) {
		return value == null ? "" : choice.label(value);
	}

	private static String lines(List<String> values) {
		return String.join("\n", values);
	}

	private static String levels(Set<SiteLevel> levels) {
		return levels.stream().sorted().map(LEVEL::label).reduce((a, b) -> a + "\n" + b).orElse("");
	}

	private static String shortLabel(SiteLevel level) {
		return switch (level) {
			case COUNTY -> "县级";
			case TOWN -> "镇街";
			case VILLAGE -> "村";
		};
	}

	private static void writeSheet(Workbook workbook, Styles styles, Layout layout, List<List<Object>> rows) {
		Sheet sheet = workbook.createSheet(layout.name());
		List<Column> columns = layout.columns();
		Row header = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			Cell cell = header.createCell(c);
			cell.setCellValue(column.header());
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(c, column.width() * 256);
			sheet.setDefaultColumnStyle(c, styles.of(column));
		}
		for (int r = 0; r < rows.size(); r++) {
			List<Object> values = rows.get(r);
			Row row = sheet.createRow(r + 1);
			for (int c = 0; c < columns.size(); c++) {
				Object value = values.get(c);
				Cell cell = row.createCell(c);
				cell.setCellStyle(styles.of(columns.get(c)));
				if (value instanceof Integer number) {
					cell.setCellValue(number);
				}
				else if (!value.toString().isEmpty()) {
					cell.setCellValue(value.toString());
				}
			}
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.size() - 1));
		addChoiceLists(sheet, columns);
	}

	/** A drop-down list of the labels on every enumerated column, so a clerk picks instead of typing. */
	private static void addChoiceLists(Sheet sheet, List<Column> columns) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
		for (int c = 0; c < columns.size(); c++) {
			Choice<?> choice = columns.get(c).choice();
			if (choice == null) {
				continue;
			}
			DataValidation validation = helper.createValidation(
					helper.createExplicitListConstraint(choice.labels().toArray(String[]::new)),
					new CellRangeAddressList(1, lastRow, c, c));
			validation.setSuppressDropDownArrow(true);
			validation.setShowErrorBox(true);
			validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
			validation.createErrorBox("“" + columns.get(c).header() + "”填写有误", "只能填" + choice.allowed());
			validation.setEmptyCellAllowed(true);
			sheet.addValidationData(validation);
		}
	}

	/**
	 * Reads a workbook in the layout {@link #write} produces. Columns are found by their header in the first row, in
	 * any order; other columns and other sheets are ignored, blank rows skipped. The sheets are streamed, not loaded
	 * as a whole, so a big workbook costs little more memory than the catalog it holds.
	 *
	 * @param departmentCodes the departments that exist; items and steps may name only these
	 */
	public static Result read(InputStream in, Set<String> departmentCodes) {
		Path file = null;
		try {
			InputStream buffered = new BufferedInputStream(in);
			buffered.mark(ZIP.length);
			byte[] head = buffered.readNBytes(ZIP.length);
			buffered.reset();
			if (head.length == 0) {
				return Result.unreadable("文件是空的");
			}
			if (Arrays.equals(head, OLE2)) {
				return Result.unreadable("这是旧版 Excel（.xls）或加了密码的文件，无法读取：请在 Excel 中去掉密码，"
						+ "另存为“Excel 工作簿（*.xlsx）”后再导入");
			}
			if (!Arrays.equals(head, ZIP)) {
				return Result.unreadable("非 Excel 文件：请上传从本系统导出、修改后保存的 .xlsx 工作簿");
			}
			file = Files.createTempFile("onewindow-catalog-", ".xlsx");
			Files.copy(buffered, file, StandardCopyOption.REPLACE_EXISTING);
			Map<String, SheetData> sheets;
			try {
				sheets = SheetData.readAll(file, SHEET_NAMES);
			}
			catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
					| RuntimeException ex) {
				return Result.unreadable("非 Excel 文件或文件已损坏，无法打开：请上传从本系统导出、修改后保存的 .xlsx 工作簿");
			}
			return new Reader(sheets, departmentCodes).read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					file.toFile().deleteOnExit();
				}
			}
		}
	}

	/**
	 * What reading a workbook gave: the content, or every error found (at most {@link #MAX_ERRORS} listed, then one
	 * line with how many more), never both.
	 *
	 * @param errorCount how many errors were found in all, listed or not
	 * @param unreadable whether the file could not be opened as a workbook at all
	 */
	public record Result(CatalogContent content, List<Violation> errors, int errorCount, boolean unreadable) {

		public Result {
			errors = List.copyOf(errors);
			if ((content == null) == errors.isEmpty()) {
				throw new IllegalArgumentException("either content or errors");
			}
		}

		static Result of(CatalogContent content) {
			return new Result(content, List.of(), 0, false);
		}

		static Result unreadable(String reason) {
			return new Result(null, List.of(new Violation(FILE, reason)), 1, true);
		}

		public boolean valid() {
			return content != null;
		}
	}

	/** One sheet: its name and columns in the order written. */
	private record Layout(String name, List<Column> columns) {
	}

	private enum Format {
		TEXT, CODE, NUMBER, LINES
	}

	/**
	 * A column: its header, width in characters, how cells look, and for enumerations the labels offered.
	 */
	private record Column(String header, int width, Format format, Choice<?> choice) {

		static Column text(String header, int width) {
			return new Column(header, width, Format.TEXT, null);
		}

		static Column code(String header, int width) {
			return new Column(header, width, Format.CODE, null);
		}

		static Column number(String header) {
			return new Column(header, Math.max(8, header.length() * 2 + 4), Format.NUMBER, null);
		}

		static Column lines(String header, int width) {
			return new Column(header, width, Format.LINES, null);
		}

		static Column choice(String header, int width, Choice<?> choice) {
			return new Column(header, width, Format.TEXT, choice);
		}
	}

	private static final class Styles {

		private final CellStyle header;
		private final CellStyle text;
		private final CellStyle code;
		private final CellStyle lines;

		Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			text = workbook.createCellStyle();
			text.setVerticalAlignment(VerticalAlignment.TOP);
			code = workbook.createCellStyle();
			code.setVerticalAlignment(VerticalAlignment.TOP);
			code.setDataFormat((short) BuiltinFormats.getBuiltinFormat("@"));
			lines = workbook.createCellStyle();
			lines.setVerticalAlignment(VerticalAlignment.TOP);
			lines.setWrapText(true);
		}

		CellStyle of(Column column) {
			return switch (column.format()) {
				case CODE -> code;
				case LINES -> lines;
				case TEXT, NUMBER -> text;
			};
		}
	}

	/**
	 * The words an enumerated column takes: each value's label (what is written and offered), plus alternatives that
	 * are read as well (the code, the English name).
	 */
	private static final class Choice<T> {

		private final Map<T, String> labels = new LinkedHashMap<>();
		private final Map<String, T> values = new HashMap<>();

		static <T> Choice<T> of(T[] all, Function<T, String> label, Function<T, List<String>> alternatives) {
			var choice = new Choice<T>();
			for (T value : all) {
				choice.labels.put(value, label.apply(value));
				alternatives.apply(value).forEach(word -> choice.values.putIfAbsent(word, value));
			}
			choice.labels.forEach((value, word) -> choice.values.put(word, value));
			return choice;
		}

		String label(T value) {
			return labels.getOrDefault(value, String.valueOf(value));
		}

		T find(String word) {
			return values.get(word);
		}

		List<String> labels() {
			return List.copyOf(labels.values());
		}

		/** 即办件或承诺件; 行政许可、行政征收……或公共服务. */
		String allowed() {
			List<String> words = labels();
			if (words.size() == 1) {
				return words.get(0);
			}
			return String.join("、", words.subList(0, words.size() - 1)) + "或" + words.get(words.size() - 1);
		}
	}

	/** Every error found, in the order found; the first {@link #MAX_ERRORS} are kept. */
	private static final class Errors {

		private final List<Violation> listed = new ArrayList<>();
		private int count;

		void add(String where, String message) {
			count++;
			if (listed.size() < MAX_ERRORS) {
				listed.add(new Violation(where, message));
			}
		}

		boolean any() {
			return count > 0;
		}

		Result result() {
			var errors = new ArrayList<>(listed);
			if (count > listed.size()) {
				errors.add(new Violation(WORKBOOK, "还有" + (count - listed.size()) + "处错误未列出"));
			}
			return new Result(null, errors, count, false);
		}
	}

	/** A cell as stored in the file: text, a number with its display format, or a truth value. */
	private record Value(CellType type, String text, double number, short formatIndex, String format) {

		static final Value BLANK = new Value(CellType.BLANK, "", 0, (short) 0, null);

		static Value text(String text) {
			return new Value(CellType.STRING, text, 0, (short) 0, null);
		}

		boolean date() {
			return type == CellType.NUMERIC && format != null && DateUtil.isADateFormat(formatIndex, format)
					&& DateUtil.isValidExcelDate(number);
		}
	}

	/** The cells of one sheet by row and column (both zero-based), as far as they hold anything. */
	private record SheetData(String name, SortedMap<Integer, Map<Integer, Value>> rows) {

		/** Streams the named sheets out of the file; the others are not read at all. */
		static Map<String, SheetData> readAll(Path file, Set<String> names)
				throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
			var sheets = new HashMap<String, SheetData>();
			var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			try {
				var reader = new XSSFReader(pkg);
				var strings = new ReadOnlySharedStringsTable(pkg);
				StylesTable styles = reader.getStylesTable();
				var iterator = reader.getSheetIterator();
				while (iterator.hasNext()) {
					try (InputStream sheet = iterator.next()) {
						String name = iterator.getSheetName();
						if (names.contains(name) && !sheets.containsKey(name)) {
							var handler = new SheetHandler(strings, styles);
							XMLReader xml = XMLHelper.newXMLReader();
							xml.setContentHandler(handler);
							xml.parse(new InputSource(sheet));
							sheets.put(name, new SheetData(name, handler.rows));
						}
					}
				}
			}
			finally {
				pkg.revert();
			}
			return sheets;
		}
	}

	/**
	 * Collects the cells of a sheet's XML ({@code <row r><c r t s><v/> | <is><t/></is></c></row>}); a formula cell
	 * counts with its last calculated value.
	 */
	private static final class SheetHandler extends DefaultHandler {

		private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

		private final SharedStrings strings;
		private final StylesTable styles;
		private final Map<Integer, Value> styleFormats = new HashMap<>();
		private final SortedMap<Integer, Map<Integer, Value>> rows = new TreeMap<>();
		private final StringBuilder value = new StringBuilder();
		private final StringBuilder inlineText = new StringBuilder();
		private Map<Integer, Value> row;
		private int rowIndex = -1;
		private int column = -1;
		private String type;
		private String style;
		private boolean hasValue;
		private boolean inline;
		private StringBuilder collecting;

		SheetHandler(SharedStrings strings, StylesTable styles) {
			this.strings = strings;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (name(localName, qName)) {
				case "row" -> {
					String r = attributes.getValue("r");
					rowIndex = r != null ? Integer.parseInt(r) - 1 : rowIndex + 1;
					column = -1;
					row = new HashMap<>();
				}
				case "c" -> {
					String r = attributes.getValue("r");
					column = r != null ? new CellReference(r).getCol() : column + 1;
					type = attributes.getValue("t");
					style = attributes.getValue("s");
					value.setLength(0);
					inlineText.setLength(0);
					hasValue = false;
				}
				case "v" -> {
					collecting = value;
					hasValue = true;
				}
				case "is" -> inline = true;
				case "t" -> collecting = inline ? inlineText : null;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (collecting != null) {
				collecting.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (name(localName, qName)) {
				case "v", "t" -> collecting = null;
				case "is" -> inline = false;
				case "c" -> {
					Value cell = cell(value.toString());
					if (cell.type() != CellType.BLANK) {
						row.put(column, cell);
					}
				}
				case "row" -> {
					if (!row.isEmpty()) {
						rows.put(rowIndex, row);
					}
				}
				default -> {
				}
			}
		}

		private static String name(String localName, String qName) {
			String name = localName == null || localName.isEmpty() ? qName : localName;
			return name.substring(name.indexOf(':') + 1);
		}

		private Value cell(String text) {
			String kind = type == null ? "n" : type;
			switch (kind) {
				case "s":
					return text.isBlank() ? Value.BLANK
							: Value.text(strings.getItemAt(Integer.parseInt(text.strip())).getString());
				case "inlineStr":
					// a cell changed by a program may carry its new text in <v> beside the old <is>; <v> wins
					return Value.text(hasValue ? text : unescape(inlineText.toString()));
				case "str":
				case "d":
					return Value.text(text);
				case "b":
					return new Value(CellType.BOOLEAN, "1".equals(text.strip()) ? "TRUE" : "FALSE", 0, (short) 0, null);
				case "e":
					return Value.BLANK;
				default:
					if (text.isBlank()) {
						return Value.BLANK;
					}
					try {
						double number = Double.parseDouble(text.strip());
						Value format = format();
						return new Value(CellType.NUMERIC, text, number, format.formatIndex(), format.format());
					}
					catch (NumberFormatException ex) {
						return Value.text(text);
					}
			}
		}

		private Value format() {
			if (style == null || styles == null) {
				return Value.BLANK;
			}
			int index = Integer.parseInt(style);
			return styleFormats.computeIfAbsent(index, i -> {
				if (i >= styles.getNumCellStyles()) {
					return Value.BLANK;
				}
				XSSFCellStyle cellStyle = styles.getStyleAt(i);
				return new Value(CellType.BLANK, "", 0, cellStyle.getDataFormat(), cellStyle.getDataFormatString());
			});
		}

		/** Excel writes some characters of inline text as _xHHHH_. */
		private static String unescape(String text) {
			return ESCAPED.matcher(text)
				.replaceAll(match -> String.valueOf((char) Integer.parseInt(match.group(1), 16)));
		}
	}

	/** One sheet found with all its columns. */
	private static final class Table {

		private final Layout layout;
		private final SheetData sheet;
		private final Map<String, Integer> columns;
		private final Errors errors;
		private final DataFormatter formatter;

		Table(Layout layout, SheetData sheet, Map<String, Integer> columns, Errors errors, DataFormatter formatter) {
			this.layout = layout;
			this.sheet = sheet;
			this.columns = columns;
			this.errors = errors;
			this.formatter = formatter;
		}

		/** The rows below the header that have anything in the sheet's columns. */
		List<Line> lines() {
			var lines = new ArrayList<Line>();
			sheet.rows().tailMap(1).forEach((index, cells) -> {
				var line = new Line(this, index, cells);
				if (!line.blank()) {
					lines.add(line);
				}
			});
			return lines;
		}
	}

	/** One row of a sheet, read column by column; every problem is recorded with the row. */
	private static final class Line {

		private final Table table;
		private final int index;
		private final Map<Integer, Value> cells;
		private boolean failed;

		Line(Table table, int index, Map<Integer, Value> cells) {
			this.table = table;
			this.index = index;
			this.cells = cells;
		}

		/** The row number as Excel shows it. */
		int number() {
			return index + 1;
		}

		String where() {
			return table.layout.name() + "!第" + number() + "行";
		}

		void error(String message) {
			failed = true;
			table.errors.add(where(), message);
		}

		boolean failed() {
			return failed;
		}

		boolean blank() {
			return table.layout.columns().stream().allMatch(column -> raw(column.header()).isBlank());
		}

		private Value cell(String column) {
			Integer index = table.columns.get(column);
			if (index == null) {
				throw new IllegalStateException("column " + column + " is not in the layout of " + table.layout.name());
			}
			return cells.getOrDefault(index, Value.BLANK);
		}

		/** The cell as text: numbers without decimals or grouping, keeping the zeros a 0000000000 format shows. */
		private String raw(String column) {
			Value cell = cell(column);
			if (cell.type() != CellType.NUMERIC) {
				return cell.text();
			}
			if (cell.date()) {
				return table.formatter.formatRawCellContents(cell.number(), cell.formatIndex(), cell.format());
			}
			String plain = BigDecimal.valueOf(cell.number()).stripTrailingZeros().toPlainString();
			String format = cell.format();
			if (format != null && ZEROS.matcher(format).matches() && plain.chars().allMatch(Character::isDigit)
					&& plain.length() < format.length()) {
				return "0".repeat(format.length() - plain.length()) + plain;
			}
			return plain;
		}

		private boolean numeric(String column) {
			return cell(column).type() == CellType.NUMERIC;
		}
		/** Text as written, without surrounding blanks; an empty cell is empty text. */
		String text(String column) {
			return raw(column).strip();
		}

		/** Text, or {@code null} for an empty cell. */
		String optional(String column) {
			String text = text(column);
			return text.isEmpty() ? null : text;
		}

		String required(String column) {
			String text = text(column);
			if (text.isEmpty()) {
				error("“" + column + "”不能为空");
				return null;
			}
			return text;
		}

		String itemCode(String column) {
			String code = required(column);
			if (code != null && !ITEM_CODE.matcher(code).matches()) {
				String hint = numeric(column) ? "；该单元格是数字格式，开头的0会丢失，请把单元格设为文本格式后重新填写" : "";
				error("“" + column + "”应为10位数字（2位类型+5位事项+3位子项），现为" + code + "（" + code.length() + "位）"
						+ hint);
				return null;
			}
			return code;
		}

		String department(String column, Set<String> departments) {
			String code = required(column);
			if (code != null && !departments.contains(code)) {
				error("“" + column + "”" + code + "不存在，应填部门编码");
			}
			return code;
		}

		Integer integer(String column) {
			Value cell = cell(column);
			Integer value = null;
			if (cell.type() == CellType.NUMERIC && !cell.date()) {
				double number = cell.number();
				if (number == Math.rint(number) && Math.abs(number) < 1_000_000_000) {
					value = (int) number;
				}
			}
			else {
				String text = text(column);
				if (text.isEmpty()) {
					error("“" + column + "”不能为空，应为整数");
					return null;
				}
				if (INTEGER.matcher(text).matches()) {
					value = Integer.valueOf(text);
				}
			}
			if (value == null) {
				error("“" + column + "”应为整数，现为“" + text(column) + "”");
				return null;
			}
			if (value < 0) {
				error("“" + column + "”不能为负数");
				return null;
			}
			return value;
		}

		<T> T choice(String column, Choice<T> choice) {
			String text = text(column);
			if (text.isEmpty()) {
				error("“" + column + "”不能为空，只能填" + choice.allowed());
				return null;
			}
			return find(column, choice, text);
		}

		<T> T optionalChoice(String column, Choice<T> choice) {
			String text = text(column);
			return text.isEmpty() ? null : find(column, choice, text);
		}

		private <T> T find(String column, Choice<T> choice, String text) {
			T value = choice.find(text);
			if (value == null) {
				error("“" + column + "”只能填" + choice.allowed() + "，现为“" + text + "”");
			}
			return value;
		}

		/** One value per line; blank lines dropped. */
		List<String> lines(String column) {
			return LINE_BREAK.splitAsStream(raw(column)).map(String::strip).filter(line -> !line.isEmpty()).toList();
		}

		Set<SiteLevel> levels(String column) {
			var levels = EnumSet.noneOf(SiteLevel.class);
			for (String line : lines(column)) {
				SiteLevel level = LEVEL.find(line);
				if (level == null) {
					error("“" + column + "”只能填" + LEVEL.allowed() + "（每行一个），现有“" + line + "”");
				}
				else {
					levels.add(level);
				}
			}
			return levels;
		}
	}

	/** A child row: its parent, its 序号 and what it says. */
	private record Numbered<T>(String parent, int number, T value) {
	}

	private record SituationRow(String code, String itemCode, String name, SituationAction action, String actionDetail,
			ApplicantType applicantType, AcceptanceMode mode, int promisedDays, Set<SiteLevel> acceptLevels,
			Set<SiteLevel> decideLevels, boolean villageCollect, List<String> conditions, String guide,
			List<String> aliases, List<String> phrases) {
	}

	private record FormRow(String situation, String code, String name) {
	}

	private record BundleRow(String code, String name, String lifeEvent, List<String> phrases, String mergedForm,
			String guide) {
	}

	/** Reads the sheets in order, parents before children, and puts the content together when nothing is wrong. */
	private static final class Reader {

		private final Map<String, SheetData> sheets;
		private final Set<String> departments;
		private final Errors errors = new Errors();
		private final DataFormatter formatter = new DataFormatter();

		private final List<ServiceItem> items = new ArrayList<>();
		private final List<SituationRow> situations = new ArrayList<>();
		private final List<BundleRow> bundles = new ArrayList<>();
		private final List<Synonym> synonyms = new ArrayList<>();
		private final List<HallService> hallServices = new ArrayList<>();
		private final List<Numbered<MaterialRequirement>> materials = new ArrayList<>();
		private final List<Numbered<FormRow>> forms = new ArrayList<>();
		private final List<Numbered<FormTemplate.Field>> formFields = new ArrayList<>();
		private final List<Numbered<ApprovalStep>> steps = new ArrayList<>();
		private final List<Numbered<Situation.Faq>> faqs = new ArrayList<>();
		private final List<Numbered<Bundle.Member>> members = new ArrayList<>();
		private final List<Numbered<Bundle.Field>> mergedFields = new ArrayList<>();

		/** Codes found in a parent sheet (with their row), or {@code null} when the sheet could not be read. */
		private Map<String, Integer> itemCodes;
		private Map<String, Integer> situationCodes;
		private Map<String, Integer> formKeys;
		private Map<String, Integer> bundleCodes;

		Reader(Map<String, SheetData> sheets, Set<String> departments) {
			this.sheets = sheets;
			this.departments = Set.copyOf(departments);
		}

		Result read() {
			readItems();
			readSituations();
			readMaterials();
			readForms();
			readFormFields();
			readSteps();
			readFaqs();
			readBundles();
			readMembers();
			readMergedFields();
			readSynonyms();
			readHallServices();
			return errors.any() ? errors.result() : Result.of(content());
		}

		private Table table(Layout layout) {
			SheetData sheet = sheets.get(layout.name());
			if (sheet == null) {
				errors.add(layout.name(), "缺少工作表“" + layout.name() + "”");
				return null;
			}
			var columns = new HashMap<String, Integer>();
			new TreeMap<>(sheet.rows().getOrDefault(0, Map.of())).forEach((index, cell) -> {
				String name = cell.type() == CellType.STRING ? cell.text().strip() : "";
				if (!name.isEmpty()) {
					columns.putIfAbsent(name, index);
				}
			});
			boolean complete = true;
			for (Column column : layout.columns()) {
				if (!columns.containsKey(column.header())) {
					errors.add(layout.name() + "!第1行", "缺少“" + column.header() + "”列");
					complete = false;
				}
			}
			return complete ? new Table(layout, sheet, columns, errors, formatter) : null;
		}

		/** Remembers a code with its row; a second row with the same code is an error. */
		private static void unique(Map<String, Integer> seen, String key, String what, Line line) {
			Integer first = seen.putIfAbsent(key, line.number());
			if (first != null) {
				line.error(what + "重复（第" + first + "行与第" + line.number() + "行）");
			}
		}

		/** Checks a reference to a parent sheet, unless that sheet could not be read (already reported). */
		private static void exists(Map<String, Integer> parents, String code, String column, String sheet, Line line) {
			if (parents != null && code != null && !parents.containsKey(code)) {
				line.error("“" + column + "”" + code + "在“" + sheet + "”表中不存在");
			}
		}

		private void readItems() {
			Table table = table(ITEM_SHEET);
			if (table == null) {
				return;
			}
			itemCodes = new HashMap<>();
			for (Line line : table.lines()) {
				String code = line.itemCode("事项编码");
				String name = line.required("事项名称");
				String department = line.department("实施部门", departments);
				ItemType type = line.choice("事项类型", ITEM_TYPE);
				HandbookVolume volume = line.choice("所属分册", VOLUME);
				String legalBasis = line.text("设定依据");
				Integer legalDays = line.integer("法定时限");
				Integer promisedDays = line.integer("承诺时限");
				AcceptanceMode mode = line.choice("办件类型", MODE);
				String fee = line.text("收费");
				Integer visits = line.integer("到现场次数");
				Boolean online = line.choice("可全程网办", YES_NO);
				Set<SiteLevel> acceptLevels = line.levels("受理层级");
				Set<SiteLevel> decideLevels = line.levels("决定层级");
				Boolean villageCollect = line.choice("村代办", YES_NO);
				List<String> lifeEvents = line.lines("主题");
				List<String> keywords = line.lines("关键词");
				if (code != null) {
					unique(itemCodes, code, "事项编码" + code, line);
				}
				if (!line.failed()) {
					items.add(new ServiceItem(code, department, name, type, volume, legalBasis, legalDays,
							promisedDays, mode, fee, visits, online, acceptLevels, decideLevels, villageCollect,
							lifeEvents, keywords));
				}
			}
		}

		private void readSituations() {
			Table table = table(SITUATION_SHEET);
			if (table == null) {
				return;
			}
			situationCodes = new HashMap<>();
			for (Line line : table.lines()) {
				String code = line.required("情形编码");
				String itemCode = line.itemCode("事项编码");
				String name = line.required("情形名称");
				SituationAction action = line.choice("办事动作", ACTION);
				String actionDetail = line.text("动作说明");
				ApplicantType applicantType = line.choice("申请人类型", APPLICANT);
				AcceptanceMode mode = line.choice("办件类型", MODE);
				Integer promisedDays = line.integer("承诺时限");
				Set<SiteLevel> acceptLevels = line.levels("受理层级");
				Set<SiteLevel> decideLevels = line.levels("决定层级");
				Boolean villageCollect = line.choice("村代办", YES_NO);
				List<String> conditions = line.lines("受理条件");
				String guide = line.text("白话说明");
				List<String> aliases = line.lines("别名");
				List<String> phrases = line.lines("群众说法");
				if (code != null) {
					unique(situationCodes, code, "情形编码" + code, line);
				}
				if (itemCode != null && itemCodes != null && !itemCodes.containsKey(itemCode)) {
					line.error("情形" + Objects.toString(code, "") + "所属的事项不存在：“事项编码”" + itemCode + "在“" + ITEMS
							+ "”表中没有");
				}
				if (!line.failed()) {
					situations.add(new SituationRow(code, itemCode, name, action, actionDetail, applicantType, mode,
							promisedDays, acceptLevels, decideLevels, villageCollect, conditions, guide, aliases,
							phrases));
				}
			}
		}

		/**
		 * Reads a sheet of child rows: each names its parent in {@code parentColumn} and has a 序号 unique within the
		 * parent.
		 *
		 * @return whether the sheet was there with all its columns
		 */
		private <T> boolean readChildren(Layout layout, String parentColumn, Map<String, Integer> parents,
				String parentSheet, List<Numbered<T>> into, Function<Line, T> values) {
			Table table = table(layout);
			if (table == null) {
				return false;
			}
			var numbers = new HashMap<String, Integer>();
			for (Line line : table.lines()) {
				String parent = line.required(parentColumn);
				exists(parents, parent, parentColumn, parentSheet, line);
				Integer number = line.integer("序号");
				T value = values.apply(line);
				if (parent != null && number != null) {
					String owner = (parentSheet.equals(BUNDLES) ? "一件事" : "情形") + parent;
					unique(numbers, parent + "\n" + number, owner + "的序号" + number, line);
				}
				if (!line.failed()) {
					into.add(new Numbered<>(parent, number, value));
				}
			}
			return true;
		}

		private void readMaterials() {
			readChildren(MATERIAL_SHEET, "情形编码", situationCodes, SITUATIONS, materials, line -> {
				String name = line.required("材料名称");
				MaterialForm form = line.choice("材料形式", MATERIAL_FORM);
				Integer copies = line.integer("份数");
				Boolean required = line.choice("是否必需", YES_NO);
				String condition = line.optional("需要提交的情形");
				MaterialSource source = line.choice("材料来源", SOURCE);
				String licenseType = line.optional("证照类型");
				TrustGrade trustGrade = line.choice("信任等级", TRUST);
				Boolean key = line.choice("是否要件", YES_NO);
				Boolean pledgeAllowed = line.choice("可告知承诺", YES_NO);
				String checkNotes = line.text("核验要点");
				String formTemplate = line.optional("表格编码");
				return line.failed() ? null : new MaterialRequirement(name, form, copies, required, condition, source,
						licenseType, trustGrade, key, pledgeAllowed, checkNotes, formTemplate);
			});
		}

		private void readForms() {
			var keys = new HashMap<String, Integer>();
			boolean read = readChildren(FORM_SHEET, "情形编码", situationCodes, SITUATIONS, forms, line -> {
				String situation = line.text("情形编码");
				String code = line.required("表格编码");
				String name = line.required("表格名称");
				if (!situation.isEmpty() && code != null) {
					unique(keys, situation + "\n" + code, "情形" + situation + "的表格编码" + code, line);
				}
				return line.failed() ? null : new FormRow(situation, code, name);
			});
			formKeys = read ? keys : null;
		}

		private void readFormFields() {
			Table table = table(FORM_FIELD_SHEET);
			if (table == null) {
				return;
			}
			var numbers = new HashMap<String, Integer>();
			for (Line line : table.lines()) {
				String situation = line.required("情形编码");
				String form = line.required("表格编码");
				Integer number = line.integer("序号");
				String name = line.required("字段名");
				String label = line.text("字段标签");
				String sample = line.text("填写示例");
				String hint = line.text("填写提示");
				if (situation != null && form != null) {
					String key = situation + "\n" + form;
					if (formKeys != null && !formKeys.containsKey(key)) {
						line.error("“表格编码”" + form + "在“" + FORMS + "”表中不存在（情形" + situation + "）");
					}
					if (number != null) {
						unique(numbers, key + "\n" + number, "表格" + form + "的序号" + number, line);
					}
				}
				if (!line.failed()) {
					formFields.add(new Numbered<>(situation + "\n" + form, number,
							new FormTemplate.Field(name, label, sample, hint)));
				}
			}
		}

		private void readSteps() {
			readChildren(STEP_SHEET, "情形编码", situationCodes, SITUATIONS, steps, line -> {
				String name = line.required("步骤名称");
				StepRole role = line.choice("办理角色", ROLE);
				String department = line.department("办理部门", departments);
				Integer days = line.integer("步骤时限");
				Boolean counts = line.choice("计入时限", YES_NO);
				return line.failed() ? null : new ApprovalStep(name, role, department, days, counts);
			});
		}

		private void readFaqs() {
			readChildren(FAQ_SHEET, "情形编码", situationCodes, SITUATIONS, faqs, line -> {
				String question = line.required("问题");
				String answer = line.required("回答");
				return line.failed() ? null : new Situation.Faq(question, answer);
			});
		}

		private void readBundles() {
			Table table = table(BUNDLE_SHEET);
			if (table == null) {
				return;
			}
			bundleCodes = new HashMap<>();
			for (Line line : table.lines()) {
				String code = line.required("一件事编码");
				String name = line.required("一件事名称");
				String lifeEvent = line.text("主题");
				List<String> phrases = line.lines("群众说法");
				String mergedForm = line.optional("联办表名称");
				String guide = line.text("白话说明");
				if (code != null) {
					unique(bundleCodes, code, "一件事编码" + code, line);
				}
				if (!line.failed()) {
					bundles.add(new BundleRow(code, name, lifeEvent, phrases, mergedForm, guide));
				}
			}
		}

		private void readMembers() {
			readChildren(MEMBER_SHEET, "一件事编码", bundleCodes, BUNDLES, members, line -> {
				String situation = line.required("情形编码");
				exists(situationCodes, situation, "情形编码", SITUATIONS, line);
				Integer group = line.integer("批次");
				return line.failed() ? null : new Bundle.Member(situation, group);
			});
		}

		private void readMergedFields() {
			readChildren(MERGED_FIELD_SHEET, "一件事编码", bundleCodes, BUNDLES, mergedFields, line -> {
				String name = line.required("字段名");
				String label = line.text("字段标签");
				String sample = line.text("填写示例");
				List<String> sharedBy = line.lines("共用情形");
				return line.failed() ? null : new Bundle.Field(name, label, sample, sharedBy);
			});
		}

		private void readSynonyms() {
			Table table = table(SYNONYM_SHEET);
			if (table == null) {
				return;
			}
			for (Line line : table.lines()) {
				String term = line.required("词条");
				String kind = line.choice("类别", KIND);
				SituationAction action = line.optionalChoice("对应动作", ACTION);
				List<String> aliases = line.lines("同义说法");
				if (!line.failed()) {
					synonyms.add(new Synonym(term, aliases, kind, action));
				}
			}
		}

		private void readHallServices() {
			Table table = table(HALL_SERVICE_SHEET);
			if (table == null) {
				return;
			}
			var codes = new HashMap<String, Integer>();
			for (Line line : table.lines()) {
				String code = line.required("服务编码");
				String name = line.required("服务名称");
				String description = line.text("服务说明");
				String ticketCategory = line.optional("号票类别");
				List<String> phrases = line.lines("群众说法");
				if (code != null) {
					unique(codes, code, "服务编码" + code, line);
				}
				if (!line.failed()) {
					hallServices.add(new HallService(code, name, description, ticketCategory, phrases));
				}
			}
		}

		private CatalogContent content() {
			var materialsBy = byParent(materials);
			var formsBy = byParent(forms);
			var fieldsBy = byParent(formFields);
			var stepsBy = byParent(steps);
			var faqsBy = byParent(faqs);
			var membersBy = byParent(members);
			var mergedFieldsBy = byParent(mergedFields);
			var situationList = situations.stream()
				.map(s -> new Situation(s.code(), s.itemCode(), s.name(), s.action(), s.actionDetail(),
						s.applicantType(), s.mode(), s.promisedDays(), s.acceptLevels(), s.decideLevels(),
						s.villageCollect(), s.conditions(), materialsBy.getOrDefault(s.code(), List.of()),
						formsBy.getOrDefault(s.code(), List.<FormRow>of())
							.stream()
							.map(form -> new FormTemplate(form.code(), form.name(),
									fieldsBy.getOrDefault(form.situation() + "\n" + form.code(), List.of())))
							.toList(),
						stepsBy.getOrDefault(s.code(), List.of()), s.guide(), faqsBy.getOrDefault(s.code(), List.of()),
						s.aliases(), s.phrases()))
				.toList();
			var bundleList = bundles.stream().map(b -> {
				var fields = mergedFieldsBy.getOrDefault(b.code(), List.of());
				var form = b.mergedForm() == null && fields.isEmpty() ? null
						: new Bundle.MergedForm(b.mergedForm(), fields);
				return new Bundle(b.code(), b.name(), b.lifeEvent(), b.phrases(),
						membersBy.getOrDefault(b.code(), List.of()), form, b.guide());
			}).toList();
			return new CatalogContent(items, situationList, bundleList, synonyms, hallServices);
		}

		/** Children by parent, each list in 序号 order (rows in sheet order where the numbers are equal). */
		private static <T> Map<String, List<T>> byParent(List<Numbered<T>> children) {
			var byParent = new HashMap<String, List<Numbered<T>>>();
			children.forEach(child -> byParent.computeIfAbsent(child.parent(), parent -> new ArrayList<>()).add(child));
			var ordered = new HashMap<String, List<T>>();
			byParent.forEach((parent, list) -> ordered.put(parent, list.stream()
				.sorted(Comparator.comparingInt(Numbered::number))
				.map(Numbered::value)
				.toList()));
			return ordered;
		}
	}
}
