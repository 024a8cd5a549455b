package id.netral.report;

import id.netral.infra.EmbeddedInfraResource;
import id.netral.infra.PublishedContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The contract partners build on (contracts/report-service.openapi.yaml) is what the service serves. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "report"))
class PublishedContractTest {

    @Test
    void theServedOpenApiDocumentIsTheCommittedContract() {
        PublishedContract.assertServedEqualsCommitted("report-service");
    }

    @Test
    void everyOperationSaysWhatItAnswersWhenItWorks() {
        PublishedContract.assertEverySuccessDescribed();
    }

    @Test
    void everyAnswerShowsAnExample() {
        PublishedContract.assertEveryAnswerHasAnExample();
    }

    @Test
    void everyListPagesOneWay() {
        PublishedContract.assertEveryListPagesOneWay();
    }
}
