package org.onewindow.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
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

	/** The text the QR code in the image carries. */
	public static String text(byte[] png) {
		var image = read(png);
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		try {
			return new QRCodeReader().decode(bitmap).getText();
		}
		catch (NotFoundException | ChecksumException | FormatException e) {
			throw new AssertionError("no readable QR code in the image", e);
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
