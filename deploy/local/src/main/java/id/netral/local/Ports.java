package id.netral.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where everything listens: fixed ports for the local run, free ones for tests. The console's port is known before
 * the services start, because notification-service writes the console's address into the e-mail's link.
 */
public record Ports(int postgres, int kafka, int smtp, Map<NetralService, Integer> http, int console) {

    public static Ports fixed() {
        Map<NetralService, Integer> http = new EnumMap<>(NetralService.class);
        http.put(NetralService.REPORT, 8081);
        http.put(NetralService.SANCTION, 8082);
        http.put(NetralService.NOTIFICATION, 8083);
        return new Ports(15432, 19092, 2525, http, 8080);
    }

    public static Ports free() {
        Map<NetralService, Integer> http = new EnumMap<>(NetralService.class);
        for (NetralService service : NetralService.values()) {
            http.put(service, freePort());
        }
        return new Ports(freePort(), freePort(), freePort(), http, freePort());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
