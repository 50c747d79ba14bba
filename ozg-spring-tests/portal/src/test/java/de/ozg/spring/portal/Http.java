package de.ozg.spring.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small client for the running portal on 127.0.0.1. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String basis;

    Http(int port) {
        this.basis = "http://127.0.0.1:" + port;
    }

    record Antwort(int status, String body) {
    }

    Antwort get(String pfad) {
        return senden(HttpRequest.newBuilder(URI.create(basis + pfad)).GET(), "de");
    }

    Antwort post(String pfad, String json, String sprache) {
        return senden(HttpRequest.newBuilder(URI.create(basis + pfad))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), sprache);
    }

    private static Antwort senden(HttpRequest.Builder b, String sprache) {
        try {
            HttpResponse<String> r = CLIENT.send(b.header("Accept-Language", sprache)
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return new Antwort(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
