package id.netral.kit.events;

import id.netral.events.EventSchemas;
import id.netral.events.EventType;
import id.netral.infra.EmbeddedInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service (here the kit's test application) answers each event's {@code ce_dataschema}, by the path of that URL,
 * with the schema file it checks the event with, to anyone, and nothing else under {@code /events}.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "kit"))
class EventSchemaResourceTest {

    @Test
    void theSchemaBaseIsServedHere() {
        assertThat(URI.create(EventSchemas.SCHEMA_BASE).getPath()).isEqualTo(EventSchemaResource.PATH + "/");
    }

    @Test
    void everyEventsDataschemaIsServedAsTheFileItIsCheckedAgainst() throws IOException {
        for (EventType type : EventType.values()) {
            String path = URI.create(type.schemaUri()).getPath();
            Response response = given().when().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.contentType()).as(path).startsWith(EventSchemas.MEDIA_TYPE);
            assertThat(response.header("Cache-Control")).as(path).contains("public");
            assertThat(response.asByteArray()).as(path).isEqualTo(classpath(type.schemaResource()));
        }
    }

    @Test
    void aSchemaTheEventsReferToIsServedToo() throws IOException {
        Response response = given().when().get(EventSchemaResource.PATH + "/accused.schema.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asByteArray()).isEqualTo(classpath(EventSchemas.SCHEMA_RESOURCES + "accused.schema.json"));
    }

    @Test
    void aClientAskingForJsonGetsTheSchema() {
        Response response = given().accept("application/json").when()
                .get(URI.create(EventType.REPORT_VERIFIED.schemaUri()).getPath());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).contains("\"$id\": \"" + EventType.REPORT_VERIFIED.schemaUri() + "\"");
    }

    @Test
    void nothingButASchemaFileIsServed() {
        for (String file : List.of("nothing-here.schema.json", "asyncapi.yaml", "..%2Fasyncapi.yaml",
                "..%2F..%2Fid%2Fnetral%2Fevents%2FEventType.class", "application.properties")) {
            assertThat(given().urlEncodingEnabled(false).when().get(EventSchemaResource.PATH + "/" + file)
                    .statusCode()).as(file).isEqualTo(404);
        }
    }

    private static byte[] classpath(String resource) throws IOException {
        try (InputStream in = EventSchemaResourceTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
