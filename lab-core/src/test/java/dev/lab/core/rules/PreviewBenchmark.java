package dev.lab.core.rules;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Benchmark (not a test): {@code lab rules preview} over the generated fleet of 10,000 machines and
 * 50 rules — every machine × every rule with every condition's verdict, written as text to a writer
 * that only counts characters. Run by {@code bench/rules-preview.sh}; prints Markdown for
 * docs/benchmarks.md.
 */
public final class PreviewBenchmark {
  private PreviewBenchmark() {}

  /** @param args [warm-up runs] [measured runs] */
  public static void main(String[] args) throws IOException {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Path dir = Files.createTempDirectory("lab-rules-bench");
    long t0 = System.nanoTime();
    Fleet fleet = Fleet.generate(dir.resolve("lab"), 20_261_122L);
    RuleBook book = RuleBook.of(fleet.lab());
    System.out.printf("fleet generated and lab loaded in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    long[] textMs = new long[runs];
    long[] matchMs = new long[runs];
    long chars = 0;
    for (int i = 0; i < warmups + runs; i++) {
      Counting out = new Counting();
      long start = System.nanoTime();
      RulesReport.previewText(book, fleet.machines(), out);
      long text = System.nanoTime() - start;
      start = System.nanoTime();
      int ties = Preview.ties(book, fleet.machines()).size();
      long match = System.nanoTime() - start;
      if (i >= warmups) {
        textMs[i - warmups] = text / 1_000_000;
        matchMs[i - warmups] = match / 1_000_000;
        chars = out.count;
      }
      if (ties < 0) {
        throw new IllegalStateException();
      }
    }
    Arrays.sort(textMs);
    Arrays.sort(matchMs);
    System.out.println();
    System.out.println("| what (" + Fleet.MACHINES + " machines x " + book.entries().size() + " rules, " + runs
        + " runs after " + warmups + " warm-up) | min ms | median ms | max ms |");
    System.out.println("|---|---|---|---|");
    System.out.printf("| preview, every verdict written as text (%d MB) | %d | %d | %d |%n", chars / 1_000_000,
        textMs[0], textMs[runs / 2], textMs[runs - 1]);
    System.out.printf("| match only (ties) | %d | %d | %d |%n", matchMs[0], matchMs[runs / 2], matchMs[runs - 1]);
  }

  private static final class Counting extends Writer {
    long count;

    @Override
    public void write(char[] buf, int off, int len) {
      count += len;
    }

    @Override
    public void write(String s) {
      count += s.length();
    }

    @Override
    public void write(int c) {
      count++;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
