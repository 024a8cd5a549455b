package id.netral.benchmark;

import id.netral.infra.PostgresServer;
import id.netral.local.LocalSystem;
import id.netral.local.NetralService;
import id.netral.local.Ports;
import id.netral.local.samples.SampleReports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The consumers scaled out: a second replica of sanction-service and of notification-service joins the first, the
 * topics' partitions are split between them, and the same end-to-end run is made again. Counts what two replicas
 * must never do: a second recommendation for one report, a second notice of a recommendation to one recipient, a
 * letter mailed twice.
 */
final class ScaleOut {
    static final List<NetralService> CONSUMERS = List.of(NetralService.SANCTION, NetralService.NOTIFICATION);

    private final LocalSystem system;
    private final ReportServiceApi api;
    private final SampleReports reports;
    private final MailArrivals mail;

    ScaleOut(LocalSystem system, ReportServiceApi api, SampleReports reports, MailArrivals mail) {
        this.system = system;
        this.api = api;
        this.reports = reports;
        this.mail = mail;
    }

    /**
     * @param warmUpCases cases carried through the two replicas first, unmeasured: the new JVMs compile their hot
     *                    code, and the consumer groups settle their partitions
     */
    Result run(int cases, double verificationsPerSecond, Duration timeout, int warmUpCases)
            throws InterruptedException {
        for (NetralService service : CONSUMERS) {
            system.startReplica(service, Ports.freePort());
        }
        EndToEndRun run = new EndToEndRun(api, reports, mail);
        if (warmUpCases > 0) {
            run.run(warmUpCases, verificationsPerSecond, timeout);
        }
        EndToEndRun.Result twoReplicas = run.run(cases, verificationsPerSecond, timeout);
        return new Result(twoReplicas, duplicates("sanction", """
                        SELECT count(*) - count(DISTINCT report_id) FROM recommendation"""),
                duplicates("notification", """
                        SELECT count(*) - count(DISTINCT (recommendation_id, recipient_role))
                        FROM notification WHERE kind = 'NOTICE'"""));
    }

    private long duplicates(String database, String query) {
        try (Connection connection = DriverManager.getConnection(system.database(database), PostgresServer.USER, "");
             ResultSet result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count duplicates in " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param twoReplicas             the end-to-end run with two replicas of each consumer
     * @param duplicateRecommendations recommendations beyond the first for one report, over the whole benchmark
     * @param duplicateNotices        notices beyond the first of one recommendation to one recipient
     */
    record Result(EndToEndRun.Result twoReplicas, long duplicateRecommendations, long duplicateNotices) {
    }
}
