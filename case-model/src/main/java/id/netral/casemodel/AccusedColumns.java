package id.netral.casemodel;

import id.netral.events.Accused;
import id.netral.events.EmploymentType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The accused civil servant as a service stores them: the same five columns wherever a case is kept (report-service's
 * report, sanction-service's recommendation). It is the case's domain, so it lives neither in the service kit, which
 * is infrastructure every service needs, nor in the event contracts, which agencies consume without JPA; it maps
 * both ways to the contracts' {@link Accused}, the one shape the accused travels in.
 */
@Embeddable
public class AccusedColumns {
    @Column(name = "accused_employee_id")
    public String employeeId;

    @Column(name = "accused_name", nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false)
    public EmploymentType employmentType;

    @Column(name = "opd_code", nullable = false)
    public String opdCode;

    @Column(name = "accused_position")
    public String position;

    public static AccusedColumns of(Accused accused) {
        AccusedColumns columns = new AccusedColumns();
        columns.employeeId = accused.employeeId();
        columns.name = accused.name();
        columns.employmentType = accused.employmentType();
        columns.opdCode = accused.opdCode();
        columns.position = accused.position();
        return columns;
    }

    /** The accused as events carry them: nothing else of the case, and never the reporter, can travel through this. */
    public Accused toAccused() {
        return new Accused(employeeId, name, employmentType, opdCode, position);
    }
}
