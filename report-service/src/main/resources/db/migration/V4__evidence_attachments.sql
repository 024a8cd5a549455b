-- Evidence files a partner app uploads with a report (photos, screenshots, videos, documents), kept with their
-- SHA-256 so that anyone can later show the file is the one received.
CREATE TABLE report_attachment (
    id          UUID PRIMARY KEY,
    report_id   UUID        NOT NULL REFERENCES report (id),
    file_name   TEXT        NOT NULL,
    media_type  TEXT        NOT NULL,
    size_bytes  BIGINT      NOT NULL,
    sha256      TEXT        NOT NULL,
    content     BYTEA       NOT NULL,
    uploaded_by TEXT        NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX report_attachment_report ON report_attachment (report_id, uploaded_at);
