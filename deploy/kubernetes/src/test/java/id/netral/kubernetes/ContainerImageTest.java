package id.netral.kubernetes;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Dockerfile (not built here: no Docker engine) copies what `./mvnw package` leaves and runs as the pods' user. */
class ContainerImageTest {

    @Test
    void dockerfileCopiesTheFastJarAndRunsAsThePodsUser() throws IOException {
        List<String> lines = Files.readAllLines(Manifests.DEPLOY.resolve("Dockerfile"));
        List<String> sources = lines.stream().filter(l -> l.startsWith("COPY "))
                .map(l -> Arrays.stream(l.split("\\s+")).skip(1).filter(w -> !w.startsWith("--")).toList())
                .flatMap(words -> words.subList(0, words.size() - 1).stream()).toList();
        assertThat(sources).contains("quarkus-run.jar", "lib/", "app/", "quarkus/");
        for (String service : Manifests.SERVICES) {
            Path app = Manifests.ROOT.resolve(service).resolve("target/quarkus-app");
            for (String source : sources) {
                assertThat(app.resolve(source)).as(service + " package has " + source).exists();
            }
        }
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow()
                .substring(5).strip();
        for (String service : Manifests.SERVICES) {
            assertThat(Manifests.deployment(service).getSpec().getTemplate().getSpec().getSecurityContext()
                    .getRunAsUser()).as(service).isEqualTo(Long.parseLong(user));
        }
    }
}
