package id.netral.kubernetes;

import io.fabric8.kubernetes.api.model.PodSecurityContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images are built by Jib (no Docker engine on the build machines, none needed), only when asked, from a pinned base
 * image, as the user the pods run as; a site runs a release tag its overlay pins, never a moving SNAPSHOT. Jib is not
 * run here: the base image's registry is out of this machine's reach.
 */
class ContainerImageTest {
    static final List<String> SERVICES = Manifests.APPLICATIONS;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceBuildsItsImageWithJibOnlyWhenAsked(String service) throws IOException {
        assertThat(Files.readString(Manifests.ROOT.resolve(service).resolve("pom.xml")))
                .as(service + " has the Jib extension").contains("<artifactId>quarkus-container-image-jib</artifactId>");
        Properties settings = Manifests.serviceProperties(service);
        assertThat(settings.getProperty("quarkus.container-image.builder")).isEqualTo("jib");
        assertThat(settings.getProperty("quarkus.container-image.build")).as("a plain package builds no image")
                .isEqualTo("false");
        assertThat(settings.getProperty("quarkus.container-image.push")).isEqualTo("false");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theImageIsReproducibleFromAPinnedBaseAndRunsAsThePodsUser(String service) {
        Properties settings = Manifests.serviceProperties(service);
        String base = settings.getProperty("quarkus.jib.base-jvm-image");
        assertThat(base).as("the base image by a fixed tag").matches(".+:[0-9][0-9.\\-]*").doesNotEndWith(":latest");
        assertThat(settings.getProperty("quarkus.jib.use-current-timestamp")).isEqualTo("false");
        assertThat(settings.getProperty("quarkus.jib.use-current-timestamp-file-modification")).isEqualTo("false");

        PodSecurityContext pod = Manifests.deployment(service).getSpec().getTemplate().getSpec().getSecurityContext();
        assertThat(pod.getRunAsNonRoot()).isTrue();
        assertThat(Long.parseLong(settings.getProperty("quarkus.jib.user"))).as("the image's user is the pods' user")
                .isEqualTo(pod.getRunAsUser()).isNotZero();
    }

    @Test
    void aSiteRunsTheReleaseItsOverlayPinsNeverASnapshot() {
        for (String service : SERVICES) {
            String image = Manifests.container(service).getImage();
            String tag = image.substring(image.lastIndexOf(':') + 1);
            if (Manifests.KUSTOMIZATION.equals("base")) {
                // the base names what `./mvnw package` built; a site's overlay says which release it runs
                assertThat(tag).as(service).endsWith("-SNAPSHOT");
            } else {
                assertThat(tag).as(Manifests.KUSTOMIZATION + " pins " + service + "'s release").matches(
                        "[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.]+)?").doesNotContain("SNAPSHOT");
            }
        }
    }
}
