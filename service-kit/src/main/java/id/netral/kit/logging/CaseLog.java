package id.netral.kit.logging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.jboss.logging.MDC;

import java.util.UUID;

/**
 * Puts the case (report) id and the trace id on every log line of a case's work, as MDC fields {@value #CASE_ID} and
 * {@value #TRACE_ID} (the JSON console log of production shows them in {@code mdc}). Opened where a case's work begins
 * (a request about a case, a consumed event, an event relayed from the outbox, a notice being delivered) and closed
 * when it ends, which puts back what was there before. Only ids go here: never anything of the reporter.
 */
public final class CaseLog implements AutoCloseable {
    public static final String CASE_ID = "caseId";
    /** The key Quarkus's OpenTelemetry uses too, so a line has one trace id whoever set it. */
    public static final String TRACE_ID = "traceId";

    private final Object previousCase;
    private final Object previousTrace;

    private CaseLog(String caseId, String traceId) {
        previousCase = MDC.get(CASE_ID);
        previousTrace = MDC.get(TRACE_ID);
        put(CASE_ID, caseId);
        if (traceId != null) {
            put(TRACE_ID, traceId);
        }
    }

    /** The case's work begins on this thread, in the trace that is current (if any). */
    public static CaseLog of(UUID caseId) {
        return of(caseId == null ? null : caseId.toString());
    }

    /** As {@link #of(UUID)}, from an event's subject or a record key; a value that is no case id is not logged. */
    public static CaseLog of(String caseId) {
        return new CaseLog(asCaseId(caseId), currentTraceId());
    }

    /** The case's work begins in the trace of this W3C {@code traceparent} (an outbox row's), or the current one. */
    public static CaseLog of(UUID caseId, String traceParent) {
        String traceId = traceIdOf(traceParent);
        return new CaseLog(caseId == null ? null : caseId.toString(), traceId != null ? traceId : currentTraceId());
    }

    /**
     * Names the case for the rest of the work under way if none is named yet (a submission learns its case id only
     * when it opens the case); whoever opened the work's {@link CaseLog}, or the request's end, removes it.
     */
    public static void joining(UUID caseId) {
        if (caseId != null && MDC.get(CASE_ID) == null) {
            put(CASE_ID, caseId.toString());
            String traceId = currentTraceId();
            if (traceId != null && MDC.get(TRACE_ID) == null) {
                put(TRACE_ID, traceId);
            }
        }
    }

    /** Forgets the case named on this thread (the end of a request). */
    public static void clear() {
        MDC.remove(CASE_ID);
    }

    @Override
    public void close() {
        restore(CASE_ID, previousCase);
        restore(TRACE_ID, previousTrace);
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    private static void restore(String key, Object previous) {
        put(key, previous == null ? null : previous.toString());
    }

    private static String asCaseId(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String currentTraceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }

    /** The trace id of a W3C traceparent, {@code 00-<32 hex trace id>-<16 hex span id>-<flags>}. */
    static String traceIdOf(String traceParent) {
        if (traceParent == null) {
            return null;
        }
        String[] parts = traceParent.split("-");
        return parts.length == 4 && parts[1].length() == 32 ? parts[1] : null;
    }
}
