package fr.entraide.files;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Images re-encoded from their pixels only (JDK ImageIO, TwelveMonkeys for JPEGs that the JDK reader refuses), so that
 * no metadata survives: EXIF (GPS position, camera), XMP, comments. A JPEG stays a JPEG; PNG and GIF become PNG.
 */
final class Images {

    /** What was read: the pixels, their size, and the format to write them in. */
    record Decoded(BufferedImage image, int width, int height, String format, String contentType) {
    }

    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Images() {
    }

    /**
     * Reads the image, refusing it before decoding when it has more than {@code maxPixels} pixels; one whose longest
     * side exceeds {@code maxSide} is read subsampled by the smallest integer factor that brings it within, so that
     * its pixels never take more than about {@code 4 × maxSide²} bytes of heap.
     */
    static Decoded read(Path file, String mediaType, long maxPixels, int maxSide) throws IOException, Refused {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("no reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > maxPixels) {
                    throw new Refused("too many pixels: " + pixels);
                }
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                int factor = (longest + maxSide - 1) / maxSide;
                javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                if (factor > 1) {
                    param.setSourceSubsampling(factor, factor, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                boolean jpeg = mediaType.equals("image/jpeg");
                return new Decoded(jpeg ? rgb(image) : image, image.getWidth(), image.getHeight(),
                        jpeg ? "jpeg" : "png", jpeg ? "image/jpeg" : "image/png");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("unreadable image: " + e.getMessage());
        }
    }

    /** The image scaled down so that its largest side is at most {@code side} (never scaled up). */
    static BufferedImage fit(BufferedImage image, int side) {
        BufferedImage current = image;
        while (Math.max(current.getWidth(), current.getHeight()) > side) {
            double ratio = Math.max(0.5, (double) side / Math.max(current.getWidth(), current.getHeight()));
            int width = Math.max(1, (int) Math.round(current.getWidth() * ratio));
            int height = Math.max(1, (int) Math.round(current.getHeight() * ratio));
            BufferedImage next = new BufferedImage(width, height,
                    current.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, width, height, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    /** Writes the pixels alone (no metadata) in {@code format}; JPEGs at quality 0.85. */
    static void write(BufferedImage image, String format, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** JPEG has no alpha: draw on white. */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
