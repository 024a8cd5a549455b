package id.netral.events;

/**
 * The civil servant a proven case is about, as the events of a confirmed violation carry them (report verified,
 * sanction recommended); events about a report not (yet) proven never name them. Deliberately nothing about the
 * reporter.
 *
 * @param employeeId NIP for PNS, NI PPPK for PPPK, an internal 18-digit number for non-ASN staff
 */
public record Accused(String employeeId, String name, EmploymentType employmentType, String opdCode, String position) {
}
