package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Downloading the handbook as an Excel workbook and replacing the draft with an edited one, through the HTTP API
 * with the demo county. Tests that change the draft put it back as they found it.
 */
@HallIntegrationTest
class CatalogWorkbookIntegrationTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	private static final String UPLOAD = "/api/catalog/draft/workbook";

	private static DraftWorkbook draft;

	@LocalServerPort
	int port;

	@Test
	void anAdministratorDownloadsAPublishedVersion() throws IOException {
		var admin = HallClient.loggedIn(port, "sysadmin");
		int publishedItems = admin.get("/api/catalog/items?version=1").body().size();

		var download = admin.getBytes("/api/catalog/versions/1/workbook");

		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).startsWith(XLSX);
		assertThat(download.disposition()).startsWith("attachment")
			.contains("filename*=UTF-8''" + URLEncoder.encode("受理事典-第1版.xlsx", StandardCharsets.UTF_8));
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
			Sheet items = workbook.getSheet("事项");
			assertThat(items).isNotNull();
			assertThat(items.getRow(0).getCell(0).getStringCellValue()).isEqualTo("事项编码");
			assertThat(publishedItems).isPositive();
			assertThat(items.getLastRowNum()).isGreaterThanOrEqualTo(publishedItems);
		}
	}

	@Test
	void aSiteAdministratorDownloadsTheDraftButMayNotImport() {
		var siteAdmin = HallClient.loggedIn(port, "siteadmin");

		var download = siteAdmin.getBytes("/api/catalog/versions/0/workbook");
		var upload = siteAdmin.postMultipart(UPLOAD, "file", "draft.xlsx", download.bytes(), XLSX);

		assertThat(download.status()).isEqualTo(200);
		assertThat(download.disposition())
			.contains("filename*=UTF-8''" + URLEncoder.encode("受理事典-草稿.xlsx", StandardCharsets.UTF_8));
		assertThat(upload.status()).isEqualTo(403);
		assertThat(upload.code()).isEqualTo("auth.forbidden");
	}

	@Test
	void aGuideMayNeitherDownloadNorImport() {
		var guide = HallClient.loggedIn(port, "guide");

		assertThat(guide.getBytes("/api/catalog/versions/1/workbook").status()).isEqualTo(403);
		var upload = guide.postMultipart(UPLOAD, "file", "draft.xlsx", draft().bytes(), XLSX);
		assertThat(upload.status()).isEqualTo(403);
		assertThat(upload.code()).isEqualTo("auth.forbidden");
	}

	@Test
	void aWorkbookWithErrorsIsRefusedWholeAndTheDraftStaysAsItWas() {
		var admin = HallClient.loggedIn(port, "sysadmin");
		var draft = draft();
		var before = admin.get("/api/catalog/draft/items/" + draft.firstItemCode()).body().get("item");

		byte[] spoiled = edited(draft.bytes(), workbook -> {
			set(workbook.getSheet("事项"), 1, "事项名称", "不该导入的名称");
			set(workbook.getSheet("事项"), 1, "实施部门", "ABC");
			set(workbook.getSheet("申请材料"), 1, "份数", "一");
		});
		var response = admin.postMultipart(UPLOAD, "file", "受理事典-草稿.xlsx", spoiled, XLSX);

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.code()).isEqualTo("catalog.workbook-invalid");
		assertThat(response.detail()).contains("2 处错误");
		assertThat(response.body().get("errors").valueStream()
			.map(error -> Map.of("field", error.get("field").asString(), "message", error.get("message").asString())))
			.containsExactly(Map.of("field", "事项!第2行", "message", "“实施部门”ABC不存在，应填部门编码"),
					Map.of("field", "申请材料!第2行", "message", "“份数”应为整数，现为“一”"));
		var after = admin.get("/api/catalog/draft/items/" + draft.firstItemCode()).body().get("item");
		assertThat(after).isEqualTo(before);
		assertThat(after.get("name").asString()).isNotEqualTo("不该导入的名称");
	}

	@Test
	void anEditedWorkbookReplacesTheDraft() {
		var admin = HallClient.loggedIn(port, "sysadmin");
		var draft = draft();
		String code = draft.firstItemCode();
		String renamed = draft.firstItemName() + "（试行）";
		byte[] edited = edited(draft.bytes(), workbook -> set(workbook.getSheet("事项"), 1, "事项名称", renamed));
		try {
			var response = admin.postMultipart(UPLOAD, "file", "受理事典-草稿.xlsx", edited, XLSX);

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body().get("items").asInt()).isEqualTo(draft.items());
			assertThat(response.body().get("situations").asInt()).isEqualTo(draft.situations());
			assertThat(response.body().get("hallServices").asInt()).isEqualTo(draft.hallServices());
			assertThat(response.body().has("bundles")).isTrue();
			assertThat(response.body().has("synonyms")).isTrue();
			assertThat(admin.get("/api/catalog/draft/items/" + code).body().get("item").get("name").asString())
				.isEqualTo(renamed);
			assertThat(admin.get("/api/catalog/versions/1/diff/0").body().get("items").get("changed").valueStream()
				.map(entry -> entry.get("code").asString())).contains(code);
		}
		finally {
			var restored = admin.postMultipart(UPLOAD, "file", "受理事典-草稿.xlsx", draft.bytes(), XLSX);
			assertThat(restored.status()).isEqualTo(200);
		}
		assertThat(admin.get("/api/catalog/draft/items/" + code).body().get("item").get("name").asString())
			.isEqualTo(draft.firstItemName());
	}

	@Test
	void aFileThatIsNotAWorkbookIsA400() {
		var admin = HallClient.loggedIn(port, "sysadmin");

		var text = admin.postMultipart(UPLOAD, "file", "事项清单.xlsx", "事项编码,事项名称\n".getBytes(StandardCharsets.UTF_8),
				XLSX);
		var empty = admin.postMultipart(UPLOAD, "file", "empty.xlsx", new byte[0], XLSX);

		assertThat(text.status()).isEqualTo(400);
		assertThat(text.code()).isEqualTo("catalog.workbook-unreadable");
		assertThat(text.detail()).startsWith("非 Excel 文件");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.code()).isEqualTo("catalog.workbook-empty");
	}

	/**
	 * The draft as a workbook, downloaded once: the tests that change the draft put these bytes back, so it stays the
	 * same for the whole class.
	 */
	private DraftWorkbook draft() {
		if (draft == null) {
			var download = HallClient.loggedIn(port, "sysadmin").getBytes("/api/catalog/versions/0/workbook");
			assertThat(download.status()).isEqualTo(200);
			try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
				Sheet items = workbook.getSheet("事项");
				draft = new DraftWorkbook(download.bytes(), text(items, 1, "事项编码"), text(items, 1, "事项名称"),
						items.getLastRowNum(), workbook.getSheet("办事情形").getLastRowNum(),
						workbook.getSheet("大厅服务").getLastRowNum());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return draft;
	}

	private record DraftWorkbook(byte[] bytes, String firstItemCode, String firstItemName, int items, int situations,
			int hallServices) {
	}

	private static byte[] edited(byte[] workbookBytes, Consumer<XSSFWorkbook> change) {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
			change.accept(workbook);
			var out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(Sheet sheet, int row, String header) {
		return sheet.getRow(row).getCell(column(sheet, header)).getStringCellValue();
	}

	private static void set(Sheet sheet, int row, String header, String value) {
		sheet.getRow(row).getCell(column(sheet, header)).setCellValue(value);
	}

	private static int column(Sheet sheet, String header) {
		for (Cell cell : sheet.getRow(0)) {
			if (cell.getStringCellValue().equals(header)) {
				return cell.getColumnIndex();
			}
		}
		throw new IllegalArgumentException("no column " + header + " in " + sheet.getSheetName());
	}
}
