package fr.entraide.support;

import io.restassured.http.ContentType;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Files to upload in tests: images drawn on the spot, multipart bodies, and the upload call itself. */
public final class Uploads {

    public static final String BOUNDARY = "entraide-test-boundary";

    private Uploads() {
    }

    /** A small picture in {@code format} (png, jpeg, gif). */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    /** Uploads a file to a group as {@code user} and returns its id. */
    public static long upload(TestUser user, String slug, String name, byte[] content) {
        return Api.as(user).contentType(ContentType.MULTIPART).multiPart("file", name, content)
                .post("/groups/{slug}/files", slug)
                .then().statusCode(201).extract().<Number>path("id").longValue();
    }

    /** A multipart body with one text file, for clients that send strings. */
    public static String multipartText(String name, String text) {
        return "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + text + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
    }
}
