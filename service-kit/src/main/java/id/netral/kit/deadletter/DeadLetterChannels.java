package id.netral.kit.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's incoming channels that park failed records on a dead-letter topic, as its application.properties wires
 * them ({@code mp.messaging.incoming.<channel>.failure-strategy=dead-letter-queue}).
 */
@ApplicationScoped
public class DeadLetterChannels {
    private static final Pattern FAILURE_STRATEGY = Pattern.compile("mp\\.messaging\\.incoming\\.(.+)\\.failure-strategy");

    /** @param topic the topic the channel consumes; {@code deadLetterTopic} where its failed records go */
    public record Channel(String name, String topic, String deadLetterTopic) {
    }

    public List<Channel> all() {
        Config config = ConfigProvider.getConfig();
        List<Channel> channels = new ArrayList<>();
        for (String key : config.getPropertyNames()) {
            Matcher matcher = FAILURE_STRATEGY.matcher(key);
            if (matcher.matches() && "dead-letter-queue".equals(config.getOptionalValue(key, String.class).orElse(""))) {
                String name = matcher.group(1);
                String prefix = "mp.messaging.incoming." + name + ".";
                String topic = config.getOptionalValue(prefix + "topic", String.class).orElse(name);
                // the connector's own default when no topic is named
                String deadLetterTopic = config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
                        .orElse("dead-letter-topic-" + topic);
                channels.add(new Channel(name, topic, deadLetterTopic));
            }
        }
        return channels;
    }
}
