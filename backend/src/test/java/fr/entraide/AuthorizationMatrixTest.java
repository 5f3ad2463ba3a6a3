package fr.entraide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.accounts.User;
import fr.entraide.groups.Group;
import fr.entraide.groups.JoinPolicy;
import fr.entraide.groups.MemberStatus;
import fr.entraide.groups.Membership;
import fr.entraide.groups.Visibility;
import fr.entraide.support.Api;
import fr.entraide.support.Fixtures;
import fr.entraide.support.GreenMailResource;
import fr.entraide.support.Mailbox;
import fr.entraide.support.TestUser;
import fr.entraide.support.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every operation of the published contract, called by each kind of person, answers with the class of status that
 * {@code authorization-matrix.tsv} expects: {@code ok} (2xx), {@code rule} (400, 409, 410, 422 or 429: allowed to ask,
 * refused by a rule about the input or the object's state) or {@code no} (401, 403 or 404). Never a 5xx.
 *
 * <p>Requests are valid, so that a role the rules let through really gets a 2xx. Each operation starts with a fresh
 * world, rebuilt after any change that succeeded, so one role's success never decides the next role's answer.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class AuthorizationMatrixTest {

    static final Path TABLE = Path.of("src/test/resources/authorization-matrix.tsv");
    static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PLACES_CSV = "id;nom;cp;commune\nm1;Lieu importé;44000;Nantes\n";
    /** A CSV file in a multipart/form-data body, for the imports of places. */
    static final String MULTIPART = "--" + Uploads.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lieux.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n" + PLACES_CSV + "\r\n--" + Uploads.BOUNDARY + "--\r\n";

    /** In the table's column order. */
    enum Role {
        ANONYMOUS, UNVERIFIED, OUTSIDER, PENDING, MEMBER, COORDINATOR, ADMIN, SUSPENDED
    }

    enum Answer {
        OK, RULE, NO;

        static Answer of(int status) {
            if (status >= 200 && status < 300) {
                return OK;
            }
            return switch (status) {
                case 400, 409, 410, 422, 429 -> RULE;
                case 401, 403, 404 -> NO;
                default -> null;
            };
        }
    }

    record Call(String method, String path, String body) {
    }

    @Inject
    Fixtures fixtures;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyOperation_answersEveryRole_asTheTableSays() throws Exception {
        Map<String, Map<Role, Answer>> table = readTable();
        List<String> operations = operationsOfTheContract();
        List<String> problems = new ArrayList<>();
        new TreeSet<>(table.keySet()).stream().filter(operation -> !operations.contains(operation))
                .forEach(operation -> problems.add(operation + ": in the table but not in the contract"));

        for (String operation : operations) {
            Map<Role, Integer> observed = observe(operation);
            Map<Role, Answer> expected = table.get(operation);
            if (expected == null) {
                problems.add(operation + ": not in the table; observed " + row(operation, observed));
                continue;
            }
            for (Role role : Role.values()) {
                int status = observed.get(role);
                Answer answer = Answer.of(status);
                if (answer == null) {
                    problems.add(operation + " as " + role + ": unexpected " + status);
                } else if (answer != expected.get(role)) {
                    problems.add(operation + " as " + role + ": expected " + expected.get(role) + ", got " + status);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " cells differ from " + TABLE + ":\n" + String.join("\n", problems));
        }
    }

    Map<Role, Integer> observe(String operation) {
        Map<Role, Integer> observed = new EnumMap<>(Role.class);
        World world = new World();
        for (Role role : Role.values()) {
            world.prepare(operation, role);
            int status = send(world.call(operation, role), world.token(role));
            observed.put(role, status);
            if (status >= 200 && status < 300 && !operation.startsWith("GET ")) {
                world = new World();
            }
        }
        return observed;
    }

    static String row(String operation, Map<Role, Integer> observed) {
        return operation + "\t" + observed.values().stream()
                .map(status -> Answer.of(status) == null ? String.valueOf(status) : Answer.of(status).name().toLowerCase())
                .collect(Collectors.joining("\t"));
    }

    int send(Call call, String token) {
        String url = RestAssured.baseURI + ":" + RestAssured.port + "/api/v1" + call.path();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.body() != null) {
            request.header("Content-Type", call.body().startsWith("--" + Uploads.BOUNDARY)
                    ? "multipart/form-data; boundary=" + Uploads.BOUNDARY : "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream ignored = response.body()) {
                return response.statusCode();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(call.method() + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Map<Role, Answer>> readTable() throws IOException {
        Map<String, Map<Role, Answer>> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("operation\t")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != Role.values().length + 1) {
                throw new IllegalStateException("A row needs an operation and one answer per role: " + line);
            }
            Map<Role, Answer> answers = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                answers.put(role, Answer.valueOf(cells[role.ordinal() + 1].trim().toUpperCase()));
            }
            if (table.put(cells[0].trim(), answers) != null) {
                throw new IllegalStateException("Twice in the table: " + cells[0]);
            }
        }
        return table;
    }

    static List<String> operationsOfTheContract() {
        JsonNode paths = Api.anonymous().basePath("").accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().as(JsonNode.class).get("paths");
        List<String> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey().substring("/api/v1".length()));
                }
            }
        }
        return operations;
    }

    static String json(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * A public group that asks for approval, with one person per role: its creator (a site admin who coordinates
     * it and authors meetings, workshops and the roadmap), a coordinator, a member, someone pending, an outsider, an
     * unverified account, a site admin who is not a member, a suspended member; and "other", the member whose thread,
     * post, poll, registration, problem and tokens the roles act upon. Objects are made on first use.
     */
    final class World {
        final TestUser creator = fixtures.admin();
        final String slug = fixtures.group(creator, Visibility.PUBLIC, JoinPolicy.APPROVAL);
        final TestUser other = member(fixtures.verifiedUser());
        final Map<Role, TestUser> people = new EnumMap<>(Role.class);
        final Map<String, Object> made = new HashMap<>();

        World() {
            people.put(Role.UNVERIFIED, fixtures.unverifiedUser());
            people.put(Role.OUTSIDER, fixtures.verifiedUser());
            people.put(Role.PENDING, pending(fixtures.verifiedUser()));
            people.put(Role.MEMBER, member(fixtures.verifiedUser()));
            TestUser coordinator = member(fixtures.verifiedUser());
            Api.as(creator).body(Map.of("role", "COORDINATOR"))
                    .patch("/groups/{slug}/members/{userId}", slug, coordinator.id()).then().statusCode(200);
            people.put(Role.COORDINATOR, coordinator);
            people.put(Role.ADMIN, fixtures.admin());
            TestUser suspended = member(fixtures.verifiedUser());
            Api.as(creator).body(Map.of("suspended", true)).patch("/admin/users/{id}", suspended.id()).then().statusCode(200);
            people.put(Role.SUSPENDED, suspended);
        }

        TestUser member(TestUser user) {
            fixtures.addMember(user, slug);
            return user;
        }

        TestUser pending(TestUser user) {
            QuarkusTransaction.requiringNew().run(() -> {
                Membership membership = new Membership();
                membership.groupId = Group.findBySlug(slug).orElseThrow().id;
                membership.userId = user.id();
                membership.status = MemberStatus.PENDING;
                membership.persist();
            });
            return user;
        }

        /** What a person does before undoing it (leaving what they joined) or before taking part (voting). */
        void prepare(String operation, Role role) {
            if (role == Role.ANONYMOUS) {
                return;
            }
            TestUser person = people.get(role);
            switch (operation) {
                case "DELETE /roadmap/actions/{id}/volunteers/me" -> Api.as(person).post("/roadmap/actions/{id}/volunteers", action());
                case "DELETE /workshops/{id}/registrations/me", "POST /workshops/{id}/problems",
                     "POST /workshops/problems/{problemId}/vote" -> Api.as(person).post("/workshops/{id}/registrations", workshop());
                case "DELETE /cards/{id}/vote" -> Api.as(person).put("/cards/{id}/vote", card());
                case "DELETE /workshops/problems/{problemId}/vote" -> {
                    Api.as(person).post("/workshops/{id}/registrations", workshop());
                    Api.as(person).post("/workshops/problems/{problemId}/vote", problem());
                }
                default -> {
                }
            }
        }

        long version(String path, long id, String field) {
            return Api.as(creator).get(path, id).then().statusCode(200).extract().<Number>path(field).longValue();
        }

        String token(Role role) {
            return role == Role.ANONYMOUS ? null : people.get(role).token();
        }

        @SuppressWarnings("unchecked")
        <T> T once(String name, Supplier<T> maker) {
            if (!made.containsKey(name)) {
                made.put(name, maker.get());
            }
            return (T) made.get(name);
        }

        long id(io.restassured.response.Response response) {
            return response.then().statusCode(org.hamcrest.Matchers.lessThan(300)).extract().<Number>path("id").longValue();
        }

        JsonNode category() {
            return once("category", () -> Api.as(creator).get("/groups/{slug}/categories", slug)
                    .then().statusCode(200).extract().as(JsonNode.class).get("items").get(0));
        }

        long thread() {
            return once("thread", () -> fixtures.thread(other, slug, category().get("slug").asText(),
                    "Un fil de la matrice", "Le premier message du fil."));
        }

        long firstPost() {
            return once("firstPost", () -> Api.as(other).get("/threads/{id}/posts", thread())
                    .then().statusCode(200).extract().<Number>path("items[0].id").longValue());
        }

        long reply() {
            return once("reply", () -> fixtures.reply(other, thread(), "Une réponse de la matrice."));
        }

        long file() {
            return once("file", () -> Uploads.upload(other, slug, "photo.png", Uploads.png(40, 30)));
        }

        long libraryEntry() {
            return once("libraryEntry", () -> id(Api.as(other)
                    .body(Map.of("title", "Une entrée de la matrice", "kind", "TOOLKIT", "licence", "CC_BY"))
                    .post("/groups/{slug}/library", slug)));
        }

        long report() {
            return once("report", () -> id(Api.as(creator).body(Map.of("reason", "SPAM")).post("/posts/{id}/reports", reply())));
        }

        io.restassured.path.json.JsonPath poll() {
            return once("poll", () -> Api.as(other)
                    .body(Map.of("title", "Un sondage de la matrice", "options", List.of(Map.of("label", "Oui"))))
                    .post("/groups/{slug}/polls", slug).then().statusCode(201).extract().jsonPath());
        }

        io.restassured.path.json.JsonPath board() {
            return once("board", () -> Api.as(creator).body(Map.of("title", "Tableau de la matrice", "columns", List.of("Idées", "Actions")))
                    .post("/groups/{slug}/boards", slug).then().statusCode(201).extract().jsonPath());
        }

        long card() {
            return once("card", () -> id(Api.as(other).body(Map.of("column", board().getLong("columns[0].id"), "text", "Une carte"))
                    .post("/boards/{id}/cards", board().getLong("id"))));
        }

        long meeting() {
            return once("meeting", () -> id(Api.as(creator).body(Map.of("title", "Réunion de la matrice", "kind", "REUNION",
                    "startsAt", inDays(7).toString(), "endsAt", inDays(7).plus(1, ChronoUnit.HOURS).toString(),
                    "timezone", "Europe/Paris")).post("/groups/{slug}/meetings", slug)));
        }

        long workshop() {
            return once("workshop", () -> {
                long id = id(Api.as(creator).body(Map.of("title", "Atelier de la matrice",
                        "startsAt", inDays(10).toString(), "endsAt", inDays(10).plus(2, ChronoUnit.HOURS).toString(),
                        "timezone", "Europe/Paris")).post("/groups/{slug}/workshops", slug));
                Api.as(other).post("/workshops/{id}/registrations", id).then().statusCode(201);
                return id;
            });
        }

        long problem() {
            return once("problem", () -> id(Api.as(other).body(Map.of("title", "Un problème à partager"))
                    .post("/workshops/{id}/problems", workshop())));
        }

        long axis() {
            return once("axis", () -> id(Api.as(creator).body(Map.of("title", "Un axe de la matrice"))
                    .post("/groups/{slug}/roadmap/axes", slug)));
        }

        long action() {
            return once("action", () -> id(Api.as(creator).body(Map.of("title", "Une action de la matrice"))
                    .post("/roadmap/axes/{id}/actions", axis())));
        }

        /** A place of "other", in the group (so its coordinators may edit it), whose referent can be asked. */
        long place() {
            return once("place", () -> id(Api.as(other).body(Map.of("name", "Lieu de la matrice", "kind", "TIERS_LIEU",
                    "group", slug, "visitsWelcome", true, "postcode", "44000",
                    "referent", Map.of("name", "Référente", "email", placeReferent()))).post("/places")));
        }

        String placeReferent() {
            return once("placeReferent", () -> Fixtures.unique("ref") + "@exemple.test");
        }

        /** The secret mailed to the place's referent when the creator asks to visit it for the group. */
        String visitToken() {
            return once("visitToken", () -> {
                Api.as(creator).body(Map.of("wishedDates", List.of(java.time.LocalDate.now().plusDays(10).toString()),
                        "groupSize", 4, "kind", "VISIT", "group", slug)).post("/places/{id}/visit-requests", place())
                        .then().statusCode(201);
                return lastSecretSentTo(placeReferent());
            });
        }

        long placeImport() {
            return once("placeImport", () -> id(Api.as(creator).contentType("multipart/form-data")
                    .multiPart("file", "lieux.csv", PLACES_CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                    .post("/groups/{slug}/places/import", slug)));
        }

        String inviteeEmail() {
            return once("inviteeEmail", () -> Fixtures.unique("invite") + "@exemple.test");
        }

        long invitation() {
            return once("invitation", () -> id(Api.as(creator).body(Map.of("email", inviteeEmail()))
                    .post("/groups/{slug}/invitations", slug)));
        }

        String invitationToken() {
            return once("invitationToken", () -> {
                invitation();
                return lastSecretSentTo(inviteeEmail());
            });
        }

        long othersPersonalToken() {
            return once("othersPersonalToken", () -> id(Api.as(other).body(Map.of("name", "Jeton de la matrice"))
                    .post("/me/tokens")));
        }

        String othersRefreshToken() {
            return once("refreshToken", () -> Api.anonymous().body(Map.of("email", other.email(), "password", Fixtures.PASSWORD))
                    .post("/auth/login").then().statusCode(200).extract().path("refreshToken"));
        }

        String othersResetSecret() {
            return once("resetSecret", () -> {
                Api.anonymous().body(Map.of("email", other.email())).post("/auth/password-reset").then().statusCode(org.hamcrest.Matchers.lessThan(300));
                return lastSecretSentTo(other.email());
            });
        }

        String verificationSecret() {
            return once("verificationSecret", () -> {
                String username = Fixtures.unique("nouveau");
                Api.anonymous().body(Map.of("email", username + "@exemple.test", "username", username,
                        "password", Fixtures.PASSWORD)).post("/auth/register").then().statusCode(201);
                return lastSecretSentTo(username + "@exemple.test");
            });
        }

        String othersUnsubscribeKey() {
            return QuarkusTransaction.requiringNew().call(() -> User.<User>findById(other.id()).unsubscribeKey);
        }

        String lastSecretSentTo(String email) {
            fixtures.sendMail();
            List<MimeMessage> mails = Mailbox.to(email);
            return Mailbox.token(mails.get(mails.size() - 1));
        }

        /** The path parameter {id} names the object of the segment before it. */
        String value(String parameter, String segmentBefore) {
            return switch (parameter) {
                case "slug" -> slug;
                case "userId" -> Long.toString(other.id());
                case "problemId" -> Long.toString(problem());
                case "token" -> "visit-requests".equals(segmentBefore) ? visitToken() : invitationToken();
                case "variant" -> "thumb";
                case "id" -> Long.toString(switch (segmentBefore) {
                    case "users" -> other.id();
                    case "categories" -> category().get("id").asLong();
                    case "invitations" -> invitation();
                    case "tokens" -> othersPersonalToken();
                    case "meetings" -> meeting();
                    case "polls" -> poll().getLong("id");
                    case "boards" -> board().getLong("id");
                    case "cards" -> card();
                    case "posts" -> reply();
                    case "reports" -> report();
                    case "actions" -> action();
                    case "axes" -> axis();
                    case "threads" -> thread();
                    case "workshops" -> workshop();
                    case "files" -> file();
                    case "places" -> place();
                    case "library" -> libraryEntry();
                    case "imports" -> placeImport();
                    default -> throw new IllegalStateException("No object for {id} after " + segmentBefore);
                });
                default -> throw new IllegalStateException("No value for {" + parameter + "}");
            };
        }

        Call call(String operation, Role role) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(method.length() + 1);
            Matcher matcher = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String before = template.substring(0, matcher.start() - 1);
                matcher.appendReplacement(path, Matcher.quoteReplacement(
                        encoded(value(matcher.group(1), before.substring(before.lastIndexOf('/') + 1)))));
            }
            matcher.appendTail(path);
            return new Call(method, path + query(operation), body(operation, role));
        }

        String query(String operation) {
            return switch (operation) {
                case "GET /search" -> "?q=atelier";
                case "GET /users" -> "?prefix=u";
                case "POST /unsubscribe" -> "?token=" + encoded(othersUnsubscribeKey());
                default -> "";
            };
        }

        String body(String operation, Role role) {
            String unique = Fixtures.unique("m");
            return switch (operation) {
                case "PATCH /admin/users/{id}" -> json("suspended", true);
                case "POST /groups/{slug}/files" -> Uploads.multipartText("notes.txt", "Des notes de la matrice.");
                case "POST /groups/{slug}/library" -> json("title", "Entrée " + unique, "kind", "REPORT", "licence", "LICENCE_OUVERTE");
                case "PATCH /library/{id}" -> json("title", "Entrée revue", "version", 0);
                case "POST /auth/login" -> json("email", other.email(), "password", Fixtures.PASSWORD);
                case "POST /auth/logout", "POST /auth/refresh" -> json("refreshToken", othersRefreshToken());
                case "POST /auth/password-reset" -> json("email", other.email());
                case "POST /auth/password-reset/confirm" -> json("token", othersResetSecret(), "newPassword", "un autre mot de passe 42");
                case "POST /auth/register" -> json("email", unique + "@exemple.test", "username", unique, "password", Fixtures.PASSWORD);
                case "POST /auth/verify-email" -> json("token", verificationSecret());
                case "PATCH /categories/{id}" -> json("name", "Catégorie renommée");
                case "PUT /categories/{id}/subscription", "PUT /groups/{slug}/categories/{id}/default-subscription",
                     "PUT /threads/{id}/subscription" -> json("level", "WATCHING");
                case "POST /groups" -> json("name", "Groupe " + unique, "slug", "g-" + unique);
                case "PATCH /groups/{slug}" -> json("description", "Une description revue");
                case "POST /groups/{slug}/categories" -> json("name", "Catégorie " + unique);
                case "POST /groups/{slug}/invitations" -> json("email", unique + "@exemple.test");
                case "POST /groups/{slug}/meetings" -> json("title", "Réunion " + unique, "kind", "REUNION",
                        "startsAt", inDays(8).toString(), "endsAt", inDays(8).plus(1, ChronoUnit.HOURS).toString(), "timezone", "Europe/Paris");
                case "PATCH /groups/{slug}/members/{userId}" -> json("role", "COORDINATOR");
                case "POST /groups/{slug}/polls" -> json("title", "Sondage " + unique, "options", List.of(Map.of("label", "Oui")));
                case "POST /groups/{slug}/roadmap/axes" -> json("title", "Axe " + unique);
                case "POST /groups/{slug}/threads" -> json("category", category().get("slug").asText(), "title", "Fil " + unique,
                        "body", "Un message.");
                case "POST /groups/{slug}/workshop-series" -> json("title", "Série " + unique, "slots", List.of(Map.of(
                        "startsAt", inDays(12).toString(), "endsAt", inDays(12).plus(2, ChronoUnit.HOURS).toString())));
                case "POST /groups/{slug}/workshops" -> json("title", "Atelier " + unique, "startsAt", inDays(9).toString(),
                        "endsAt", inDays(9).plus(2, ChronoUnit.HOURS).toString(), "timezone", "Europe/Paris");
                case "DELETE /me" -> json("password", Fixtures.PASSWORD);
                case "PATCH /me" -> json("displayName", "Nom revu");
                case "POST /me/password" -> json("currentPassword", Fixtures.PASSWORD, "newPassword", "un autre mot de passe 42");
                case "POST /me/tokens" -> json("name", "Jeton " + unique);
                case "PATCH /meetings/{id}" -> json("title", "Réunion revue", "version", 0);
                case "POST /meetings/{id}/cancel" -> json("reason", "Empêchement");
                case "PUT /meetings/{id}/rsvp" -> json("response", "YES");
                case "POST /notifications/read" -> json("all", true);
                case "POST /polls/{id}/close" -> json();
                case "POST /groups/{slug}/boards" -> json("title", "Tableau " + unique, "columns", List.of("Idées"));
                case "POST /boards/{id}/cards" -> json("column", board().getLong("columns[0].id"), "text", "Carte " + unique);
                case "PATCH /cards/{id}" -> json("column", board().getLong("columns[1].id"), "version", 0);
                case "POST /cards/{id}/promote" -> json("to", "THREAD", "category", category().get("slug").asText());
                case "PUT /polls/{id}/votes" -> json("votes", List.of(Map.of("optionId", poll().getLong("options[0].id"), "choice", "YES")));
                case "POST /posts/preview" -> json("body", "Un **aperçu**.");
                case "POST /groups/{slug}/places/import", "POST /groups/{slug}/places/import/preview" -> MULTIPART;
                case "POST /places/{id}/visit-requests" -> json("wishedDates", List.of(java.time.LocalDate.now().plusDays(10).toString()),
                        "groupSize", 4, "kind", "VISIT");
                case "POST /visit-requests/{token}/accept" -> json("startsAt", inDays(20).toString(), "endsAt", inDays(20).plus(2, ChronoUnit.HOURS).toString());
                case "POST /visit-requests/{token}/decline" -> json("message", "Pas cette fois");
                case "POST /places" -> json("name", "Lieu " + unique, "kind", "MEDIATHEQUE");
                case "PATCH /places/{id}" -> json("name", "Lieu revu", "version", version("/places/{id}", place(), "version"));
                case "PATCH /posts/{id}" -> json("body", "Une réponse revue.", "version", 0);
                case "POST /posts/{id}/reports" -> json("reason", "SPAM");
                case "POST /reports/{id}/resolve" -> json("action", "HIDE");
                case "PATCH /roadmap/actions/{id}" -> json("title", "Action revue", "version", version("/roadmap/actions/{id}", action(), "action.version"));
                case "PATCH /roadmap/axes/{id}" -> json("title", "Axe revu");
                case "POST /roadmap/axes/{id}/actions" -> json("title", "Action " + unique);
                case "PATCH /threads/{id}" -> json("title", "Fil revu", "version", 0);
                case "POST /threads/{id}/posts" -> json("body", "Encore une réponse.");
                case "POST /threads/{id}/read" -> json("lastReadPostId", firstPost());
                case "PATCH /workshops/{id}" -> json("title", "Atelier revu", "version", version("/workshops/{id}", workshop(), "version"));
                case "PUT /workshops/{id}/chosen-problem" -> json("problemId", problem());
                case "PUT /workshops/{id}/phase" -> json("phase", "EXPOSE");
                case "POST /workshops/{id}/problems" -> json("title", "Problème " + unique);
                case "PUT /workshops/{id}/record" -> json("summary", "Ce que nous avons appris.", "version", 0);
                default -> null;
            };
        }
    }
}
