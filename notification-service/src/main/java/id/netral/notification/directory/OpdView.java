package id.netral.notification.directory;

/** An OPD as the directory shows it. */
public record OpdView(String code, String name, String headTitle, String headEmail) {
    static OpdView of(Opd opd) {
        return new OpdView(opd.code, opd.name, opd.headTitle, opd.headEmail);
    }
}
