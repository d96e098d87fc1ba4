package rodtrad.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The start baseline: the smallest Java process that serves a page (the JDK's own HTTP server), started the
 * same way as the product. Its time to the first page and its resident memory are what any JVM server costs here.
 */
public final class HelloServer {

    private HelloServer() {
    }

    public static void main(String[] args) throws Exception {
        byte[] page = "<!doctype html><html lang=\"sv\"><title>Hej</title><p>Hej</p></html>".getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
    }
}
