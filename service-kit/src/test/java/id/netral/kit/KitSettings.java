package id.netral.kit;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

/**
 * Reads a kit configuration mapping the way a service does at start, without starting one: the kit's shared defaults
 * (META-INF/microprofile-config.properties), what the service sets on top, Quarkus's duration format and the bean
 * validation of the mapping, and refusing a key of the mapping's namespace that it does not know.
 */
public final class KitSettings {
    private KitSettings() {
    }

    /** @param set what the service (or the environment) sets, over the kit's defaults */
    public static <T> T read(Class<T> mapping, Map<String, String> set) {
        return build(mapping, set).getConfigMapping(mapping);
    }

    public static SmallRyeConfig build(Class<?> mapping, Map<String, String> set) {
        try {
            return new SmallRyeConfigBuilder()
                    .withSources(new PropertiesConfigSource(
                            KitSettings.class.getResource("/META-INF/microprofile-config.properties"), 100))
                    .withSources(new PropertiesConfigSource(set, "set by the test", 250))
                    .withConverter(Duration.class, 200, new DurationConverter())
                    .withValidator(new BeanValidationConfigValidatorImpl())
                    .withMapping(mapping)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
