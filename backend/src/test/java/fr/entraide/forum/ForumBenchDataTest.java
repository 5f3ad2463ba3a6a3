package fr.entraide.forum;

import fr.entraide.support.Api;
import fr.entraide.support.PsqlScript;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A small run of the forum benchmark's data and routes (bench/run.sh is too long for the build), so that the
 * benchmark does not rot: bench/forum-data.sql loads at a small size into the migrated schema, its invariants hold,
 * and the two routes bench/run.sh loads answer as it expects, for a member it signs in as.
 */
@QuarkusTest
class ForumBenchDataTest {

    private static final Path DATA = Path.of("..", "bench", "forum-data.sql");

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "app.admin-email")
    String adminEmail;

    @ConfigProperty(name = "app.admin-password")
    String adminPassword;

    @AfterEach
    void dropBenchData() throws Exception {
        sql("delete from work_group where slug = 'bench-forum'");
        sql("delete from app_user where email like 'membre%@bench.test'");
    }

    @Test
    void benchData_loadsAtASmallSize_andTheBenchRoutesServeIt() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            PsqlScript.run(connection, DATA, Map.of("threads", "150", "members", "20", "admin", adminEmail));
        }
        assertEquals(150, count("select count(*) from thread t join work_group g on g.id = t.group_id where g.slug = 'bench-forum'"));
        assertEquals(21, count("select count(*) from membership m join work_group g on g.id = m.group_id where g.slug = 'bench-forum'"));
        assertEquals(0, count("""
                select count(*) from thread t join work_group g on g.id = t.group_id
                where g.slug = 'bench-forum'
                  and (t.reply_count <> (select count(*) - 1 from post p where p.thread_id = t.id)
                       or t.last_post_at <> (select max(p.created_at) from post p where p.thread_id = t.id))"""));
        // the thread bench/run.sh pages through: the long one, 150 posts
        long thread = count("select id from thread where deleted_at is null order by reply_count desc, id limit 1");
        assertEquals(150, count("select count(*) from post where thread_id = " + thread));

        String token = Api.anonymous().body(Map.of("email", "membre0001@bench.test", "password", adminPassword))
                .post("/auth/login").then().statusCode(200).extract().path("accessToken");
        Api.as(token).get("/groups/bench-forum/threads?category=vie-du-groupe&limit=20").then().statusCode(200)
                .body("items", hasSize(20))
                .body("items.category.slug", everyItem(equalTo("vie-du-groupe")))
                .body("items.subscription", everyItem(equalTo("NORMAL")));
        Api.as(token).get("/threads/{id}/posts?limit=20", thread).then().statusCode(200)
                .body("items", hasSize(20))
                .body("items[0].threadId", equalTo((int) thread))
                .body("items.reported", everyItem(equalTo(false)));
    }

    private long count(String query) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
