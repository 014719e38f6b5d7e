package dev.lab.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, repeatable hostile strings for injection tests: newlines, quotes, shell and template
 * metacharacters, format keywords ({@code %end}, {@code d-i}, YAML and XML specials) and unicode
 * line separators, alone and embedded in otherwise ordinary values.
 */
public final class HostileStrings {
  /** The fixed seed every plugin's injection test uses. */
  public static final long SEED = 0x1AB5EED;

  private static final List<String> ATOMS = List.of(
      "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\u0000", "\t",
      "'", "\"", "`", "$(", ")", "${", "}", "$((1))", ";", "&&", "||", "|", "&", ">", "<", "\\",
      "#", "%end", "\n%post\nreboot\n%end\n", "\nd-i preseed/late_command string reboot",
      "\nsudo: ALL", ": ", "- ", "{", "[", "]", "*", "!!python/object", "&anchor", "\"\n  injected: true",
      "<", "</hostname><root-password>x</root-password>", "&amp;", "]]>", "<!--", "\" onload=\"",
      "} node {", "\n}\n", "{ }", " ", "  ", "=", "initrd=evil", " init=/bin/sh", "||reboot",
      "\u00e9", "\u4e2d", "\ud83d\ude00", "\ufeff", "--", "-rf", "../", "/etc/shadow");

  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyz0123456789";

  private HostileStrings() {}

  /** @return {@code count} hostile strings from {@link #SEED}, always the same for the same count */
  public static List<String> generate(int count) {
    return generate(new Random(SEED), count);
  }

  /** @return {@code count} hostile strings from the given generator */
  public static List<String> generate(Random random, int count) {
    List<String> out = new ArrayList<>(ATOMS);
    while (out.size() < count) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(4);
      for (int i = 0; i < parts; i++) {
        if (random.nextBoolean()) {
          int n = 1 + random.nextInt(8);
          for (int j = 0; j < n; j++) {
            sb.append(PLAIN.charAt(random.nextInt(PLAIN.length())));
          }
        } else {
          sb.append(ATOMS.get(random.nextInt(ATOMS.size())));
        }
      }
      out.add(sb.toString());
    }
    return List.copyOf(out.subList(0, count));
  }
}
