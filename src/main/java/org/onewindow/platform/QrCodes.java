package org.onewindow.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as black-and-white PNG images (ZXing, error correction level M, UTF-8, a quiet zone of two modules): the
 * ticket slip, the booking confirmation, the progress query on a case's printed documents.
 */
@Component
public class QrCodes {

	/** The longest text a code carries: a printed code at this density still scans from paper. */
	public static final int MAX_TEXT_LENGTH = 512;

	/** The smallest and largest image side in pixels. */
	public static final int MIN_SIZE = 64;

	public static final int MAX_SIZE = 1024;

	/**
	 * The text as a square QR code.
	 *
	 * @param size the image's side in pixels, {@value #MIN_SIZE} to {@value #MAX_SIZE} (a long text that needs more
	 * modules than that many pixels comes out as large as it needs)
	 * @throws IllegalArgumentException when the text is blank or longer than {@value #MAX_TEXT_LENGTH} characters, or
	 * the size is out of bounds
	 */
	public byte[] png(String text, int size) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("a QR code needs a text");
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new IllegalArgumentException(
					"a QR code carries at most " + MAX_TEXT_LENGTH + " characters, not " + text.length());
		}
		if (size < MIN_SIZE || size > MAX_SIZE) {
			throw new IllegalArgumentException(
					"a QR code is " + MIN_SIZE + " to " + MAX_SIZE + " pixels wide, not " + size);
		}
		try {
			var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("text cannot be encoded as a QR code", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
