package id.netral.events;

/**
 * The civil servant a case is about, as every event carries them. Deliberately nothing about the reporter.
 *
 * @param employeeId NIP for PNS, NI PPPK for PPPK, an internal 18-digit number for non-ASN staff
 */
public record Accused(String employeeId, String name, EmploymentType employmentType, String opdCode, String position) {
}
