package dev.lab.plugins.vyos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.plugins.vyos.config.ConfigNode.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser reads the syntax VyOS's own parser reads, including what Lab never prints. */
class ConfigParserTest {

  @Test
  void readsVyosSavedConfiguration() {
    ConfigNode root = ConfigParser.parse("""
        /* comment of interfaces */
        interfaces {
            ethernet eth0 {
                address 192.0.2.1/24
                address 'dhcp'
                description "uplink \\"A\\" \\t\\/"
            }
            ethernet eth1 {
                disable
            }
        }
        system {
            host-name vyos
        }
        // Warning: Do not remove the following line.
        // vyos-config-version: "system@27"
        """);
    ConfigNode eth0 = root.at("interfaces", "ethernet", "eth0");
    assertThat(eth0.child("address").values()).containsExactly("192.0.2.1/24", "dhcp");
    assertThat(eth0.child("description").values()).containsExactly("uplink \"A\" \t/");
    assertThat(root.at("interfaces", "ethernet").kind()).isEqualTo(Kind.TAG);
    assertThat(root.at("interfaces", "ethernet").children()).extracting(ConfigNode::name)
        .containsExactly("eth0", "eth1");
    assertThat(root.at("interfaces", "ethernet", "eth1", "disable").values()).isEmpty();
    assertThat(root.at("system", "host-name").values()).containsExactly("vyos");
  }

  @Test
  void mergesRepeatedNodesLikeVyos() {
    ConfigNode root = ConfigParser.parse("system {\n host-name a\n}\nsystem {\n time-zone UTC\n}\n");
    assertThat(root.children()).hasSize(1);
    assertThat(root.child("system").children()).extracting(ConfigNode::name)
        .containsExactly("host-name", "time-zone");
  }

  @Test
  void refusesTwoChildrenOfTheSameNameAfterAMerge() {
    assertThatThrownBy(() -> ConfigParser.parse("system {\n host-name a\n}\nsystem {\n host-name {\n }\n}\n"))
        .isInstanceOf(ConfigSyntaxException.class);
    assertThatThrownBy(() -> ConfigParser.parse("a {\n b {\n }\n}\na {\n b {\n }\n}\n"))
        .hasMessageContaining("twice with children of the same name");
  }

  @Test
  void reportsSyntaxErrorsWithTheirPosition() {
    assertThatThrownBy(() -> ConfigParser.parse("system {\n    host-name \"vyos\n"))
        .hasMessage("config.boot line 2, character 15: a quoted string is missing its closing double quote");
    assertThatThrownBy(() -> ConfigParser.parse("system {\n    host-name vyos\n"))
        .hasMessage("config.boot line 3, character 1: unexpected the end of the file");
    assertThatThrownBy(() -> ConfigParser.parse("}\n"))
        .hasMessage("config.boot line 1, character 1: unexpected '}'");
    assertThatThrownBy(() -> ConfigParser.parse("a \"\\q\"\n"))
        .hasMessage("config.boot line 1, character 4: unknown escape sequence in a quoted string");
    assertThatThrownBy(() -> ConfigParser.parse("a b c\n"))
        .hasMessage("config.boot line 1, character 5: unexpected 'c'");
  }

  @Test
  void aValueBeforeABraceOpensATagInstance() {
    ConfigNode root = ConfigParser.parse("route \"0.0.0.0/0\" {\n next-hop 192.0.2.1 {\n }\n}\n");
    assertThat(root.at("route", "0.0.0.0/0", "next-hop", "192.0.2.1").children()).isEmpty();
    assertThat(root.at("route").kind()).isEqualTo(Kind.TAG);
  }

  @Test
  void emptyBracesAreAnEmptyNodeAndABareNameIsAValuelessLeaf() {
    ConfigNode root = ConfigParser.parse("a {\n}\nb\n");
    assertThat(root.children()).containsExactly(
        new ConfigNode("a", Kind.NODE, List.of(), List.of()),
        new ConfigNode("b", Kind.LEAF, List.of(), List.of()));
  }
}
