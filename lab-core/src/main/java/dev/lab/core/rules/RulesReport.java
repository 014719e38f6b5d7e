package dev.lab.core.rules;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes previews and apply plans for people (text) and for programs (JSON). Text is stable and
 * plain (no colours), so it can be compared with golden files.
 */
public final class RulesReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private RulesReport() {}

  /** Writes the preview as text: one block per machine, then the ties and a summary. */
  public static void previewText(RuleBook book, Iterable<Machine> machines, Writer out) {
    List<Preview.Tie> ties = new ArrayList<>();
    int[] counts = new int[2];
    Preview.run(book, machines, r -> {
      counts[0]++;
      line(out, r.machine() + " (" + r.kind() + ")");
      for (Preview.RuleResult rr : r.rules()) {
        counts[1] += rr.matches() ? 1 : 0;
        StringBuilder b = new StringBuilder("  ").append(rr.matches() ? "match    " : "no match ")
            .append(rr.rule()).append(" (priority ").append(rr.priority()).append("): ");
        for (int i = 0; i < rr.verdicts().size(); i++) {
          Verdict v = rr.verdicts().get(i);
          b.append(i == 0 ? "" : "; ").append(v.holds() ? "pass " : "fail ").append(v.text());
        }
        line(out, b.toString());
      }
      if (r.tie() != null) {
        ties.add(r.tie());
      }
    });
    line(out, "");
    line(out, counts[0] + " machines x " + book.entries().size() + " rules: " + counts[1] + " matches, "
        + ties.size() + " ties");
    for (Preview.Tie t : ties) {
      line(out, "  tie " + t);
    }
  }

  /** Writes the preview as one JSON document, machine by machine. */
  public static void previewJson(RuleBook book, Iterable<Machine> machines, Writer out) {
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("machines");
      List<Preview.Tie> ties = new ArrayList<>();
      Preview.run(book, machines, r -> {
        write(g, r);
        if (r.tie() != null) {
          ties.add(r.tie());
        }
      });
      g.writeEndArray();
      g.writeFieldName("ties");
      JSON.writeValue(g, ties);
      g.writeEndObject();
      g.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(JsonGenerator g, Object value) {
    try {
      JSON.writeValue(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an apply plan (or what an apply did) as text: one line per machine, then a count per
   * outcome.
   *
   * @param header the first line, for example {@code dry run: nothing is written}
   */
  public static void decisionsText(String header, List<Decision> decisions, Writer out) {
    line(out, header);
    Map<Decision.Outcome, Integer> counts = new EnumMap<>(Decision.Outcome.class);
    for (Decision d : decisions) {
      counts.merge(d.outcome(), 1, Integer::sum);
      if (d.outcome() == Decision.Outcome.ONBOARD) {
        line(out, String.format("%-14s %s -> %s  rule %s, profile %s, labels [%s]", d.outcome().id(), d.machine(),
            d.name(), d.rule(), d.profile(), String.join(", ", d.labels())));
      } else {
        line(out, String.format("%-14s %s  %s", d.outcome().id(), d.machine(), d.reason()));
      }
    }
    StringBuilder summary = new StringBuilder().append(decisions.size()).append(" pending machines:");
    for (Decision.Outcome o : Decision.Outcome.values()) {
      summary.append(' ').append(o.id()).append(' ').append(counts.getOrDefault(o, 0))
          .append(o.ordinal() < Decision.Outcome.values().length - 1 ? "," : "");
    }
    line(out, summary.toString());
  }

  /** Writes an apply plan (or what an apply did) as JSON. */
  public static void decisionsJson(boolean dryRun, List<Decision> decisions, Writer out) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("dryRun", dryRun);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Decision d : decisions) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("machine", d.machine());
      m.put("mac", d.mac());
      m.put("outcome", d.outcome().id());
      m.put("rule", d.rule());
      m.put("profile", d.profile());
      m.put("labels", d.labels());
      m.put("name", d.name());
      m.put("reason", d.reason());
      rows.add(m);
    }
    doc.put("decisions", rows);
    try {
      JSON.writeValue(out, doc);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(Writer out, String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
