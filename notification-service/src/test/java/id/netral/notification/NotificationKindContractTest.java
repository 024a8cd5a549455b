package id.netral.notification;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.events.EventJson;
import id.netral.events.EventSchemas;
import id.netral.events.EventType;
import id.netral.events.NotificationDelivered;
import id.netral.events.words.CodeWords;
import id.netral.notification.webhook.WebhookNotice;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of letter travels under its own name (plain, no Quarkus): the delivery event and the webhook payload
 * accept each, and each has words for the people who read the timeline and the console.
 */
class NotificationKindContractTest {
    @Test
    void everyKindIsOneTheDeliveryEventAndTheWebhookSchemaName() {
        for (NotificationKind kind : NotificationKind.values()) {
            UUID reportId = UUID.randomUUID();
            EventSchemas.validate(EventType.NOTIFICATION_DELIVERED, EventJson.write(new NotificationDelivered(
                    UUID.randomUUID(), reportId, UUID.randomUUID(), "OPD_HEAD", "DISPERKIM", "EMAIL", Instant.now(),
                    kind.name())));
            String webhook = EventJson.write(new WebhookNotice(UUID.randomUUID(), UUID.randomUUID(), reportId,
                    UUID.randomUUID(), "PPK", kind.name(), "DISPERKIM", "Perihal", "Isi surat", Instant.now(), null));
            assertThat(NoticeSchema.violations(webhook)).as(kind.name()).isEmpty();
            assertThat(CodeWords.NOTICE_KIND.knows(kind.name())).as(kind.name()).isTrue();
        }
    }

    @Test
    void theWebhookSchemaListsNoKindTheServiceDoesNotSend() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(NoticeSchema.RESOURCE)) {
            schema = EventJson.tree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> listed = new ArrayList<>();
        schema.path("properties").path("kind").path("enum").forEach(code -> listed.add(code.asText()));
        assertThat(listed).containsExactlyElementsOf(
                java.util.Arrays.stream(NotificationKind.values()).map(Enum::name).toList());
    }
}
