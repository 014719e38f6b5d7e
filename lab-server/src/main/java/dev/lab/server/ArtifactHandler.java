package dev.lab.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.eclipse.jetty.ee10.servlet.HttpOutput;
import org.eclipse.jetty.http.MimeTypes;

/**
 * {@code GET} and {@code HEAD /artifacts/<path>}: files of the artifact root with a strong {@code
 * ETag} and {@code Last-Modified}, {@code If-None-Match}/{@code If-Modified-Since} (304), a single
 * {@code Range} (206, or 416 outside the file) honoured under {@code If-Range}. The body is sent
 * from memory-mapped regions of the file, so its bytes go from the page cache to the socket
 * without passing through the Java heap.
 */
final class ArtifactHandler {
  static final String PREFIX = "/artifacts/";
  private static final long CHUNK = 64L * 1024 * 1024;
  private static final String OCTET_STREAM = "application/octet-stream";

  private final ArtifactPaths paths;
  private final ServerMetrics metrics;

  ArtifactHandler(Path root, ServerMetrics metrics) {
    this.paths = new ArtifactPaths(root);
    this.metrics = metrics;
  }

  void handle(Context ctx) throws IOException {
    String raw = ctx.path().substring(ctx.path().indexOf(PREFIX) + PREFIX.length());
    Path file = paths.resolve(raw).orElseThrow(() -> ProblemException.notFound("no such artifact"));
    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    long size = attrs.size();
    Instant modified = attrs.lastModifiedTime().toInstant();
    String etag = "\"" + Long.toHexString(size) + "-"
        + Long.toHexString(modified.getEpochSecond() * 1_000_000_000L + modified.getNano()) + "\"";

    ctx.header("Accept-Ranges", "bytes");
    ctx.header("ETag", etag);
    ctx.header("Last-Modified", httpDate(modified));
    if (notModified(ctx, etag, modified)) {
      ctx.status(304);
      return;
    }
    ByteRange.Request wanted = rangeApplies(ctx, etag, modified)
        ? ByteRange.parse(ctx.header("Range"), size) : new ByteRange.Whole();
    if (wanted instanceof ByteRange.Unsatisfiable) {
      ctx.header("Content-Range", "bytes */" + size);
      throw new ProblemException(Problem.of(416, "range-not-satisfiable", "Range not satisfiable",
          "the requested range lies outside the artifact, which has " + size + " bytes"));
    }
    ByteRange range = wanted instanceof ByteRange.Part part ? part.range() : new ByteRange(0, size);
    if (wanted instanceof ByteRange.Part) {
      ctx.status(206);
      ctx.header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
    } else {
      ctx.status(200);
    }
    String type = MimeTypes.DEFAULTS.getMimeByExtension(file.getFileName().toString());
    ctx.res().setContentType(type == null ? OCTET_STREAM : type);
    ctx.res().setContentLengthLong(range.length());
    if (ctx.method() != HandlerType.HEAD) {
      send(ctx, file, range);
    }
  }

  private void send(Context ctx, Path file, ByteRange range) throws IOException {
    OutputStream out = ctx.res().getOutputStream();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      long position = range.first();
      long end = range.first() + range.length();
      while (position < end) {
        long n = Math.min(CHUNK, end - position);
        if (out instanceof HttpOutput jetty) {
          jetty.write(channel.map(FileChannel.MapMode.READ_ONLY, position, n));
        } else {
          channel.transferTo(position, n, Channels.newChannel(out));
        }
        position += n;
        metrics.artifactBytes(n);
      }
    }
  }

  private static boolean notModified(Context ctx, String etag, Instant modified) {
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null) {
      return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
          .anyMatch(tag -> tag.equals("*") || weak(tag).equals(etag));
    }
    Instant since = parseDate(ctx.header("If-Modified-Since"));
    return since != null && !modified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
  }

  /** A range is served only when If-Range, if sent, still names this version of the file. */
  private static boolean rangeApplies(Context ctx, String etag, Instant modified) {
    String ifRange = ctx.header("If-Range");
    if (ifRange == null) {
      return true;
    }
    if (ifRange.strip().startsWith("\"")) {
      return ifRange.strip().equals(etag);
    }
    Instant date = parseDate(ifRange);
    return date != null && modified.truncatedTo(ChronoUnit.SECONDS).equals(date);
  }

  private static String weak(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  private static Instant parseDate(String text) {
    if (text == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
