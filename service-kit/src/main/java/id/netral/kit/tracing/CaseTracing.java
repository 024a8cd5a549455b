package id.netral.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries a case's trace across the outbox. Kafka instrumentation cannot do it: the event is written to the outbox
 * in one transaction and published by the relay later, on another thread, where the request's trace is gone. So the
 * W3C {@code traceparent} is kept with the event and sent as a record header, and the consumer continues the trace
 * from it: a partner app's submission, the recommendation and the notice end up in one trace. With the OpenTelemetry
 * SDK off (the default without a collector) nothing is recorded and no header is written.
 */
@ApplicationScoped
public class CaseTracing {
    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Map<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    Tracer tracer;

    /** The W3C traceparent of the work going on now; empty when nothing is traced. */
    public Optional<String> currentParent() {
        if (!Span.current().getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACEPARENT));
    }

    /** Runs the handling of a consumed event in a span that continues the trace its headers carry, if any. */
    public <T> T continueFrom(Map<String, String> headers, String operation, Supplier<T> work) {
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), headers, HEADERS);
        Span span = tracer.spanBuilder(operation).setParent(parent).setSpanKind(SpanKind.CONSUMER).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } finally {
            span.end();
        }
    }
}
