package dev.lab.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as left-aligned columns separated by two spaces. */
final class Table {
  private Table() {}

  static void print(PrintWriter out, List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        sb.append(row[i]);
        if (i < columns - 1) {
          sb.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.println(sb.toString().stripTrailing());
    }
  }
}
