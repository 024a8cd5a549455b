package id.netral.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One row per POST, holding what a plain create endpoint would keep of a partner app's report. */
@Entity
public class Entry extends PanacheEntity {
    public String electionId;
    public String employeeId;
    public String name;
    public String opdCode;
    @Column(length = 4000)
    public String description;
}
