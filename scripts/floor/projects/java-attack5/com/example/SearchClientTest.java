package com.example;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URL;
import org.junit.Test;

public class SearchClientTest {
    static class SearchException extends Exception {
        SearchException(String message, Throwable cause) { super(message, cause); }
    }

    /** A client of an Elasticsearch-compatible API at baseUrl; a 5xx answer is "server error: <code>". */
    static class SearchClient {
        final String baseUrl;
        SearchClient(String baseUrl) { this.baseUrl = baseUrl; }
        int count(String index) throws SearchException {
            try {
                // The defect: baseUrl is ignored; the default local endpoint is always dialled.
                HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:9200/" + index + "/_count").openConnection();
                int code = c.getResponseCode();
                if (code >= 500) throw new SearchException("server error: " + code, null);
                return 0;
            } catch (IOException e) {
                throw new SearchException(e.toString(), e);
            }
        }
    }

    @Test
    public void countReportsServerError() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> { ex.sendResponseHeaders(500, -1); ex.close(); });
        server.start();
        try {
            new SearchClient("http://127.0.0.1:" + server.getAddress().getPort()).count("orders");
            fail("no error");
        } catch (SearchException e) {
            assertEquals("server error: 500", e.getMessage());
        } finally {
            server.stop(0);
        }
    }
}
