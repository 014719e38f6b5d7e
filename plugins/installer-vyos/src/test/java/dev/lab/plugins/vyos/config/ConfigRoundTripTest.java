package dev.lab.plugins.vyos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.testkit.HostileStrings;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The printer and the parser agree: print, then parse, gives the same tree. */
class ConfigRoundTripTest {
  private static final List<String> KEYWORDS =
      List.of("system", "interfaces", "ethernet", "address", "vif", "host-name", "eth10", "eth2", "user");
  private static final List<String> HOSTILE = HostileStrings.generate(200);
  /** The hostile strings a value may hold: quotes, braces, comment markers, but one line. */
  private static final List<String> PRINTABLE = HOSTILE.stream().filter(ConfigRoundTripTest::printable).toList();

  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> 0x5EED_0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomTreesSurviveTheRoundTrip(long seed) {
    Random random = new Random(seed);
    ConfigTreeBuilder builder = new ConfigTreeBuilder();
    fill(builder, random, 0);
    ConfigNode tree = builder.build();
    String text;
    try {
      text = ConfigPrinter.print(tree, List.of("header"), List.of("footer"));
    } catch (IllegalArgumentException refused) {
      assertThat(refused).hasMessageContaining("config.boot");
      return;
    }
    assertThat(ConfigParser.parse(text)).isEqualTo(tree);
  }

  /** Random nodes: keywords for names, hostile strings for leaf and tag values. */
  private static void fill(ConfigTreeBuilder node, Random random, int depth) {
    int children = 1 + random.nextInt(4);
    for (int i = 0; i < children; i++) {
      String keyword = KEYWORDS.get(random.nextInt(KEYWORDS.size()));
      int what = depth >= 3 ? random.nextInt(2) : random.nextInt(4);
      try {
        switch (what) {
          case 0 -> node.leaf("v-" + keyword, value(random));
          case 1 -> node.flag("f-" + keyword);
          case 2 -> fill(node.node("n-" + keyword), random, depth + 1);
          default -> fill(node.tag("t-" + keyword, value(random)), random, depth + 1);
        }
      } catch (IllegalStateException sameNameOtherKind) {
        // the builder refuses a name for two kinds of node; the tree stays valid
      }
    }
  }

  private static String value(Random random) {
    int pick = random.nextInt(20);
    if (pick == 0) {
      return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }
    return pick < 6 ? "plain" + random.nextInt(50) : PRINTABLE.get(random.nextInt(PRINTABLE.size()));
  }

  private static boolean printable(String value) {
    try {
      ConfigPrinter.quote(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void mostHostileStringsArePrintableValues() {
    assertThat(PRINTABLE).hasSizeGreaterThan(HOSTILE.size() / 3)
        .contains("} node {", "\"", "'", "{ }", "#", "<!--");
  }

  @Test
  void printsVyosStyle() {
    ConfigTreeBuilder root = new ConfigTreeBuilder();
    root.node("interfaces").tag("ethernet", "eth10").leaf("address", "dhcp");
    root.node("interfaces").tag("ethernet", "eth2").leaf("hw-id", "52:54:00:12:34:56");
    root.node("interfaces").tag("loopback", "lo");
    root.node("service").node("ssh").flag("disable-password-authentication");
    root.node("system").leaf("host-name", "a \"quoted\" {name} // not a comment");
    String text = ConfigPrinter.print(root.build(), List.of(), List.of("Release version: 1.4.0"));
    assertThat(text).isEqualTo("""
        interfaces {
            ethernet eth2 {
                hw-id "52:54:00:12:34:56"
            }
            ethernet eth10 {
                address "dhcp"
            }
            loopback lo {
            }
        }
        service {
            ssh {
                disable-password-authentication
            }
        }
        system {
            host-name "a \\"quoted\\" {name} // not a comment"
        }

        // Release version: 1.4.0
        """);
  }

  @Test
  void quotesTagValuesThatAreNotPlainWords() {
    ConfigTreeBuilder root = new ConfigTreeBuilder();
    root.node("system").node("login").tag("user", "a b } c").leaf("full-name", "x");
    String text = ConfigPrinter.print(root.build(), List.of(), List.of());
    assertThat(text).contains("        user \"a b } c\" {\n");
    assertThat(ConfigParser.parse(text)).isEqualTo(root.build());
  }

  @Test
  void refusesValuesNoQuotingMakesSafe() {
    for (String bad : List.of("a\nb", "a\rb", "a\\b", "a\u2028b", "a\u0000b")) {
      ConfigTreeBuilder root = new ConfigTreeBuilder();
      root.leaf("host-name", bad);
      assertThatThrownBy(() -> ConfigPrinter.print(root.build(), List.of(), List.of()))
          .as("value %s", bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> ConfigPrinter.print(ConfigNode.root(List.of()), List.of("two\nlines"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    ConfigTreeBuilder badName = new ConfigTreeBuilder();
    badName.leaf("Host Name", "x");
    assertThatThrownBy(() -> ConfigPrinter.print(badName.build(), List.of(), List.of()))
        .hasMessageContaining("not a configuration keyword");
  }
}
