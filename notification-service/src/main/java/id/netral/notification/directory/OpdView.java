package id.netral.notification.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * An OPD as the directory shows it, with its head in office now; a webhook's secret is never shown, and what else a
 * reader sees depends on who they are ({@link DirectoryReaders}): a field they may not see is absent.
 *
 * @param channelPreference the channels notices to the head go by now
 * @param regionCode        the kecamatan or kelurahan a Camat's or Lurah's office serves (Kemendagri code)
 * @param dissolvedAt       when the office was dissolved; absent while it exists
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpdView(@Schema(examples = "DISPERKIM") String code,
                      @Schema(examples = SampleOpd.NAME) String name,
                      @Schema(examples = SampleOpd.HEAD_TITLE) String headTitle,
                      String headEmail, @Schema(examples = SampleOpd.HEAD_NAME) String headName,
                      String headPhone,
                      @Schema(examples = SampleOpd.WEBHOOK_URL) String webhookUrl,
                      ChannelPreference channelPreference, String regionCode,
                      Instant dissolvedAt) {
    static OpdView of(Opd opd) {
        return new OpdView(opd.code, opd.name, opd.headTitle, opd.headEmail, opd.headName, opd.headPhone,
                opd.webhookUrl, opd.channels(), opd.regionCode, opd.dissolvedAt);
    }

    /** The office and who heads it, without how to reach them. */
    OpdView withoutContacts() {
        return new OpdView(code, name, headTitle, null, headName, null, null, channelPreference, regionCode,
                dissolvedAt);
    }

    /** Which office it is, and nothing of its head or how notices reach it. */
    OpdView nameOnly() {
        return new OpdView(code, name, null, null, null, null, null, null, regionCode, dissolvedAt);
    }

    /** Everything but the webhook endpoint, which only admins see. */
    OpdView withoutWebhook() {
        return new OpdView(code, name, headTitle, headEmail, headName, headPhone, null, channelPreference, regionCode,
                dissolvedAt);
    }
}
