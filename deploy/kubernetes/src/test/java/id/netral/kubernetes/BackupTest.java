package id.netral.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No database without its WAL archived, a base backup at once and every night, to an object store whose credentials
 * exist.
 */
class BackupTest {
    private static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";

    @Test
    void everyDatabaseArchivesItsWalAndIsBackedUpEveryNight() {
        Set<String> objectStores = Manifests.ofKind("ObjectStore").stream().map(Manifests.Doc::name)
                .collect(Collectors.toSet());
        List<Manifests.Doc> clusters = Manifests.ofKind("Cluster");
        assertThat(clusters).hasSize(Manifests.SERVICES.size());
        for (Manifests.Doc cluster : clusters) {
            JsonNode archiver = stream(cluster.tree().path("spec").path("plugins"))
                    .filter(plugin -> plugin.path("name").asText().equals(BARMAN_PLUGIN)).findFirst().orElse(null);
            assertThat(archiver).as(cluster.name() + " archives its WAL with the Barman Cloud plugin").isNotNull();
            assertThat(archiver.path("isWALArchiver").asBoolean()).as(cluster.name()).isTrue();
            assertThat(objectStores).as(cluster.name() + "'s object store")
                    .contains(archiver.path("parameters").path("barmanObjectName").asText());

            List<JsonNode> nightly = Manifests.ofKind("ScheduledBackup").stream().map(Manifests.Doc::tree)
                    .map(backup -> backup.path("spec"))
                    .filter(spec -> spec.path("cluster").path("name").asText().equals(cluster.name())).toList();
            assertThat(nightly).as(cluster.name() + " has a scheduled base backup").singleElement().satisfies(spec -> {
                assertThat(spec.path("method").asText()).isEqualTo("plugin");
                assertThat(spec.path("pluginConfiguration").path("name").asText()).isEqualTo(BARMAN_PLUGIN);
                // CloudNativePG's cron has six fields (seconds first) and runs once a day here
                assertThat(spec.path("schedule").asText()).matches("\\d+ \\d+ \\d+ \\* \\* \\*");
                // the first base backup when the cluster is created: the WAL archived before the first night's backup
                // would otherwise have no base to be replayed on
                assertThat(spec.path("immediate").asBoolean()).as(cluster.name() + " backs up at once").isTrue();
            });
        }
    }

    @Test
    void theObjectStoresCredentialsAreASecretTheReadmeCreates() {
        Map<String, Set<String>> created = ConfigurationSuppliedTest.secretsTheAdminCreates();
        for (Manifests.Doc store : Manifests.ofKind("ObjectStore")) {
            JsonNode configuration = store.tree().path("spec").path("configuration");
            assertThat(configuration.path("destinationPath").asText()).startsWith("s3://");
            assertThat(store.tree().path("spec").path("retentionPolicy").asText()).matches("\\d+[dwm]");
            configuration.path("s3Credentials").forEach(reference -> {
                String secret = reference.path("name").asText();
                assertThat(created).as("secret " + secret + " is created by a README.md command").containsKey(secret);
                assertThat(created.get(secret)).as("keys of " + secret).contains(reference.path("key").asText());
            });
        }
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
