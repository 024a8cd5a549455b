package id.netral.sanction.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules say about one verified case.
 *
 * @param level               only on the discipline track
 * @param allowedSanctions    codes the PPK may choose from, lightest first; empty for manual review
 * @param recommendedSanction the lightest allowed one (the PPK chooses within the level), raised for earlier proven
 *                            cases; null for manual review
 * @param explanation         lines a BKPPD officer reads, in Bahasa Indonesia
 * @param appliedKind         the SKB row applied: the verified one, or its counterpart on the other side of the day
 *                            candidates were fixed
 */
public record Outcome(Track track, Level level, List<String> allowedSanctions, String recommendedSanction,
                      List<String> legalBasis, List<String> explanation, String ruleVersion,
                      SanctioningBody sanctioningBody, LocalDate ppkDueDate, String appliedKind) {
}
