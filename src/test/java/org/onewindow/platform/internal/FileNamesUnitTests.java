package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesUnitTests {

	@Test
	void anOrdinaryNameStaysAsItWas() {
		assertThat(FileNames.forDisplay("营业执照副本.pdf")).isEqualTo("营业执照副本.pdf");
		assertThat(FileNames.forDisplay("  身份证 正面.jpg ")).isEqualTo("身份证 正面.jpg");
	}

	@Test
	void foldersAreDroppedWhicheverSlashTheyUse() {
		assertThat(FileNames.forDisplay("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.forDisplay("C:\\Users\\张三\\Desktop\\申请表.pdf")).isEqualTo("申请表.pdf");
		assertThat(FileNames.forDisplay("..\\..\\windows\\system32\\cmd.exe")).isEqualTo("cmd.exe");
		assertThat(FileNames.forDisplay("/")).isEqualTo(FileNames.UNNAMED);
		assertThat(FileNames.forDisplay("../..")).isEqualTo(FileNames.UNNAMED);
	}

	@Test
	void controlAndDirectionCharactersAreRemoved() {
		assertThat(FileNames.forDisplay("report\u0000.pdf")).isEqualTo("report.pdf");
		assertThat(FileNames.forDisplay("a\u0000/../b.pdf")).isEqualTo("b.pdf");
		assertThat(FileNames.forDisplay("line\r\nbreak.png")).isEqualTo("line break.png");
		// a right-to-left override makes "invoice\u202Efdp.exe" look like "invoiceexe.pdf"
		assertThat(FileNames.forDisplay("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.forDisplay("zero\u200Bwidth.pdf")).isEqualTo("zerowidth.pdf");
		assertThat(FileNames.forDisplay("\u0000\u0001\u0002")).isEqualTo(FileNames.UNNAMED);
	}

	@Test
	void leadingDotsAndBlankNamesBecomeSafe() {
		assertThat(FileNames.forDisplay(".bashrc")).isEqualTo("bashrc");
		assertThat(FileNames.forDisplay(null)).isEqualTo(FileNames.UNNAMED);
		assertThat(FileNames.forDisplay("   ")).isEqualTo(FileNames.UNNAMED);
	}

	@Test
	void aLongNameIsShortenedWithItsExtensionKept() {
		String shortened = FileNames.forDisplay("很".repeat(300) + ".pdf");
		assertThat(shortened.codePointCount(0, shortened.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(shortened).endsWith("…" + ".pdf").startsWith("很很很");

		String emoji = FileNames.forDisplay("😀".repeat(200));
		assertThat(emoji).as("cut between characters, never inside one").isEqualTo("😀".repeat(FileNames.MAX_LENGTH - 1) + "…");

		String exactly = "a".repeat(FileNames.MAX_LENGTH - 4) + ".pdf";
		assertThat(FileNames.forDisplay(exactly)).isEqualTo(exactly);
	}
}
