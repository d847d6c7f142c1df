package org.onewindow.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads QR codes back from PNG images, as a phone's camera would, so tests check what a code says and not only that
 * an image came back.
 */
public final class QrImages {

	private QrImages() {
	}

	/** The image's width in pixels. */
	public static int width(byte[] png) {
		return read(png).getWidth();
	}

	/**
	 * The text the QR code in the image carries: found by ZXing's finder-pattern detector, or else read as the pure,
	 * unrotated symbol the server draws. The detector misses about one flawless generated image in a hundred (its
	 * finder patterns confused by the data modules: 52 of 4,000 random ticket addresses with a quiet zone of two
	 * modules, 48 with four; every one of them read as a pure barcode), which made tests with random tokens fail now
	 * and then; a camera's picture of a printed slip is another matter, and what the code says is checked either way.
	 */
	public static String text(byte[] png) {
		var image = read(png);
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		try {
			return new QRCodeReader().decode(bitmap).getText();
		}
		catch (NotFoundException | ChecksumException | FormatException detected) {
			try {
				return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
			}
			catch (NotFoundException | ChecksumException | FormatException e) {
				e.addSuppressed(detected);
				throw new AssertionError("no readable QR code in the image", e);
			}
		}
	}

	private static BufferedImage read(byte[] png) {
		try {
			var image = ImageIO.read(new ByteArrayInputStream(png));
			if (image == null) {
				throw new AssertionError("not an image");
			}
			return image;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
