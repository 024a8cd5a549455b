package id.netral.local;

import id.netral.infra.SmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run's mailbox against a real SMTP server, fed over SMTP as notification-service feeds it. */
class MailboxTest {
    private static final String A = "kepala.disperkim@kupangkota.example";
    private static final String B = "ppk@kupangkota.example";
    private static final String C = "inspektorat@kupangkota.example";

    @TempDir
    Path directory;
    private SmtpServer smtp;
    private OutgoingMail outgoing;

    @BeforeEach
    void startTheMailServerWithTheMailbox() {
        smtp = SmtpServer.start(0);
        smtp.onEachDelivery(new Mailbox(directory));
        outgoing = new OutgoingMail(smtp.port());
    }

    @AfterEach
    void stopTheMailServer() {
        smtp.close();
    }

    @Test
    void keepsEveryMessageOnceWhenMailForAnEarlierRecipientArrivesLater() throws Exception {
        List<String> recipients = List.of(A, B, A, C, B, A);
        for (int i = 0; i < recipients.size(); i++) {
            outgoing.send("<notice-" + i + "@netral.test>", "Notice " + i, recipients.get(i));
        }

        assertThat(kept(A)).containsExactlyInAnyOrder("Notice 0", "Notice 2", "Notice 5");
        assertThat(kept(B)).containsExactlyInAnyOrder("Notice 1", "Notice 4");
        assertThat(kept(C)).containsExactly("Notice 3");
    }

    @Test
    void keepsAMessageToSeveralRecipientsInEachOnesFolder() throws Exception {
        outgoing.send("<copied@netral.test>", "Copied", A, B);

        assertThat(kept(A)).containsExactly("Copied");
        assertThat(kept(B)).containsExactly("Copied");
    }

    @Test
    void keepsANoticeSentAgainUnderItsMessageIdOnce() throws Exception {
        outgoing.send("<notice-7@netral.test>", "Notice 7", A);
        outgoing.send("<notice-7@netral.test>", "Notice 7", A);

        assertThat(kept(A)).containsExactly("Notice 7");
    }

    private List<String> kept(String recipient) throws IOException {
        try (var files = Files.list(directory.resolve(recipient))) {
            return files.filter(file -> file.toString().endsWith(".eml")).map(MailboxTest::subject).toList();
        }
    }

    private static String subject(Path eml) {
        try {
            return Files.readAllLines(eml).stream().filter(line -> line.startsWith("Subject: "))
                    .map(line -> line.substring("Subject: ".length())).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
