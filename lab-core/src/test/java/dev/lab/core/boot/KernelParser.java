package dev.lab.core.boot;

import dev.lab.api.model.KernelArg;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A model of how Linux splits its command line into parameters ({@code parse_args} with {@code
 * next_arg} in the kernel's {@code lib/cmdline.c}), working on bytes as the kernel does: blanks
 * (bytes 9 to 13, 32 and 0xA0) separate parameters outside double quotes; a double quote toggles
 * quoting and stays in place, except a quote opening the parameter or the value (together with a
 * quote closing it), which is removed; nothing escapes a quote; parsing stops at {@code --}.
 */
final class KernelParser {
  private KernelParser() {}

  static List<KernelArg> parse(String commandLine) {
    // One char per byte, so that the model sees exactly the kernel's bytes.
    String s = new String(commandLine.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    List<KernelArg> out = new ArrayList<>();
    int pos = skipSpaces(s, 0);
    while (pos < s.length()) {
      // next_arg(): the same scan and the same NUL writes, on a copy of this parameter's bytes.
      int args = pos;
      boolean inQuote = false;
      boolean quoted = false;
      if (s.charAt(args) == '"') {
        args++;
        inQuote = true;
        quoted = true;
      }
      int i = 0;
      int equals = 0;
      for (; args + i < s.length(); i++) {
        char c = s.charAt(args + i);
        if (isSpace(c) && !inQuote) {
          break;
        }
        if (equals == 0 && c == '=') {
          equals = i;
        }
        if (c == '"') {
          inQuote = !inQuote;
        }
      }
      char[] a = new char[i + 1];
      s.getChars(args, args + i, a, 0);
      int valueStart = -1;
      if (equals != 0) {
        a[equals] = 0;
        valueStart = equals + 1;
        if (a[valueStart] == '"') {
          valueStart++;
          if (i > 0 && a[i - 1] == '"') {
            a[i - 1] = 0;
          }
        }
      }
      if (quoted && i > 0 && a[i - 1] == '"') {
        a[i - 1] = 0;
      }
      String param = cString(a, 0);
      String value = valueStart < 0 ? null : cString(a, valueStart);
      pos = skipSpaces(s, args + i + (args + i < s.length() ? 1 : 0));
      // parse_args(): "--" ends the kernel's parameters; the rest goes to init.
      if (value == null && param.equals("--")) {
        break;
      }
      out.add(new KernelArg(bytes(param), value == null ? null : bytes(value)));
    }
    return out;
  }

  private static String cString(char[] a, int start) {
    int end = start;
    while (end < a.length && a[end] != 0) {
      end++;
    }
    return new String(a, start, end - start);
  }

  static boolean isSpace(char c) {
    return (c >= 9 && c <= 13) || c == ' ' || c == 0xa0;
  }

  private static int skipSpaces(String s, int pos) {
    while (pos < s.length() && isSpace(s.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private static String bytes(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }
}
