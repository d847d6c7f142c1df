package org.onewindow.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.support.Cases.open;
import static org.onewindow.support.Cases.openBody;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Scans attached to checklist lines: the type from the content, names that never become paths, served only to the
 * case's staff.
 */
@HallIntegrationTest
class CaseFilesIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
			0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	CatalogManagement catalog;

	TestHall hall;

	HallClient clerk;

	long caseId;

	@BeforeEach
	void aCase() {
		hall = halls.create(List.of(List.of("A")));
		clerk = HallClient.loggedIn(port, hall.clerks().get(0));
		caseId = open(clerk, openBody(new AcceptanceFixtures(catalog).promisedAtTown().code())).get("id").asLong();
	}

	private String files(int line) {
		return "/api/cases/" + caseId + "/materials/" + line + "/files";
	}

	@Test
	void aScanIsStoredByContentAndServedWithItsType() {
		var pdf = clerk.postMultipart(files(1), "file", "营业执照.pdf", PDF, "application/pdf");
		assertThat(pdf.status()).as(pdf.text()).isEqualTo(201);
		assertThat(pdf.body().get("mediaType").asString()).isEqualTo("application/pdf");
		long pdfId = pdf.body().get("id").asLong();
		var png = clerk.postMultipart(files(1), "file", "scan.pdf", PNG, "application/pdf");
		assertThat(png.status()).as(png.text()).isEqualTo(201);
		assertThat(png.body().get("mediaType").asString()).as("by content, not by name").isEqualTo("image/png");

		var kase = clerk.get("/api/cases/" + caseId).body();
		assertThat(kase.get("materials").get(0).get("fileIds").size()).isEqualTo(2);
		var download = clerk.getBytes("/api/cases/" + caseId + "/files/" + pdfId);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).startsWith("application/pdf");
		assertThat(download.bytes()).isEqualTo(PDF);
		assertThat(download.disposition()).startsWith("inline");
	}

	@Test
	void namesNeverBecomePathsAndOtherContentIsRefused() {
		var traversal = clerk.postMultipart(files(1), "file", "../../../etc/passwd.pdf", PDF, "application/pdf");
		assertThat(traversal.status()).as(traversal.text()).isEqualTo(201);
		assertThat(traversal.body().get("name").asString()).isEqualTo("passwd.pdf");
		var windows = clerk.postMultipart(files(1), "file", "..\\..\\boot.ini.pdf", PDF, "application/pdf");
		assertThat(windows.body().get("name").asString()).doesNotContain("..").doesNotContain("\\");

		var text = clerk.postMultipart(files(1), "file", "证明.pdf",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "application/pdf");
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.code()).isEqualTo("file.unsupported-type");
		var empty = clerk.postMultipart(files(1), "file", "空.pdf", new byte[0], "application/pdf");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(clerk.postMultipart(files(999), "file", "a.pdf", PDF, "application/pdf").status()).isEqualTo(404);
		assertThat(clerk.get("/api/cases/" + caseId).body().get("materials").get(0).get("fileIds").size())
			.isEqualTo(2);
	}

	@Test
	void onlyTheCasesStaffSeeItsFiles() {
		long fileId = clerk.postMultipart(files(1), "file", "a.pdf", PDF, "application/pdf").body().get("id").asLong();
		var stranger = HallClient.loggedIn(port, halls.create(List.of(List.of("A"))).clerks().get(0));
		assertThat(stranger.getBytes("/api/cases/" + caseId + "/files/" + fileId).status()).isEqualTo(404);
		assertThat(stranger.postMultipart(files(1), "file", "b.pdf", PDF, "application/pdf").status()).isEqualTo(404);
		assertThat(new HallClient(port).getBytes("/api/cases/" + caseId + "/files/" + fileId).status())
			.isEqualTo(401);

		long otherCase = open(clerk, openBody(new AcceptanceFixtures(catalog).promisedAtTown().code())).get("id")
			.asLong();
		assertThat(clerk.getBytes("/api/cases/" + otherCase + "/files/" + fileId).status())
			.as("a file is reached only through its own case").isEqualTo(404);
	}
}
