package dev.lab.core.config;

import java.util.List;
import java.util.Locale;

/**
 * Rules for Lab's own names and words: entity names, labels, facts, plugin options, image fields,
 * rule conditions and host-name patterns; plus the helpers the other rule sets share.
 */
final class LabSyntax {
  private static final String WORD = "[A-Za-z0-9._:/@+,()-]+";
  private static final String SEGMENT = "[A-Za-z0-9._+-]+";

  /** A server's name: lowercase, since it is also the default host name. */
  static final TextRule SERVER_NAME = TextRule.matching("a server name",
      "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?",
      "use lowercase letters, digits and '-', at most 63 characters, starting and ending with a letter "
          + "or digit (it is also the default host name)");

  /** The name of a profile, an image or a rule. */
  static final TextRule NAME = TextRule.matching("a name", "[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?",
      "use lowercase letters, digits, '.', '_' and '-', at most 63 characters, starting and ending with "
          + "a letter or digit");

  /** A label given to machines. */
  static final TextRule LABEL = TextRule.matching("a label", "[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?",
      "use letters, digits, '.', '_' and '-', at most 63 characters, starting and ending with a letter or "
          + "digit");

  /** A hardware fact's name. */
  static final TextRule FACT_NAME = TextRule.matching("a fact name", "[A-Za-z][A-Za-z0-9_.-]{0,63}",
      "start with a letter, then letters, digits, '_', '.' or '-', at most 64 characters");

  /** A hardware fact's value. */
  static final TextRule FACT_VALUE = TextRule.matching("a fact value", WORD + "( " + WORD + ")*",
      "use letters, digits, single spaces and . _ : / @ + , ( ) -")
      .and(v -> lengthProblem(v, 255));

  /** A plugin option's name. */
  static final TextRule OPTION_NAME = TextRule.matching("an option name", "[a-z][A-Za-z0-9_.-]{0,63}",
      "start with a lowercase letter, then letters, digits, '_', '.' or '-', at most 64 characters");

  /** A plugin option's value. */
  static final TextRule OPTION_VALUE = TextRule.matching("an option value",
      "[A-Za-z0-9._:/@+,=%~*-]+( [A-Za-z0-9._:/@+,=%~*-]+)*",
      "use letters, digits, single spaces and . _ : / @ + , = % ~ * -")
      .and(v -> lengthProblem(v, 1024));

  /** An OS family. */
  static final TextRule OS = TextRule.matching("an OS family", "[a-z][a-z0-9]{0,31}",
      "use lowercase letters and digits, such as fedora, ubuntu or xcpng");

  /** An OS version. */
  static final TextRule VERSION = TextRule.matching("a version", "[A-Za-z0-9][A-Za-z0-9._-]{0,31}",
      "use letters, digits, '.', '_' and '-', such as 41 or 24.04");

  /** An installer plugin's name. */
  static final TextRule PLUGIN = TextRule.matching("a plugin name", "[a-z][a-z0-9-]{0,63}",
      "use lowercase letters, digits and '-', such as kickstart");

  /** A SHA-256 digest in hex; normalised to lowercase. */
  static final TextRule SHA256 = TextRule.matching("a SHA-256 digest", "[0-9A-Fa-f]{64}",
      "write the 64 hex digits sha256sum prints").normalizedBy(v -> v.toLowerCase(Locale.ROOT));

  /** A file inside the lab directory. */
  static final TextRule LAB_FILE = TextRule.checkedBy("a path inside the lab directory",
      v -> relativePathProblem(v, "inside the lab directory"));

  /** The artifact root: a directory, relative to the lab directory or absolute. */
  static final TextRule DIRECTORY = TextRule.checkedBy("a directory path",
      v -> relativePathProblem(v.startsWith("/") && v.length() > 1 ? v.substring(1) : v, "or an absolute path"));

  /** A file: relative to the lab directory or absolute. */
  static final TextRule FILE = TextRule.checkedBy("a file path",
      v -> relativePathProblem(v.startsWith("/") && v.length() > 1 ? v.substring(1) : v, "or an absolute path"));

  /** The JDBC URL of the shared state database; credentials go in user and passwordFile. */
  static final TextRule STATE_URL = TextRule.matching("a PostgreSQL JDBC URL",
      "jdbc:postgresql://[A-Za-z0-9.:\\[\\]_-]+(,[A-Za-z0-9.:\\[\\]_-]+)*/[A-Za-z0-9_$-]{1,63}"
          + "(\\?[A-Za-z][A-Za-z0-9]*=[A-Za-z0-9._/:,-]*(&[A-Za-z][A-Za-z0-9]*=[A-Za-z0-9._/:,-]*)*)?",
      "write jdbc:postgresql://HOST[:PORT]/DATABASE[?option=value&...]")
      .and(v -> v.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*")
          ? "the URL holds a password: put it in the file named by state.passwordFile (or LAB_STATE_PASSWORD)"
          : null);

  /** A database role name. */
  static final TextRule DATABASE_USER = TextRule.matching("a database role", "[A-Za-z_][A-Za-z0-9_$-]{0,62}",
      "use letters, digits, '_', '$' and '-', at most 63 characters");

  /** A site name. */
  static final TextRule SITE = TextRule.matching("a site name", "[A-Za-z0-9]([A-Za-z0-9 ._-]{0,62}[A-Za-z0-9])?",
      "use letters, digits, spaces, '.', '_' and '-', at most 64 characters");

  /** A rule condition: an optional comparison operator and a value. */
  static final TextRule CONDITION = TextRule.checkedBy("a condition such as '>= 40', '>= 500GB' or 'ovh'",
      v -> RuleCondition.problem(v));

  /** A host-name pattern with placeholders. */
  static final TextRule HOSTNAME_PATTERN = TextRule.checkedBy(
      "a host-name pattern with {n}, {n:WIDTH} or {mac} placeholders", HostnamePattern::problem);

  /** A container image reference, or an absolute path for the oci and oci-archive transports. */
  static final TextRule CONTAINER_IMAGE = TextRule.matching("a container image reference",
      "[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]{1,5})?(/[a-z0-9]+([._-][a-z0-9]+)*)+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"
          + "(@sha256:[0-9a-f]{64})?|(/[A-Za-z0-9._+-]+)+",
      "write registry/repository[:tag][@sha256:digest], such as quay.io/fedora/fedora-bootc:41, or an "
          + "absolute path for the oci and oci-archive transports")
      .and(v -> v.startsWith("/") ? relativePathProblem(v.substring(1), "for an OCI layout") : null);

  /** A bootc image transport. */
  static final TextRule TRANSPORT = oneOfWords("a container transport",
      List.of("registry", "oci", "oci-archive", "containers-storage"));

  /** An ostree stateroot or remote name. */
  static final TextRule OSTREE_NAME = TextRule.matching("an ostree name", "[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}",
      "use letters, digits, '_', '.' and '-'");

  private LabSyntax() {}

  /** @return the text with characters that are not printable written as a backslash, u and four hex digits */
  static String printable(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (ControlCharacters.forbidden(c)) {
        b.append(String.format("\\u%04X", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  /** @return a rule accepting exactly one of the given words */
  static TextRule oneOfWords(String description, List<String> words) {
    return TextRule.matching(description + ": " + String.join(", ", words),
        "(" + String.join("|", words.stream().map(w -> w.replace(".", "\\.")).toList()) + ")",
        v -> "unknown value '" + TextRule.shown(v) + "': expected " + oneOf(words) + Suggest.didYouMean(v, words));
  }

  /** @return {@code a, b or c} */
  static String oneOf(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }

  /** @return a readable name of a character for messages, such as {@code a space} or {@code '$'} */
  static String describeChar(int c) {
    if (c == ' ') {
      return "a space";
    }
    if (Character.isWhitespace(c) || Character.isISOControl(c)) {
      return String.format("the character U+%04X", c);
    }
    return "'" + new String(Character.toChars(c)) + "'";
  }

  /** @return a problem with a relative path of plain segments, without {@code .} or {@code ..} */
  static String relativePathProblem(String v, String where) {
    String shown = "'" + TextRule.shown(v) + "'";
    if (!v.matches(SEGMENT + "(/" + SEGMENT + ")*/?")) {
      return shown + " is not a relative path " + where
          + ": use '/'-separated names of letters, digits, '.', '_', '+' and '-'";
    }
    for (String segment : v.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        return shown + " contains '" + segment + "': write a plain path " + where;
      }
    }
    return null;
  }

  /** @return a problem when the value is longer than {@code max} characters */
  static String lengthProblem(String v, int max) {
    return v.length() <= max ? null : "'" + TextRule.shown(v) + "' is longer than " + max + " characters";
  }
}
