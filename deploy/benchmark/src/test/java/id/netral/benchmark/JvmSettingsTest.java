package id.netral.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JvmSettingsTest {

    @Test
    void picksTheHeapSizesAndCollectorOutOfTheVmFlags() {
        String flags = """
                4242:
                -XX:CICompilerCount=2 -XX:InitialHeapSize=33554432 -XX:MaxHeapSize=268435456 \
                -XX:MinHeapDeltaBytes=196608 -XX:+UseCompressedOops -XX:+UseSerialGC
                """;

        assertThat(JvmSettings.parse(flags)).containsExactly("InitialHeapSize=32M", "MaxHeapSize=256M", "UseSerialGC");
    }
}
