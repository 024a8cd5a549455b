package id.netral.notification.delivery;

import java.util.UUID;

/**
 * A delivery a worker holds until its lease ends: the ledger row, which attempt this is (so that a late outcome of an
 * older attempt is recognised), and what the channel sends.
 */
public record Claim<M>(UUID rowId, int attempt, M message) {
}
