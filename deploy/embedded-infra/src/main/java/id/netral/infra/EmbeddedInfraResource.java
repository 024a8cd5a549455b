package id.netral.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives a @QuarkusTest a real PostgreSQL database, a real Kafka broker and a real SMTP server. They start once per
 * test JVM and are shared by every test class of the module; the init argument {@code database} names the
 * service's own database, and {@code smtp=true} gives the service the SMTP server.
 */
public class EmbeddedInfraResource implements QuarkusTestResourceLifecycleManager {
    private static PostgresServer postgres;
    private static KafkaServer kafka;
    private static SmtpServer smtp;
    private static DevIdentityProvider identityProvider;

    private String database = "netral";
    private boolean withSmtp;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        withSmtp = Boolean.parseBoolean(initArgs.get("smtp"));
    }

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            postgres = PostgresServer.start(null, 0);
            kafka = KafkaServer.start(null, 0);
            identityProvider = DevIdentityProvider.generate();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedInfraResource::stopAll, "embedded-infra-stop"));
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.database(database));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", "");
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.putAll(identityProvider.serviceConfig());
        if (withSmtp) {
            if (smtp == null) {
                smtp = SmtpServer.start(0);
            }
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", Integer.toString(smtp.port()));
        }
        return config;
    }

    /** The shared SMTP server, for tests that read what was delivered. */
    public static SmtpServer smtp() {
        return smtp;
    }

    /** Signs the bearer tokens the service under test accepts. */
    public static DevIdentityProvider tokens() {
        return identityProvider;
    }

    public static String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; stopped by the shutdown hook
    }

    private static synchronized void stopAll() {
        if (smtp != null) {
            smtp.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
