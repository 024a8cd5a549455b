package id.netral.notification;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import java.time.Duration;
import java.util.Map;

/**
 * One configuration mapping read from the given properties alone, converted and validated as at the service's start,
 * without starting it: a check of a setting takes milliseconds.
 */
public final class ConfigMappings {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private ConfigMappings() {
    }

    /** @throws RuntimeException naming the key, when a setting is missing, malformed or out of range */
    public static <T> T read(Class<T> mapping, Map<String, String> properties) {
        BeanValidationConfigValidator validator = () -> VALIDATOR;
        return new SmallRyeConfigBuilder()
                .withMapping(mapping)
                // "30s", "1h" as the service reads them
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withValidator(validator)
                .build()
                .getConfigMapping(mapping);
    }
}
