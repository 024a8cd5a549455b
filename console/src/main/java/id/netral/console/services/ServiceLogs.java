package id.netral.console.services;

import id.netral.console.services.AdminViews.AuditPage;
import id.netral.console.services.AdminViews.DeadLetterPage;
import id.netral.console.services.AdminViews.ReplayReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Arrays;
import java.util.Optional;

/** Each service's audit log and dead letters, which service-kit gives every service alike, by the service's name. */
@ApplicationScoped
public class ServiceLogs {
    /** The three services as a page names them; {@code slug} is the console's path segment for each. */
    public enum Service {
        REPORTS("laporan", "Layanan laporan (Bawaslu)"),
        SANCTIONS("sanksi", "Layanan rekomendasi sanksi"),
        NOTIFICATIONS("pemberitahuan", "Layanan pemberitahuan");

        private final String slug;
        private final String words;

        Service(String slug, String words) {
            this.slug = slug;
            this.words = words;
        }

        public String slug() {
            return slug;
        }

        public String words() {
            return words;
        }

        public static Optional<Service> bySlug(String slug) {
            return Arrays.stream(values()).filter(service -> service.slug.equals(slug)).findFirst();
        }
    }

    @Inject
    @RestClient
    ReportRecords reports;

    @Inject
    @RestClient
    SanctionRecords sanctions;

    @Inject
    @RestClient
    NotificationRecords notifications;

    public AuditPage audit(Service service, String recordId, int page, int size) {
        return switch (service) {
            case REPORTS -> reports.audit(recordId, page, size);
            case SANCTIONS -> sanctions.audit(recordId, page, size);
            case NOTIFICATIONS -> notifications.audit(recordId, page, size);
        };
    }

    public DeadLetterPage deadLetters(Service service, int page, int size) {
        return switch (service) {
            case REPORTS -> reports.deadLetters(page, size);
            case SANCTIONS -> sanctions.deadLetters(page, size);
            case NOTIFICATIONS -> notifications.deadLetters(page, size);
        };
    }

    public ReplayReport replay(Service service, String eventId) {
        return switch (service) {
            case REPORTS -> reports.replay(eventId);
            case SANCTIONS -> sanctions.replay(eventId);
            case NOTIFICATIONS -> notifications.replay(eventId);
        };
    }
}
