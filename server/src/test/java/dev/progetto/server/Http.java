package dev.progetto.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the tests, on the JDK's own. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  static HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build());
  }

  static HttpResponse<String> post(URI uri, byte[] body) {
    return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build());
  }

  static HttpResponse<String> post(URI uri, String contentType, byte[] body) {
    return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException failure) {
      throw new java.io.UncheckedIOException(failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /** A multipart/form-data body of text fields and one optional file. */
  static final class Form {
    final String boundary = "----progetto-test-boundary-7f3a";
    private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    Form field(String name, String value) {
      write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
      return this;
    }

    Form file(String name, String filename, byte[] bytes) {
      write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      out.writeBytes(bytes);
      write("\r\n");
      return this;
    }

    byte[] bytes() {
      java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
      all.writeBytes(out.toByteArray());
      all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return all.toByteArray();
    }

    String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }

    private void write(String text) {
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
