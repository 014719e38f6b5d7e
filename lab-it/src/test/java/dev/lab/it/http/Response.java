package dev.lab.it.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the {@link TestHttpServer} answers to one request: a status, a content type and a body
 * that is written (streamed, for files) when the response is sent.
 */
public final class Response {

  /** Writes a response body. */
  @FunctionalInterface
  interface BodyWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  private final int status;
  private final String contentType;
  private final long length;
  private final BodyWriter body;

  private Response(int status, String contentType, long length, BodyWriter body) {
    this.status = status;
    this.contentType = contentType;
    this.length = length;
    this.body = body;
  }

  /** 200 with a UTF-8 text body. */
  public static Response text(String text) {
    return bytes(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  /** 200 with the given bytes. */
  public static Response bytes(int status, String contentType, byte[] content) {
    byte[] copy = content.clone();
    return new Response(status, contentType, copy.length, out -> out.write(copy));
  }

  /**
   * 200 with the content of a file, streamed from disk when the response is sent (kernels and
   * initrds are tens of megabytes).
   *
   * @throws UncheckedIOException when the file cannot be read now
   */
  public static Response file(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new Response(200, "application/octet-stream", size, out -> Files.copy(file, out));
  }

  /** An empty response with the given status. */
  public static Response status(int status) {
    return new Response(status, "text/plain; charset=utf-8", 0, out -> { });
  }

  int status() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  long length() {
    return length;
  }

  BodyWriter body() {
    return body;
  }
}
