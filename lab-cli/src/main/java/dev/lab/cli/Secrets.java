package dev.lab.cli;

import java.util.regex.Pattern;

/** Keeps secrets out of what commands print. */
final class Secrets {
  private static final Pattern TOKEN_PATH = Pattern.compile("/t/[A-Za-z0-9_-]{16,}/");

  private Secrets() {}

  /** @return the text with every token in a {@code /t/<token>/} URL path replaced by {@code …} */
  static String maskTokens(String text) {
    return TOKEN_PATH.matcher(text).replaceAll("/t/…/");
  }
}
