package id.netral.notification.directory;

/** An OPD as the directory shows it, with its head in office now; a webhook's secret is never shown.
 *
 * @param channelPreference the channels notices to the head go by now
 */
public record OpdView(String code, String name, String headTitle, String headEmail, String headName,
                      String headPhone, String webhookUrl, ChannelPreference channelPreference) {
    static OpdView of(Opd opd) {
        return new OpdView(opd.code, opd.name, opd.headTitle, opd.headEmail, opd.headName, opd.headPhone,
                opd.webhookUrl, opd.channels());
    }
}
