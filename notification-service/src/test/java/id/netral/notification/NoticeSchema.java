package id.netral.notification;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.netral.events.EventJson;

import java.util.List;

/**
 * The published JSON Schema of the webhook payload, read from the file the service serves, with the validator the
 * event contracts use (formats asserted, so a uuid or date-time that is not one fails).
 */
public final class NoticeSchema {
    public static final String RESOURCE = "META-INF/resources/webhooks/notice.v2.schema.json";
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:" + RESOURCE),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private NoticeSchema() {
    }

    /** Every way the body breaks the schema; empty when it validates. */
    public static List<String> violations(String body) {
        return SCHEMA.validate(EventJson.tree(body)).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
