package id.netral.report.evidence;

import id.netral.kit.problem.ProblemException;

/** How many files and bytes one report may hold, so that one report cannot fill the database. */
record EvidenceQuota(int maxFiles, long maxBytes) {

    static EvidenceQuota of(EvidenceSettings settings) {
        return new EvidenceQuota(settings.maxFilesPerReport(), settings.maxBytesPerReport());
    }

    /** @throws ProblemException 409 when one more file of {@code newBytes} would pass a limit */
    void checkRoomFor(long heldFiles, long heldBytes, long newBytes) {
        if (heldFiles + 1 > maxFiles) {
            throw ProblemException.conflict("The report already holds " + heldFiles + " files, the most one report "
                    + "may hold (" + maxFiles + "); nothing was stored.");
        }
        if (heldBytes + newBytes > maxBytes) {
            throw ProblemException.conflict("The report holds " + heldBytes + " bytes of files; this one ("
                    + newBytes + " bytes) would pass the " + maxBytes + " bytes one report may hold; nothing was "
                    + "stored.");
        }
    }
}
