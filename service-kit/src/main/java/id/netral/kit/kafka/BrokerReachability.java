package id.netral.kit.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether the Kafka cluster answers, as the gauge netral_kafka_broker_reachable (1 or 0) for an alert. Kafka is kept out
 * of readiness on purpose: requests need the database, and the outbox holds events while the broker is away, so a
 * broker outage must not take the API away.
 */
@ApplicationScoped
public class BrokerReachability {
    private static final Logger LOG = Logger.getLogger(BrokerReachability.class);
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final String GAUGE = "netral.kafka.broker.reachable";

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @Inject
    MeterRegistry registry;

    private final AtomicInteger reachable = new AtomicInteger(1);
    private Admin admin;

    void register(@Observes StartupEvent start) {
        // A registry that outlives an earlier start in the same JVM (a restarted test application, a live reload) keeps
        // that start's gauge, and registering again would return it: the gauge would show the old probe's last answer
        registry.find(GAUGE).meters().forEach(registry::remove);
        Gauge.builder(GAUGE, reachable, AtomicInteger::get)
                .description("1 while the Kafka cluster answered the last probe, 0 when it did not")
                .register(registry);
    }

    @Scheduled(every = "${netral.kafka.probe-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        reachable.set(answers(admin()) ? 1 : 0);
    }

    /** @return true when the cluster behind this client names its brokers within a few seconds */
    public static boolean answers(Admin client) {
        try {
            return !client.describeCluster(new DescribeClusterOptions().timeoutMs((int) PATIENCE.toMillis()))
                    .nodes().get(PATIENCE.toMillis() * 2, TimeUnit.MILLISECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.debugf("Kafka did not answer the probe: %s", e.getMessage());
            return false;
        }
    }

    /** An admin client of the service's own connection settings. */
    public static Admin admin(Map<String, Object> defaultKafkaBroker) {
        Map<String, Object> config = KafkaClientSettings.of(defaultKafkaBroker);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "netral-broker-probe");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
        return Admin.create(config);
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = admin(kafkaConfig);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(PATIENCE);
        }
    }
}
