package fr.entraide.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes manifests the build writes (quarkus-kubernetes, after the package phase) are fit to run several
 * replicas: named image, probes on the health endpoints, resources, secrets by reference only, a disruption budget
 * and an autoscaler that never go below two pods, and room for the graceful shutdown. Also the example PostgreSQL
 * cluster of deploy/: a primary and a replica, backed up, no secret value.
 */
class KubernetesManifestsIT {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Names of variables whose value is a secret: they may only come from a Secret. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|USERNAME|_KEY)$");
    /** A credential written out: password=…, a PEM block, a URL with user:password@. */
    private static final Pattern SECRET_LITERAL = Pattern.compile(
            "(?i)(password\\s*[=:]\\s*[^\\s\"]+\\S|-----BEGIN [A-Z ]*PRIVATE KEY|//[^/\\s:@]+:[^/\\s@]+@)");

    private static Path manifest;
    private static String text;
    private static List<JsonNode> resources;

    @BeforeAll
    static void read() throws IOException {
        manifest = Path.of(System.getProperty("kubernetes.manifest", "target/kubernetes/kubernetes.yml"));
        assertTrue(Files.isRegularFile(manifest), manifest + " is written by the build (quarkus-kubernetes)");
        text = Files.readString(manifest);
        resources = documents(manifest);
    }

    @Test
    void deploymentRunsSeveralReplicasOfANamedImageWithProbesAndResources() {
        JsonNode deployment = only("Deployment");
        assertTrue(deployment.at("/spec/replicas").asInt() > 1, "several replicas");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        String image = container.path("image").asText();
        assertTrue(image.matches("[a-z0-9.-]+/[a-z0-9-]+/entraide:[\\w.-]+"), "registry/group/name:tag, not " + image);
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        for (String kind : List.of("requests", "limits")) {
            assertFalse(container.at("/resources/" + kind + "/cpu").asText().isEmpty(), kind + " of cpu");
            assertFalse(container.at("/resources/" + kind + "/memory").asText().isEmpty(), kind + " of memory");
        }
        assertEquals(0, deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(), "a rollout never lowers capacity");
    }

    @Test
    void secretsAreReferencedNeverWritten() {
        assertTrue(resources.stream().noneMatch(r -> r.path("kind").asText().equals("Secret")), "no Secret resource");
        assertFalse(SECRET_LITERAL.matcher(text).find(), "no credential literal in " + manifest);
        JsonNode container = only("Deployment").at("/spec/template/spec/containers/0");
        List<String> fromSecrets = new ArrayList<>();
        for (JsonNode env : container.path("env")) {
            String name = env.path("name").asText();
            if (SECRET_NAME.matcher(name).matches()) {
                assertTrue(env.path("value").isMissingNode(), name + " has a value written in the manifest");
                assertFalse(env.at("/valueFrom/secretKeyRef/name").asText().isEmpty(), name + " comes from a Secret");
                fromSecrets.add(name);
            }
        }
        assertTrue(fromSecrets.containsAll(List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")), fromSecrets.toString());
        List<String> envFrom = new ArrayList<>();
        container.path("envFrom").forEach(source -> envFrom.add(source.at("/secretRef/name").asText()));
        assertTrue(envFrom.contains("entraide-mail"), "the QUARKUS_MAILER_* variables come from a Secret: " + envFrom);
        assertTrue(only("Deployment").at("/spec/template/spec/volumes").toString().contains("\"secretName\":\"entraide-jwt\""),
                "the token key pair is mounted from a Secret");
    }

    @Test
    void serviceAndIngressReachEveryVersionOfThePods() {
        JsonNode service = only("Service");
        assertTrue(service.at("/spec/selector/app.kubernetes.io~1name").asText().equals("entraide"));
        assertTrue(service.at("/spec/selector/app.kubernetes.io~1version").isMissingNode(),
                "during a rollout the service selects old and new pods");
        JsonNode ingress = only("Ingress");
        assertEquals("entraide", ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText());
        assertEquals("off", ingress.at("/metadata/annotations/nginx.ingress.kubernetes.io~1proxy-buffering").asText(),
                "live streams are not buffered by the ingress");
    }

    @Test
    void disruptionsAndAutoscalingKeepTwoPodsServing() {
        int replicas = only("Deployment").at("/spec/replicas").asInt();
        JsonNode budget = only("PodDisruptionBudget");
        int minAvailable = budget.at("/spec/minAvailable").asInt();
        assertTrue(minAvailable >= 2 && minAvailable < replicas, "a drain keeps two pods and can still proceed");
        assertEquals("entraide", budget.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
        JsonNode autoscaler = only("HorizontalPodAutoscaler");
        assertEquals("entraide", autoscaler.at("/spec/scaleTargetRef/name").asText());
        assertTrue(autoscaler.at("/spec/minReplicas").asInt() >= 2);
        assertTrue(autoscaler.at("/spec/maxReplicas").asInt() > autoscaler.at("/spec/minReplicas").asInt());
    }

    @Test
    void theGracePeriodCoversTheShutdownDelayAndTimeout() throws IOException {
        Properties application = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        }
        JsonNode pod = only("Deployment").at("/spec/template/spec");
        String delay = null;
        for (JsonNode env : pod.at("/containers/0/env")) {
            if (env.path("name").asText().equals("QUARKUS_SHUTDOWN_DELAY")) {
                delay = env.path("value").asText();
            }
        }
        assertNotNull(delay, "the pod keeps serving a moment with readiness down");
        Duration needed = seconds(delay).plus(seconds(application.getProperty("quarkus.shutdown.timeout")));
        assertTrue(pod.path("terminationGracePeriodSeconds").asLong() > needed.toSeconds(),
                "grace period " + pod.path("terminationGracePeriodSeconds") + " s for " + needed.toSeconds() + " s of shutdown");
    }

    @Test
    void thePostgresqlClusterHasAReplicaAndBackupsAndNoSecretValue() throws IOException {
        Path example = Path.of("deploy/cloudnative-pg.yml");
        JsonNode cluster = documents(example).stream().filter(r -> r.path("kind").asText().equals("Cluster")).findFirst().orElseThrow();
        assertTrue(cluster.at("/spec/instances").asInt() >= 2, "a primary and at least one replica");
        assertEquals("entraide-db", cluster.at("/metadata/name").asText(), "its secret entraide-db-app is the one the Deployment reads");
        assertFalse(cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText().isEmpty(), "backups go somewhere");
        assertEquals("entraide-backup-s3", cluster.at("/spec/backup/barmanObjectStore/s3Credentials/secretAccessKey/name").asText());
        assertFalse(SECRET_LITERAL.matcher(Files.readString(example)).find());
    }

    private static Duration seconds(String value) {
        return Duration.parse("PT" + value.toUpperCase());
    }

    private static JsonNode only(String kind) {
        List<JsonNode> found = resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
        assertEquals(1, found.size(), "one " + kind + " in " + manifest);
        return found.get(0);
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node != null && !node.isNull()) {
                    all.add(node);
                }
            });
        }
        return all;
    }
}
