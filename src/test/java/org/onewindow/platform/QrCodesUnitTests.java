package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.onewindow.support.QrImages;

/**
 * QR codes as PNG images: what a phone reads back, and the bounds of text and size.
 */
class QrCodesUnitTests {

	final QrCodes qrCodes = new QrCodes();

	@Test
	void aCodeIsAPngOfTheAskedSizeThatReadsBackAsTheText() {
		String url = "https://hall.example.cn/m/progress/Ab3_x-9ZQ";
		byte[] png = qrCodes.png(url, 240);
		assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
		assertThat(QrImages.width(png)).isEqualTo(240);
		assertThat(QrImages.text(png)).isEqualTo(url);
	}

	@Test
	void chineseTextTravelsAsUtf8() {
		assertThat(QrImages.text(qrCodes.png("一窗通 办件进度", 200))).isEqualTo("一窗通 办件进度");
	}

	@Test
	void theLongestTextAndTheSizeBoundsAreAccepted() {
		String longest = "a".repeat(QrCodes.MAX_TEXT_LENGTH);
		assertThat(QrImages.text(qrCodes.png(longest, QrCodes.MAX_SIZE))).isEqualTo(longest);
		assertThat(QrImages.width(qrCodes.png("A012", QrCodes.MIN_SIZE))).isEqualTo(QrCodes.MIN_SIZE);
	}

	@Test
	void blankOrTooLongTextAndSizesOutOfBoundsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> qrCodes.png(null, 240));
		assertThatIllegalArgumentException().isThrownBy(() -> qrCodes.png(" ", 240));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> qrCodes.png("a".repeat(QrCodes.MAX_TEXT_LENGTH + 1), 240))
			.withMessageContaining("513");
		assertThatIllegalArgumentException().isThrownBy(() -> qrCodes.png("A012", QrCodes.MIN_SIZE - 1));
		assertThatIllegalArgumentException().isThrownBy(() -> qrCodes.png("A012", QrCodes.MAX_SIZE + 1));
	}
}
