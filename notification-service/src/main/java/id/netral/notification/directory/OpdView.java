package id.netral.notification.directory;

import java.time.Instant;

/**
 * An OPD as the directory shows it, with its head in office now; a webhook's secret is never shown.
 *
 * @param channelPreference the channels notices to the head go by now
 * @param regionCode        the kecamatan or kelurahan a Camat's or Lurah's office serves (Kemendagri code)
 * @param dissolvedAt       when the office was dissolved; absent while it exists
 */
public record OpdView(String code, String name, String headTitle, String headEmail, String headName,
                      String headPhone, String webhookUrl, ChannelPreference channelPreference, String regionCode,
                      Instant dissolvedAt) {
    static OpdView of(Opd opd) {
        return new OpdView(opd.code, opd.name, opd.headTitle, opd.headEmail, opd.headName, opd.headPhone,
                opd.webhookUrl, opd.channels(), opd.regionCode, opd.dissolvedAt);
    }
}
