package id.netral.faults;

import com.fasterxml.jackson.databind.JsonNode;
import id.netral.infra.DevIdentityProvider;
import id.netral.infra.PostgresServer;
import id.netral.local.LocalSystem;
import id.netral.local.NetralService;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The second part of the fault run: generated malformed requests to every operation of the three services, as
 * every kind of caller. A service must answer each with a 4xx and change nothing; a 5xx or a changed table is a
 * finding, listed with the request that caused it so that the seed can repeat it.
 */
final class MalformedRequests {
    /** The kinds of caller ({@link DevIdentityProvider#tokenFor}): anonymous and forged ones too. */
    static final List<String> CALLERS = List.of("none", "expired", "forged", "partner-app", "other-partner-app",
            "opd-head-own", "opd-head-other", "verifier", "personnel-officer", "ppk", "auditor", "admin");
    /** Shown in the report per kind of finding; the count is complete, the examples are not. */
    private static final int EXAMPLES = 15;
    /** The status recorded when the connection closed while a body over the limit was still being sent. */
    static final int CLOSED_ON_OVERSIZED_BODY = 0;
    /** Audited actions that change nothing: reads, exports and downloads, and refusals. */
    static final Pattern READ_OR_REFUSAL = Pattern.compile("\\.(read|refused|exported|download)$");

    private final LocalSystem system;
    private final List<CaseStream.StreamedCase> cases;
    private final NetralApi api = new NetralApi();

    MalformedRequests(LocalSystem system, List<CaseStream.StreamedCase> cases) {
        this.system = system;
        this.cases = cases;
    }

    record ServiceCount(int requests, int informational, int client, int server, int unanswered,
                        int acceptedChanges) {
        ServiceCount add(int status, boolean changesState) {
            boolean refused = status >= 400 && status < 500 || status == CLOSED_ON_OVERSIZED_BODY;
            return new ServiceCount(requests + 1, informational + (status >= 200 && status < 400 ? 1 : 0),
                    client + (refused ? 1 : 0), server + (status >= 500 ? 1 : 0),
                    unanswered + (status < 0 ? 1 : 0),
                    acceptedChanges + (changesState && status >= 200 && status < 300 ? 1 : 0));
        }
    }

    record Result(long seed, int operations, List<String> notMalformable, Map<NetralService, ServiceCount> byService,
                  Map<Integer, Integer> byStatus, List<String> serverErrors, List<String> acceptedChanges,
                  List<String> changedTables, Map<String, Integer> audited) {

        /** Audit entries of an action that records a change, not a read or a refusal: a change made by a request. */
        List<String> auditedChanges() {
            return audited.keySet().stream().filter(action -> !READ_OR_REFUSAL.matcher(action).find()).toList();
        }

        int serverErrorCount() {
            return byService.values().stream().mapToInt(ServiceCount::server).sum()
                    + byService.values().stream().mapToInt(ServiceCount::unanswered).sum();
        }

        boolean passed() {
            return serverErrorCount() == 0 && changedTables.isEmpty() && auditedChanges().isEmpty();
        }
    }

    Result send(int count, long seed) {
        Random random = new Random(seed);
        Map<String, String> tokens = new HashMap<>();
        CALLERS.forEach(caller -> tokens.put(caller, system.identityProvider().tokenFor(caller)));
        Map<NetralService, List<OpenApiOperations.Operation>> operations = new EnumMap<>(NetralService.class);
        List<OpenApiOperations.Operation> all = new ArrayList<>();
        List<String> notMalformable = new ArrayList<>();
        for (NetralService service : NetralService.values()) {
            for (OpenApiOperations.Operation operation : OpenApiOperations.of(service.name(), openApi(service))) {
                if (MalformedRequestGenerator.canBeMalformed(operation)) {
                    all.add(operation);
                    operations.computeIfAbsent(service, s -> new ArrayList<>()).add(operation);
                } else {
                    notMalformable.add(service.module() + " " + operation.name());
                }
            }
        }
        MalformedRequestGenerator generator = new MalformedRequestGenerator(knownIds(tokens));
        StateFingerprint before = fingerprint();
        Map<NetralService, ServiceCount> byService = new EnumMap<>(NetralService.class);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> acceptedChanges = new ArrayList<>();
        // callers a service let through to the operation (neither 401 nor 403): most requests come from them, so
        // that the defect, not the missing right, is what the service answers
        Map<String, Set<String>> admitted = new HashMap<>();
        for (int i = 0; i < count; i++) {
            OpenApiOperations.Operation operation = all.get(random.nextInt(all.size()));
            Set<String> letThrough = admitted.computeIfAbsent(operation.name() + operation.service(),
                    name -> new HashSet<>());
            String caller = !letThrough.isEmpty() && random.nextInt(4) > 0
                    ? letThrough.stream().sorted().toList().get(random.nextInt(letThrough.size()))
                    : CALLERS.get(random.nextInt(CALLERS.size()));
            MalformedRequestGenerator.MalformedRequest request = generator.next(operation, random);
            NetralService service = NetralService.valueOf(operation.service());
            int status = send(service, request, tokens.get(caller));
            if (status != 401 && status != 403 && status > 0 && status < 500) {
                letThrough.add(caller);
            }
            byService.merge(service, new ServiceCount(0, 0, 0, 0, 0, 0).add(status, operation.changesState()),
                    (a, b) -> a.add(status, operation.changesState()));
            byStatus.merge(status, 1, Integer::sum);
            if ((status >= 500 || status < 0) && serverErrors.size() < EXAMPLES) {
                serverErrors.add((status < 0 ? "no answer" : status) + " as " + caller + ": " + request.describe());
            }
            if (operation.changesState() && status >= 200 && status < 300 && acceptedChanges.size() < EXAMPLES) {
                acceptedChanges.add(status + " as " + caller + ": " + request.describe());
            }
            if ((i + 1) % 1000 == 0) {
                FaultSchedule.progress("  " + (i + 1) + " malformed requests sent");
            }
        }
        StateFingerprint after = fingerprint();
        return new Result(seed, all.size(), notMalformable, byService, byStatus, serverErrors, acceptedChanges,
                after.changedSince(before), after.auditedSince(before));
    }

    private int send(NetralService service, MalformedRequestGenerator.MalformedRequest malformed, String token) {
        HttpRequest.Builder request = NetralApi.request(system.url(service), malformed.pathAndQuery(), token);
        HttpRequest.BodyPublisher body = malformed.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(malformed.body());
        if (malformed.contentType() != null) {
            request.header("Content-Type", malformed.contentType());
        }

        if (malformed.operation().method().equals("POST")) {
            request.header("Idempotency-Key", "malformed-" + UUID.randomUUID());
        }
        try {
            request.method(malformed.operation().method(), body);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        Optional<Integer> status = api.send(request.build()).map(HttpResponse::statusCode);
        // a service refuses a body over its limit on the headers (413) and closes the connection; a client still
        // sending the body may see only the close
        boolean oversized = malformed.body() != null
                && malformed.body().length >= MalformedRequestGenerator.OVERSIZED_BODY;
        return status.orElse(oversized ? CLOSED_ON_OVERSIZED_BODY : -1);
    }

    private JsonNode openApi(NetralService service) {
        HttpRequest request = NetralApi.request(system.url(service), "/q/openapi?format=json", null).GET().build();
        return api.send(request).filter(answer -> answer.statusCode() == 200).map(answer ->
                NetralApi.json(answer.body())).orElseThrow(() ->
                new IllegalStateException(service.module() + " serves no OpenAPI document"));
    }

    /** Ids of real records per service, so that some broken requests aim at something that exists. */
    private Map<String, List<String>> knownIds(Map<String, String> tokens) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put(NetralService.REPORT.name(), cases.stream().map(CaseStream.StreamedCase::reportId).limit(50).toList());
        ids.put(NetralService.SANCTION.name(), idsOf(NetralService.SANCTION, "/api/v1/recommendations?size=50",
                tokens.get("personnel-officer"), "id"));
        List<String> notification = new ArrayList<>(idsOf(NetralService.NOTIFICATION,
                "/api/v1/notifications?size=50", tokens.get("personnel-officer"), "id"));
        notification.addAll(idsOf(NetralService.NOTIFICATION, "/api/v1/opds", tokens.get("admin"), "code"));
        ids.put(NetralService.NOTIFICATION.name(), notification);
        return ids;
    }

    private List<String> idsOf(NetralService service, String path, String token, String field) {
        Optional<JsonNode> list = api.send(NetralApi.request(system.url(service), path, token).GET().build())
                .filter(answer -> answer.statusCode() == 200).map(answer -> NetralApi.json(answer.body()));
        List<String> ids = new ArrayList<>();
        list.map(json -> json.isArray() ? json : json.path("items"))
                .ifPresent(items -> items.forEach(item -> ids.add(item.path(field).asText())));
        return ids;
    }

    private StateFingerprint fingerprint() {
        return StateFingerprint.of(system.postgresPort(), PostgresServer.USER,
                Arrays.stream(NetralService.values()).map(NetralService::database).toList());
    }
}
