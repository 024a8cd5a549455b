package id.netral.local;

import id.netral.infra.DevIdentityProvider;
import id.netral.infra.DevOidcProvider;
import id.netral.infra.PostgresServer;
import id.netral.infra.SmtpServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The whole of Netral on one machine: a real PostgreSQL (one database per service), a real Kafka broker, an SMTP
 * server standing in for the OPD heads' mail server, and the three packaged services as separate processes. Used by
 * the local run and by the end-to-end test, so both exercise the same wiring.
 */
public final class LocalSystem implements AutoCloseable {
    /**
     * A deadline, not a wait: a service is ready in about 7 s on an idle machine, but three starting at once on a
     * shared 2-core build machine took 113 to 125 s.
     */
    private static final Duration STARTUP_DEADLINE = Duration.ofMinutes(5);

    private final Path dataDirectory;
    private final Path postgresData;
    private final Tuning tuning;
    private final List<ServiceProcess> applications = new ArrayList<>();
    private final int postgresPort;
    private PostgresServer postgres;
    private final Path kafkaData;
    private final int kafkaPort;
    private final Broker.Placement brokerPlacement;
    private Broker kafka;
    private final SmtpServer smtp;
    private final Map<NetralService, ServiceProcess> services;
    private final DevIdentityProvider identityProvider;
    private DevOidcProvider signIn;
    private ServiceProcess console;
    private boolean closed;

    private LocalSystem(PostgresServer postgres, Path dataDirectory, Broker kafka, Broker.Placement brokerPlacement,
                        int kafkaPort, SmtpServer smtp, Map<NetralService, ServiceProcess> services,
                        DevIdentityProvider identityProvider, Tuning tuning) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.postgresData = dataDirectory.resolve("postgres");
        this.postgresPort = postgres.port();
        this.kafka = kafka;
        this.brokerPlacement = brokerPlacement;
        this.kafkaData = dataDirectory.resolve("kafka");
        this.kafkaPort = kafkaPort;
        this.smtp = smtp;
        this.services = services;
        this.identityProvider = identityProvider;
        this.tuning = tuning;
    }

    /**
     * @param home          the checkout, holding each service's target/quarkus-app
     * @param dataDirectory where the database, the topics and the logs are kept between runs
     */
    public static LocalSystem start(Path home, Path dataDirectory, Ports ports) {
        return start(home, dataDirectory, ports, Map.of());
    }

    /**
     * @param serviceEnvironment set for every service over the local defaults, e.g. a benchmark's raised rate limits
     */
    public static LocalSystem start(Path home, Path dataDirectory, Ports ports,
                                    Map<String, String> serviceEnvironment) {
        return start(home, dataDirectory, ports, serviceEnvironment, delivery -> {
        });
    }

    /**
     * @param mailWatcher told of every recipient's copy of every accepted e-mail, from before the first service
     *                    starts: a notice left over from the last run may go out the moment notification-service is up
     */
    public static LocalSystem start(Path home, Path dataDirectory, Ports ports, Map<String, String> serviceEnvironment,
                                    Consumer<SmtpServer.Delivery> mailWatcher) {
        return start(home, dataDirectory, ports, serviceEnvironment, mailWatcher, Broker.Placement.IN_THIS_JVM);
    }

    /** @param brokerPlacement in this JVM, or in a process of its own for a run that kills the broker */
    public static LocalSystem start(Path home, Path dataDirectory, Ports ports, Map<String, String> serviceEnvironment,
                                    Consumer<SmtpServer.Delivery> mailWatcher, Broker.Placement brokerPlacement) {
        return start(home, dataDirectory, ports, serviceEnvironment, mailWatcher, brokerPlacement, Tuning.LOCAL);
    }

    /**
     * How the processes run: the services' JVM options and PostgreSQL's settings beyond the durable defaults, e.g. a
     * benchmark's fixed heap and its statement statistics.
     */
    public record Tuning(List<String> jvmOptions, Map<String, String> postgresSettings) {
        /** A heap cap that lets four JVMs, PostgreSQL and Kafka share a developer's laptop. */
        public static final Tuning LOCAL = new Tuning(List.of("-Xmx256m"), Map.of());
    }

    /** @param tuning the JVM options of every service and PostgreSQL's extra settings */
    public static LocalSystem start(Path home, Path dataDirectory, Ports ports, Map<String, String> serviceEnvironment,
                                    Consumer<SmtpServer.Delivery> mailWatcher, Broker.Placement brokerPlacement,
                                    Tuning tuning) {
        Path secrets = dataDirectory.resolve("secrets");
        DevIdentityProvider identityProvider = DevIdentityProvider.loadOrCreate(
                secrets.resolve("dev-identity-provider.key"));
        String reporterKey = LocalSecrets.reporterKey(secrets.resolve("reporter-encryption.key"));
        String acknowledgementLinkSecret = LocalSecrets.acknowledgementLinkSecret(
                secrets.resolve("acknowledgement-link.key"));
        PostgresServer postgres = PostgresServer.start(dataDirectory.resolve("postgres"), ports.postgres(),
                tuning.postgresSettings());
        Broker kafka = null;
        SmtpServer smtp = null;
        Map<NetralService, ServiceProcess> services = new EnumMap<>(NetralService.class);
        try {
            kafka = brokerPlacement.start(dataDirectory.resolve("kafka"), ports.kafka());
            smtp = SmtpServer.start(ports.smtp());
            smtp.onEachDelivery(mailWatcher);
            for (NetralService service : NetralService.values()) {
                Map<String, String> environment = new HashMap<>();
                environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.database(service.database()));
                environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
                environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
                environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
                environment.put("QUARKUS_MAILER_PORT", Integer.toString(smtp.port()));
                environment.put("QUARKUS_OIDC_PUBLIC_KEY", identityProvider.publicKey());
                environment.put("QUARKUS_OIDC_TOKEN_ISSUER", DevIdentityProvider.ISSUER);
                if (service == NetralService.NOTIFICATION) {
                    environment.put("NETRAL_NOTIFICATION_ACK_LINK_SECRET", acknowledgementLinkSecret);
                    environment.put("NETRAL_NOTIFICATION_ACK_LINK_BASE_URL",
                            "http://localhost:" + ports.http().get(service));
                    // the e-mail's link opens the console's page for it
                    environment.put("NETRAL_NOTIFICATION_ACK_LINK_CONSOLE_URL", "http://localhost:" + ports.console());
                }
                if (service == NetralService.REPORT) {
                    environment.put("NETRAL_REPORTER_ENCRYPTION_KEYS", "local:" + reporterKey);
                    environment.put("NETRAL_REPORTER_ENCRYPTION_ACTIVE_KEY", "local");
                }
                environment.putAll(serviceEnvironment);
                services.put(service, ServiceProcess.launch(service, home, environment, ports.http().get(service),
                        dataDirectory.resolve("logs"), tuning.jvmOptions()));
            }
            List<CompletableFuture<Void>> readiness = new ArrayList<>();
            services.values().forEach(process -> readiness.add(
                    CompletableFuture.runAsync(() -> process.awaitReady(STARTUP_DEADLINE))));
            CompletableFuture.allOf(readiness.toArray(CompletableFuture[]::new)).join();
            return new LocalSystem(postgres, dataDirectory, kafka, brokerPlacement, ports.kafka(), smtp, services,
                    identityProvider, tuning);
        } catch (RuntimeException e) {
            new LocalSystem(postgres, dataDirectory, kafka, brokerPlacement, ports.kafka(), smtp, services,
                    identityProvider, tuning).close();
            throw e;
        }
    }

    /**
     * Starts the console against the running services, with the development OIDC provider (same signing key as the
     * services' tokens) for sign-in; once.
     *
     * @param consolePort          where the console listens: the {@link Ports#console()} the system was started with,
     *                             which the e-mails' acknowledgement links point at
     * @param identityProviderPort where the development OIDC provider listens
     * @return the console's address
     */
    public synchronized String startConsole(Path home, Path dataDirectory, int consolePort,
                                            int identityProviderPort) {
        if (console == null) {
            signIn = DevOidcProvider.start(identityProvider, identityProviderPort);
            Map<String, String> environment = new HashMap<>();
            environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", signIn.url());
            environment.put("QUARKUS_OIDC_CREDENTIALS_SECRET", LocalSecrets.consoleClientSecret(
                    dataDirectory.resolve("secrets").resolve("console-client.secret")));
            environment.put("NETRAL_CONSOLE_REPORT_SERVICE_URL", url(NetralService.REPORT));
            environment.put("NETRAL_CONSOLE_SANCTION_SERVICE_URL", url(NetralService.SANCTION));
            environment.put("NETRAL_CONSOLE_NOTIFICATION_SERVICE_URL", url(NetralService.NOTIFICATION));
            // plain http on this machine: cookies cannot be Secure-only here
            environment.put("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE", "false");
            environment.put("QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE", "false");
            console = ServiceProcess.launch("console", home, environment, consolePort, dataDirectory.resolve("logs"),
                    tuning.jvmOptions());
            console.awaitReady(STARTUP_DEADLINE);
        }
        return console.url();
    }

    /** The console's address; null before {@link #startConsole}. */
    public String consoleUrl() {
        return console == null ? null : console.url();
    }

    /** The development OIDC provider the console signs people in with; null before {@link #startConsole}. */
    public DevOidcProvider signIn() {
        return signIn;
    }

    public String url(NetralService service) {
        return services.get(service).url();
    }

    public Path log(NetralService service) {
        return services.get(service).log();
    }

    /** The operating-system process of the service, e.g. to read its memory from /proc. */
    public long pid(NetralService service) {
        return services.get(service).pid();
    }

    /** From launching the service's process to its first ready answer. */
    public Duration timeToReady(NetralService service) {
        return services.get(service).timeToReady();
    }

    /** Signs the bearer tokens the services accept in this local system. */
    public DevIdentityProvider identityProvider() {
        return identityProvider;
    }

    public SmtpServer smtp() {
        return smtp;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The process the Kafka broker runs in (this JVM's when it runs in it). */
    public synchronized long brokerPid() {
        return kafka.pid();
    }

    /** Stops the broker as an outage would, its topics kept; the services keep running and must cope. */
    public synchronized void stopKafka() {
        kafka.close();
        kafka = null;
    }

    /** Kills the broker (kill -9) as a crash would; only a broker in a process of its own. */
    public synchronized void killKafka() {
        kafka.kill();
        kafka = null;
    }

    /** Starts the broker again where it was, with the topics it had. */
    public synchronized void startKafka() {
        if (kafka == null) {
            kafka = brokerPlacement.start(kafkaData, kafkaPort);
        }
    }

    /** Stops PostgreSQL as a database restart would, its data kept; the services keep running and must cope. */
    public synchronized void stopPostgres() {
        postgres.close();
        postgres = null;
    }

    /** Kills PostgreSQL's postmaster and every backend (kill -9), as a crash would; its data kept as they were. */
    public synchronized void killPostgres() {
        postgres.crash();
        postgres = null;
    }

    /** Starts PostgreSQL again where it was, with the data it had (after a kill, from its write-ahead log). */
    public synchronized void startPostgres() {
        if (postgres == null) {
            postgres = PostgresServer.start(postgresData, postgresPort, tuning.postgresSettings());
        }
    }

    /** Kills the service's process (kill -9) while the rest of the system runs on. */
    public synchronized void kill(NetralService service) {
        services.get(service).kill();
    }

    /** Stops the service as a rolling update would (SIGTERM, graceful shutdown) while the rest runs on. */
    public synchronized void stop(NetralService service) {
        services.get(service).close();
    }

    /**
     * Starts the service again on its port with its settings, after {@link #kill} or {@link #stop}, and waits until it
     * is ready.
     */
    public synchronized void restart(NetralService service) {
        ServiceProcess again = services.get(service).launchAgain();
        services.put(service, again);
        again.awaitReady(STARTUP_DEADLINE);
    }

    public int postgresPort() {
        return postgresPort;
    }

    /** Creates the database on this system's PostgreSQL unless it exists, and returns its JDBC URL. */
    public String database(String name) {
        return postgres.database(name);
    }

    /** The postmaster's process, whose children are the backends: where PostgreSQL's CPU time is counted. */
    public long postgresPid() {
        return postgres.pid();
    }

    /**
     * Starts one more replica of the service, with its settings on another port, and waits until it is ready: it
     * shares the service's database and its consumer groups, so the topics' partitions are split between the two.
     * Stopped with the system.
     */
    public synchronized ServiceProcess startReplica(NetralService service, int port) {
        ServiceProcess replica = services.get(service).launchReplica(port);
        applications.add(replica);
        replica.awaitReady(STARTUP_DEADLINE);
        return replica;
    }

    /**
     * Starts another packaged Quarkus application of the checkout beside the services, as they run: same JVM options,
     * its own database on the same PostgreSQL, its log with theirs. Not awaited; stopped with the system.
     */
    public synchronized ServiceProcess launchApplication(Path home, String module, String database, int port) {
        Map<String, String> environment = Map.of("QUARKUS_DATASOURCE_JDBC_URL", database(database),
                "QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        ServiceProcess application = ServiceProcess.launch(module, home, environment, port,
                dataDirectory.resolve("logs"), tuning.jvmOptions());
        applications.add(application);
        return application;
    }

    /**
     * Stops the services first, so they leave the broker and database cleanly, then the infrastructure. Once: a run
     * may also call it from a shutdown hook.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (console != null) {
            console.close();
        }
        if (signIn != null) {
            signIn.close();
        }
        applications.forEach(ServiceProcess::close);
        services.values().parallelStream().forEach(ServiceProcess::close);
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
