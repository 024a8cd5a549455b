package id.netral.kit.testapp;

import id.netral.kit.inbox.InboundEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the test topic the way every Netral service consumes its upstream topic. */
@ApplicationScoped
public class TestEvents {
    @Inject
    InboundEvents inbound;
    @Inject
    ScriptedHandler handler;

    @Incoming("kit-test-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbound.handle(record, handler::apply);
    }
}
