package id.netral.infra;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.time.Duration;
import java.util.Map;

/**
 * Reads one configuration mapping the way a service does at start, without starting it: Quarkus's duration format
 * ("30s", "1h"), the mapping's bean validation, and a refusal of keys in its namespace that it does not know. A check
 * of a setting takes milliseconds instead of a Quarkus start.
 */
public final class ConfigMappings {
    private ConfigMappings() {
    }

    /** @throws RuntimeException naming the key, when a setting is missing, malformed or out of range */
    public static <T> T read(Class<T> mapping, Map<String, String> properties) {
        return build(mapping, new PropertiesConfigSource(properties, "set by the test", 250)).getConfigMapping(mapping);
    }

    /** @param sources the settings, each with its ordinal (a higher one overrides a lower) */
    public static SmallRyeConfig build(Class<?> mapping, ConfigSource... sources) {
        return new SmallRyeConfigBuilder()
                .withSources(sources)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withMapping(mapping)
                .build();
    }
}
