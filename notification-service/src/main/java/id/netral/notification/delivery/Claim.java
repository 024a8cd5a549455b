package id.netral.notification.delivery;

import java.util.UUID;

/**
 * A delivery a worker holds until its lease ends: the ledger row, which attempt this is (so that a late outcome of an
 * older attempt is recognised), the case (report) the notice is about, which its log lines name, and what the channel
 * sends.
 */
public record Claim<M>(UUID rowId, int attempt, UUID caseId, M message) {
}
