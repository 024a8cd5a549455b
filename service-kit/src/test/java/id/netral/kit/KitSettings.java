package id.netral.kit;

import id.netral.infra.ConfigMappings;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Reads a kit configuration mapping the way a service does at start, without starting one: the kit's shared defaults
 * (META-INF/microprofile-config.properties) with what the service sets on top.
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
            return ConfigMappings.build(mapping,
                    new PropertiesConfigSource(KitSettings.class.getResource("/META-INF/microprofile-config.properties"),
                            100),
                    new PropertiesConfigSource(set, "set by the service", 250));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
