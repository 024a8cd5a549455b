package id.netral.notification.directory;

import id.netral.kit.problem.PlainText;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An office (perangkat daerah) of Pemerintah Kota Kupang and where its head receives notices. */
@Entity
@Table(name = "opd")
public class Opd extends PanacheEntityBase {
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "head_title", nullable = false)
    public String headTitle;

    @Column(name = "head_email", nullable = false)
    public String headEmail;

    @Column(name = "head_name")
    public String headName;

    @Column(name = "head_phone")
    public String headPhone;

    /** The NIP of the head in office now; null when it was not recorded. */
    @Column(name = "head_employee_id")
    public String headEmployeeId;

    /** Where notices are also POSTed, signed; null when the head is reached by e-mail only. */
    @Column(name = "webhook_url")
    public String webhookUrl;

    /**
     * Signs the webhook requests (HMAC-SHA256, see {@code WebhookSecret} for its two forms); never shown, never logged.
     */
    @Column(name = "webhook_secret")
    public String webhookSecret;

    /** The secret an admin replaced, still signing alongside until {@link #webhookPreviousSecretUntil}; or null. */
    @Column(name = "webhook_previous_secret")
    public String webhookPreviousSecret;

    @Column(name = "webhook_previous_secret_until")
    public Instant webhookPreviousSecretUntil;

    /** How the head wants to be reached, set by an admin; null for the default (see {@link #channels()}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "channel_preference")
    public ChannelPreference channelPreference;

    /** When the office was dissolved; it keeps its history but receives nothing new. Null while it exists. */
    @Column(name = "dissolved_at")
    public Instant dissolvedAt;

    /** The Kemendagri code of the kecamatan or kelurahan a Camat's or Lurah's office serves; null for other offices. */
    @Column(name = "region_code")
    public String regionCode;

    /** The secrets that sign a webhook request now: the current one first, then a replaced one still in its window. */
    public List<String> webhookSecrets(Instant now) {
        if (webhookSecret == null) {
            return List.of();
        }
        return webhookPreviousSecret != null && now.isBefore(webhookPreviousSecretUntil)
                ? List.of(webhookSecret, webhookPreviousSecret) : List.of(webhookSecret);
    }

    /**
     * Sets the endpoint and its secret. A different secret replaces the current one, which keeps signing for
     * {@code overlap} (and only it: a secret replaced before stops). With no overlap, as after a leak, nothing but the
     * new secret signs from now on. The same secret again (a new URL only) changes no signature.
     */
    public void setWebhook(String url, String secret, Instant now, Duration overlap) {
        boolean replaced = webhookSecret != null && !webhookSecret.equals(secret);
        if (replaced && !overlap.isNegative() && !overlap.isZero()) {
            webhookPreviousSecret = webhookSecret;
            webhookPreviousSecretUntil = now.plus(overlap);
        } else if (replaced || webhookSecret == null) {
            webhookPreviousSecret = null;
            webhookPreviousSecretUntil = null;
        }
        webhookUrl = url;
        webhookSecret = secret;
    }

    /** No webhook any more, and no secret of it left to sign with. */
    public void removeWebhook() {
        webhookUrl = null;
        webhookSecret = null;
        webhookPreviousSecret = null;
        webhookPreviousSecretUntil = null;
    }

    public boolean dissolved() {
        return dissolvedAt != null;
    }

    /**
     * The channels notices to the head go by: the admin's choice, else e-mail plus the webhook when there is one. A
     * webhook channel without a webhook falls back to e-mail, so a head is never left unreachable.
     */
    public ChannelPreference channels() {
        if (webhookUrl == null) {
            return ChannelPreference.EMAIL;
        }
        return channelPreference == null ? ChannelPreference.EMAIL_AND_WEBHOOK : channelPreference;
    }

    /** Codes are upper case (DISPERKIM, CAMAT-ALAK); a lower-case lookup from a person's URL still finds them. */
    public static Optional<Opd> byCode(String code) {
        if (!PlainText.Check.isPlain(code, false)) {
            // no office has such a code, and PostgreSQL would refuse the lookup of one with a NUL
            return Optional.empty();
        }
        return findByIdOptional(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The offices that exist now, by code; with the dissolved ones too when asked. */
    public static List<Opd> directory(boolean withDissolved) {
        return withDissolved ? listAll(Sort.by("code")) : list("dissolvedAt is null", Sort.by("code"));
    }

    /** The office that serves a kecamatan or kelurahan now, by its Kemendagri code. */
    public static Optional<Opd> serving(String regionCode) {
        return find("regionCode = ?1 and dissolvedAt is null", regionCode).firstResultOptional();
    }
}
