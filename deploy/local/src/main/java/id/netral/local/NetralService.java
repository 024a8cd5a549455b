package id.netral.local;

/** The three services, where their packaged application lies in the build, and their database. */
public enum NetralService {
    REPORT("report-service", "report"),
    SANCTION("sanction-service", "sanction"),
    NOTIFICATION("notification-service", "notification");

    private final String module;
    private final String database;

    NetralService(String module, String database) {
        this.module = module;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }
}
