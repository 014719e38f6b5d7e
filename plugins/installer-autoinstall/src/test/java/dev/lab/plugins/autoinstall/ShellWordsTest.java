package dev.lab.plugins.autoinstall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.Escape;
import dev.lab.testkit.HostileStrings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test's shell reader, checked against commands whose words are known. */
class ShellWordsTest {

  @Test
  void readsQuotingAndOperatorsLikeSh() {
    assertThat(ShellWords.split("printf '%s\\n' 'a'\"'\"'b' \"x\\\"y $HOME\" > /f || true"))
        .extracting(ShellWords.Token::shape, ShellWords.Token::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("word", "printf"),
            org.assertj.core.groups.Tuple.tuple("word", "%s\\n"),
            org.assertj.core.groups.Tuple.tuple("word", "a'b"),
            org.assertj.core.groups.Tuple.tuple("word$", "x\"y $HOME"),
            org.assertj.core.groups.Tuple.tuple("op:>", ">"),
            org.assertj.core.groups.Tuple.tuple("word", "/f"),
            org.assertj.core.groups.Tuple.tuple("op:||", "||"),
            org.assertj.core.groups.Tuple.tuple("word", "true"));
    assertThat(ShellWords.shape("a;b&&c $(d) `e` # f g")).containsExactly("word", "op:;", "word", "op:&&", "word",
        "word$", "op:(", "word", "op:)", "word$");
  }

  @Test
  void everyQuotedHostileStringIsOneInertWord() {
    for (String h : HostileStrings.generate(200)) {
      if (!Syntax.printable(h) || h.contains("\t")) {
        continue;
      }
      List<ShellWords.Token> tokens = ShellWords.split("echo " + Escape.shell(h) + " done");
      assertThat(tokens).as("words of %s", h).extracting(ShellWords.Token::text).containsExactly("echo", h, "done");
      assertThat(tokens).noneMatch(t -> t.operator() || t.expands());
    }
  }
}
