package id.netral.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link to evidence (a post, a photo, a video) and, when the reporter gave it, the SHA-256 of the file. */
@Embeddable
public class EvidenceItem {
    @Column(nullable = false)
    public String url;

    public String sha256;

    public String description;

    public EvidenceItem() {
    }

    public EvidenceItem(String url, String sha256, String description) {
        this.url = url;
        this.sha256 = sha256;
        this.description = description;
    }
}
