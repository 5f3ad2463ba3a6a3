package fr.entraide.files;

import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.GroupWithMember;
import fr.entraide.support.TestUser;
import fr.entraide.support.Uploads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class FileResourceTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    Fixtures fixtures;

    @Inject
    FileLinks links;

    GroupWithMember setup(Visibility visibility) {
        return fixtures.groupWithMember(visibility);
    }

    static JsonPath upload(TestUser user, String slug, String name, byte[] content, int status) {
        return Api.as(user).contentType(ContentType.MULTIPART).multiPart("file", name, content)
                .post("/groups/{slug}/files", slug).then().statusCode(status).extract().jsonPath();
    }

    static byte[] get(String url, int status) {
        return Api.anonymous().basePath("").get(url).then().statusCode(status).extract().asByteArray();
    }

    @Test
    void anImage_isStoredWithItsVariants_andServedWithCacheHeaders() throws IOException {
        GroupWithMember s = setup(Visibility.PUBLIC);
        JsonPath file = Api.as(s.member()).contentType(ContentType.MULTIPART)
                .multiPart("file", "affiche.png", Uploads.png(2400, 1200)).multiPart("alt", "L'affiche de l'atelier")
                .post("/groups/{slug}/files", s.slug())
                .then().statusCode(201)
                .body("name", equalTo("affiche.png")).body("contentType", equalTo("image/png"))
                .body("width", equalTo(2400)).body("height", equalTo(1200)).body("alt", equalTo("L'affiche de l'atelier"))
                .body("url", startsWith("/api/v1/files/")).body("previewUrl", containsString("/large"))
                .body("can.delete", equalTo(true))
                .extract().jsonPath();
        long id = file.getLong("id");

        String etag = Api.anonymous().get("/files/{id}", id).then().statusCode(200)
                .contentType("image/png").header("Cache-Control", "public, max-age=3600")
                .header("Accept-Ranges", "bytes").header("ETag", notNullValue())
                .header("Content-Disposition", startsWith("inline"))
                .extract().header("ETag");
        Api.anonymous().header("If-None-Match", etag).get("/files/{id}", id).then().statusCode(304);

        BufferedImage large = ImageIO.read(new ByteArrayInputStream(get(file.getString("previewUrl"), 200)));
        assertEquals(1600, large.getWidth());
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(get(file.getString("thumbnailLink"), 200)));
        assertEquals(320, thumbnail.getWidth());
        assertEquals(160, thumbnail.getHeight());
    }

    @Test
    void theType_comesFromTheContent_notFromTheName() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        JsonPath pdf = upload(s.member(), s.slug(), "photo.png", PDF, 201);
        assertEquals("application/pdf", pdf.getString("contentType"));
        Api.anonymous().get("/files/{id}", pdf.getLong("id")).then().statusCode(200).contentType("application/pdf");

        byte[] svg = """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><circle r="4"/></svg>
                """.getBytes(StandardCharsets.UTF_8);
        upload(s.member(), s.slug(), "logo.svg", svg, 415);
        Api.as(s.member()).contentType(ContentType.MULTIPART).multiPart("file", "logo.png", svg)
                .post("/groups/{slug}/files", s.slug())
                .then().statusCode(415).contentType("application/problem+json").body("code", equalTo("file.type-refused"));
        upload(s.member(), s.slug(), "page.txt", "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8), 415);
    }

    @Test
    void emptyAndOversizeFiles_areRefused_withAProblem() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        Api.as(s.member()).contentType(ContentType.MULTIPART).multiPart("file", "vide.pdf", new byte[0])
                .post("/groups/{slug}/files", s.slug())
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("file.empty")).body("errors[0].field", equalTo("file"));
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        Api.as(s.member()).contentType(ContentType.MULTIPART).multiPart("file", "gros.txt", big)
                .post("/groups/{slug}/files", s.slug())
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("file.too-large")).body("detail", containsString("2 Mo"));
    }

    @Test
    void outsidersAndVisitors_cannotUpload() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        upload(fixtures.verifiedUser(), s.slug(), "notes.txt", "bonjour".getBytes(StandardCharsets.UTF_8), 403);
        Api.anonymous().contentType(ContentType.MULTIPART).multiPart("file", "notes.txt", "bonjour".getBytes(StandardCharsets.UTF_8))
                .post("/groups/{slug}/files", s.slug()).then().statusCode(401);
    }

    @Test
    void aPrivateGroupsFile_isForItsMembers_throughShortLivedSignedLinks() {
        GroupWithMember s = setup(Visibility.PRIVATE);
        JsonPath file = upload(s.member(), s.slug(), "compte-rendu.pdf", PDF, 201);
        long id = file.getLong("id");

        Api.anonymous().get("/files/{id}", id).then().statusCode(404);
        Api.as(fixtures.verifiedUser()).get("/files/{id}", id).then().statusCode(404);
        Api.as(s.member()).get("/files/{id}", id).then().statusCode(200).header("Cache-Control", startsWith("private"));
        assertArrayEquals(PDF, get(file.getString("link"), 200));

        long past = Instant.now().getEpochSecond() - 10;
        Api.anonymous().queryParam("exp", past).queryParam("sig", links.signature(id, past))
                .get("/files/{id}", id).then().statusCode(403).body("code", equalTo("file.link-expired"));
        long future = Instant.now().getEpochSecond() + 600;
        Api.anonymous().queryParam("exp", future).queryParam("sig", links.signature(id + 1, future))
                .get("/files/{id}", id).then().statusCode(404);
    }

    @Test
    void aRange_isServedPartially() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        long id = upload(s.member(), s.slug(), "doc.pdf", PDF, 201).getLong("id");
        byte[] part = Api.anonymous().header("Range", "bytes=5-12").get("/files/{id}", id)
                .then().statusCode(206).header("Content-Range", "bytes 5-12/" + PDF.length)
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(PDF, 5, 13), part);
        byte[] tail = Api.anonymous().header("Range", "bytes=-6").get("/files/{id}", id)
                .then().statusCode(206).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(PDF, PDF.length - 6, PDF.length), tail);
    }

    @Test
    void aJpegsExifLocation_isDropped() throws IOException {
        GroupWithMember s = setup(Visibility.PUBLIC);
        byte[] photo = withExifGps(Uploads.image("jpeg", 64, 48));
        assertTrue(contains(photo, "Exif".getBytes(StandardCharsets.US_ASCII)), "the test photo carries EXIF");
        JsonPath file = upload(s.member(), s.slug(), "balade.jpg", photo, 201);
        assertEquals("image/jpeg", file.getString("contentType"));
        byte[] stored = get(file.getString("url"), 200);
        assertFalse(contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII)), "EXIF left in the stored file");
        assertFalse(contains(stored, "GPS-48.8566".getBytes(StandardCharsets.US_ASCII)), "GPS text left in the stored file");
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(stored)).getWidth());
    }

    @Test
    void aRemovedFile_showsAsRemovedInPosts_andOnlyItsUploaderOrCoordinatorsRemoveIt() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        JsonPath file = upload(s.member(), s.slug(), "plan.png", Uploads.png(50, 50), 201);
        long id = file.getLong("id");
        long thread = fixtures.thread(s.member(), s.slug(), "publications", "Le plan",
                "Voici le plan : ![le plan](" + file.getString("previewUrl") + ") et [le fichier](" + file.getString("url") + ")");
        Api.anonymous().get("/threads/{id}/posts", thread).then().statusCode(200)
                .body("items[0].html", containsString("src=\"/api/v1/files/" + id + "/large?exp="))
                .body("items[0].html", containsString("alt=\"le plan\""));

        TestUser other = fixtures.verifiedUser();
        fixtures.addMember(other, s.slug());
        Api.as(other).delete("/files/{id}", id).then().statusCode(403).body("code", equalTo("file.uploader-or-coordinators"));
        Api.as(s.group().coordinator()).get("/groups/{slug}/files/usage", s.slug()).then().statusCode(200)
                .body("fileCount", equalTo(1)).body("totalBytes", greaterThanOrEqualTo(1))
                .body("recent[0].id", equalTo((int) id));
        Api.as(s.member()).get("/groups/{slug}/files/usage", s.slug()).then().statusCode(403);

        Api.as(s.group().coordinator()).delete("/files/{id}", id).then().statusCode(204);
        Api.anonymous().get("/files/{id}", id).then().statusCode(410).body("code", equalTo("file.removed"));
        Api.anonymous().get("/threads/{id}/posts", thread).then().statusCode(200)
                .body("items[0].html", containsString("fichier retiré"))
                .body("items[0].html", not(containsString("<img")));
        Api.as(s.group().coordinator()).get("/groups/{slug}/files/usage", s.slug()).then().statusCode(200)
                .body("fileCount", equalTo(0));
    }

    @Test
    void theAccountExport_listsTheFilesItsOwnerUploaded() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        long id = upload(s.member(), s.slug(), "notes.pdf", PDF, 201).getLong("id");
        Api.as(s.member()).get("/me/export").then().statusCode(200)
                .body("files", org.hamcrest.Matchers.hasSize(1))
                .body("files[0].id", equalTo((int) id)).body("files[0].name", equalTo("notes.pdf"))
                .body("files[0].groupSlug", equalTo(s.slug())).body("files[0].url", equalTo("/api/v1/files/" + id));
    }

    @Test
    void anExternalImage_inMarkdown_isNotShown() {
        GroupWithMember s = setup(Visibility.PUBLIC);
        Api.as(s.member()).body(Map.of("body", "![pixel](https://pisteur.example/p.gif)"))
                .post("/posts/preview")
                .then().statusCode(200).body("html", not(containsString("<img")));
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The JPEG with an APP1 EXIF segment whose GPS directory says 48.8566 N (and a description naming it). */
    static byte[] withExifGps(byte[] jpeg) throws IOException {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        // big-endian TIFF header, IFD0 at 8
        tiff.write(new byte[]{'M', 'M', 0, 42, 0, 0, 0, 8});
        byte[] description = "GPS-48.8566\0".getBytes(StandardCharsets.US_ASCII);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        int descriptionAt = gpsIfd + 2 + 12 + 4;
        // IFD0: ImageDescription (ASCII), GPSInfo pointer
        tiff.write(new byte[]{0, 2});
        tiff.write(entry(0x010E, 2, description.length, descriptionAt));
        tiff.write(entry(0x8825, 4, 1, gpsIfd));
        tiff.write(new byte[]{0, 0, 0, 0});
        // GPS IFD: GPSLatitudeRef = "N"
        tiff.write(new byte[]{0, 1});
        tiff.write(new byte[]{0, 1, 0, 2, 0, 0, 0, 2, 'N', 0, 0, 0});
        tiff.write(new byte[]{0, 0, 0, 0});
        tiff.write(description);
        byte[] exif = tiff.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + exif.length;
        out.write(new byte[]{(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static byte[] entry(int tag, int type, int count, int value) {
        return new byte[]{(byte) (tag >> 8), (byte) tag, 0, (byte) type,
                (byte) (count >> 24), (byte) (count >> 16), (byte) (count >> 8), (byte) count,
                (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
