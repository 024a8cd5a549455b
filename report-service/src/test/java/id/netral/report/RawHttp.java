package id.netral.report;

import io.restassured.RestAssured;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request head (and as much of a body as a test wants) over a plain socket and reads the answer: shows that a
 * request is refused before its body was read, which an HTTP client that must write the whole body first cannot.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** @param head the request line and headers, each ending in CRLF, without the empty line that ends them */
    static String send(String head, String bodyStart) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: localhost\r\n\r\n" + bodyStart).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return answer(socket.getInputStream());
        }
    }

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)");

    /** The head and, by its Content-Length, the body of the answer; not waiting for the connection to close. */
    private static String answer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        Matcher length = CONTENT_LENGTH.matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(body, StandardCharsets.UTF_8);
    }
}
