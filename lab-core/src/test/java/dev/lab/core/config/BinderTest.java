package dev.lab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lab.api.model.Architecture;
import dev.lab.api.model.DiskLayout;
import dev.lab.api.model.DiskLayoutKind;
import dev.lab.api.model.Image;
import dev.lab.api.model.KernelArg;
import dev.lab.api.model.NetInterface;
import dev.lab.api.model.Profile;
import dev.lab.api.model.Server;
import dev.lab.api.model.Size;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinderTest {
  private static final String SERVER = "arch: x86_64\nnics:\n  - name: eth0\n    mac: 52:54:00:12:34:56\n";

  @Test
  void bindsTextEnumsListsAndNestedRecords() {
    Server s = Bound.of("name: web01\n" + SERVER + "firmware: bios\nlabels: [rack1, web]\n"
        + "facts:\n  cores: 64\n  memory: 512GB\n", Server.class).as(Server.class);

    assertThat(s.arch()).isEqualTo(Architecture.X86_64);
    assertThat(s.firmware().id()).isEqualTo("bios");
    assertThat(s.nics().get(0).mac()).isEqualTo("52:54:00:12:34:56");
    assertThat(s.labels()).containsExactly("rack1", "web");
    assertThat(s.facts()).containsEntry("cores", "64").containsEntry("memory", "512GB");
    assertThat(s.hostname()).isEqualTo("web01");
  }

  @Test
  void normalisesMacsToLowercaseColonForm() {
    Server s = Bound.of("name: web01\narch: x86_64\nnics:\n  - name: eth0\n    mac: 52-54-00-AB-CD-EF\n",
        Server.class).as(Server.class);

    assertThat(s.nics().get(0).mac()).isEqualTo("52:54:00:ab:cd:ef");
  }

  @Test
  void bindsSizesDurationsWholeNumbersAndBooleans() {
    DiskLayout d = Bound.of("layout: custom\npartitions:\n  - {mount: /, size: 20GiB}\n  - {mount: /srv, size: rest}\n",
        DiskLayout.class).as(DiskLayout.class);
    assertThat(d.layout()).isEqualTo(DiskLayoutKind.CUSTOM);
    assertThat(d.partitions().get(0).size()).isEqualTo(Size.parse("20GiB"));
    assertThat(d.partitions().get(1).size().rest()).isTrue();

    TokenSettings t = Bound.of("fileTtl: 1d12h\nenrollmentTtl: 30m\n", TokenSettings.class).as(TokenSettings.class);
    assertThat(t.fileTtl()).isEqualTo(Duration.ofHours(36));
    assertThat(t.enrollmentTtl()).isEqualTo(Duration.ofMinutes(30));

    NetInterface i = Bound.of("name: eth0.20\nkind: vlan\nparent: eth0\nvlanId: 20\ndhcp4: true\n",
        NetInterface.class).as(NetInterface.class);
    assertThat(i.vlanId()).isEqualTo(20);
    assertThat(i.dhcp4()).isTrue();
  }

  @Test
  void bindsArchitectureKeyedArtifacts() {
    Image image = Bound.of("name: fedora-41\nos: fedora\nversion: 41\narchitectures:\n"
        + "  x86_64: {kernel: f/x86_64/vmlinuz, initrds: [f/x86_64/initrd.img]}\n"
        + "  aarch64: {repository: 'https://example.org/os/'}\n", Image.class).as(Image.class);

    assertThat(image.version()).isEqualTo("41");
    assertThat(image.arches()).containsExactlyInAnyOrder(Architecture.X86_64, Architecture.AARCH64);
    assertThat(image.artifacts(Architecture.AARCH64).orElseThrow().repository()).isEqualTo("https://example.org/os/");
  }

  @Test
  void kernelArgumentsAreWrittenAsTextOrMappings() {
    Profile p = Bound.of("name: p\nimage: i\nkernelArgs:\n  - console=ttyS0,115200n8\n  - quiet\n"
        + "  - {key: mitigations, value: auto}\n", Profile.class).as(Profile.class);

    assertThat(p.kernelArgs()).containsExactly(KernelArg.of("console", "ttyS0,115200n8"), KernelArg.flag("quiet"),
        KernelArg.of("mitigations", "auto"));
  }

  @Test
  void reportsUnknownKeysWithASuggestion() {
    Bound b = Bound.of("name: p\nimgae: fedora-41\n", Profile.class);

    assertThat(b.value()).isSameAs(Binder.FAILED);
    assertThat(b.problems()).containsExactly(
        "test.yaml:1: image: is required",
        "test.yaml:2: imgae: unknown property 'imgae' (did you mean 'image'?)");
  }

  @Test
  void listsKnownPropertiesWhenNothingIsClose() {
    assertThat(Bound.of("to: 10.0.0.0/8\nvia: 192.0.2.1\nzzzzzzzz: 1\n", dev.lab.api.model.Route.class).problems())
        .containsExactly("test.yaml:3: zzzzzzzz: unknown property 'zzzzzzzz'; known properties: to, via");
  }

  @Test
  void reportsDuplicateKeysWithTheFirstLine() {
    assertThat(Bound.of("name: p\nimage: a\nlocale: C\nimage: b\n", Profile.class).problems())
        .containsExactly("test.yaml:4: image: duplicate key: 'image' is already set on line 2");
  }

  @Test
  void reportsWrongTypesAtTheirPath() {
    Bound b = Bound.of("name: p\nimage: i\nusers:\n  - name: ops\n    sudo: maybe\n  - name: [x]\n"
        + "labels: web\ndisk:\n  partitions:\n    - size: 20XB\n", Profile.class);

    assertThat(b.problems()).containsExactly(
        "test.yaml:5: users[0].sudo: expected true or false, found 'maybe'",
        "test.yaml:6: users[1].name: expected text, found a list",
        "test.yaml:7: labels: expected a list, found 'web'; for a list of one, write [web]",
        "test.yaml:10: disk.partitions[0].size: '20XB' is not a size: write a number with a unit such as 512MiB, "
            + "20GiB, 2TB, or 'rest'");
  }

  @Test
  void reportsEveryProblemOfOneFile() {
    Bound b = Bound.of("name: p\nimage: i\nmethod: nativ\nlocale: 'en US'\ntimezone: Etc/UTC\n"
        + "kernelArgs: ['console=tty S0']\nusers:\n  - fullName: Ops\n", Profile.class);

    assertThat(b.problems()).containsExactly(
        "test.yaml:3: method: unknown value 'nativ': expected native or rootfs (did you mean 'native'?)",
        "test.yaml:4: locale: 'en US' is not a locale: write language_COUNTRY.CHARSET, such as en_US.UTF-8",
        "test.yaml:6: kernelArgs[0]: 'tty S0' is not a kernel argument value: no spaces, quotes or other special "
            + "characters: use letters, digits and _ . , : / = + @ % ~ * -",
        "test.yaml:8: users[0].name: is required");
  }

  @Test
  void refusesControlCharactersEverywhere() {
    assertThat(Bound.of("name: p\nimage: i\nlabels: [\"web\\u2028x\"]\n", Profile.class).problems())
        .containsExactly("test.yaml:3: labels[0]: contains a line break (U+2028): write the value on one line "
            + "without control characters");
    assertThat(Bound.of("name: p\nimage: i\noptions:\n  \"a\\u0085b\": x\n", Profile.class).problems())
        .containsExactly("test.yaml:4: options.a\\u0085b: the key contains a line break (U+0085): write the value "
            + "on one line without control characters");
    assertThat(Bound.of("name: p\nimage: i\nusers:\n  - name: ops\n    fullName: \"O\\u202Eps\"\n", Profile.class)
        .problems()).containsExactly("test.yaml:5: users[0].fullName: contains an invisible or control character "
            + "(U+202E): write the value on one line without control characters");
  }

  @Test
  void quotedNumbersAreNotNumbersAndBooleansAreNotText() {
    assertThat(Bound.of("name: eth0\nvlanId: '20'\n", NetInterface.class).problems())
        .containsExactly("test.yaml:2: vlanId: expected a whole number, found the text '20': remove the quotes");
    assertThat(Bound.of("name: p\nimage: i\nkeyboard: true\n", Profile.class).problems())
        .containsExactly("test.yaml:3: keyboard: expected text, found the boolean true: write it in quotes if you "
            + "mean the word");
    assertThat(Bound.of("name: p\nimage: i\nkeyboard: no\n", Profile.class).as(Profile.class).keyboard())
        .isEqualTo("no");
  }

  @Test
  void refusesYamlTagsAndNonScalarKeys() {
    assertThat(Bound.of("name: p\nimage: !!binary aGk=\n", Profile.class).problems())
        .containsExactly("test.yaml:2: image: uses the YAML tag 'tag:yaml.org,2002:binary', which Lab does not read");
    assertThat(Bound.of("name: p\nimage: i\n? [a]\n: b\n", Profile.class).problems())
        .containsExactly("test.yaml:3: keys must be plain names, found a list");
  }

  @Test
  void mergeKeysAndAnchorsWork() {
    Profile p = Bound.of("name: p\nimage: i\nusers:\n  - &ops {name: ops, sudo: true}\n  - <<: *ops\n    name: ci\n",
        Profile.class).as(Profile.class);

    assertThat(p.users()).extracting(u -> u.name() + ":" + u.sudo()).containsExactly("ops:true", "ci:true");
  }

  @Test
  void recordsWhereEachPropertyWasWritten() {
    Bound b = Bound.of("name: p\nimage: i\ndisk:\n  layout: custom\n  partitions:\n    - mount: /\n      size: 1GiB\n",
        Profile.class);

    assertThat(b.origins().get("disk").line()).isEqualTo(3);
    assertThat(b.origins().get("disk.partitions[0]").line()).isEqualTo(6);
    assertThat(b.origins().get("disk.partitions[0].size").line()).isEqualTo(7);
  }

  @Test
  void invalidYamlIsReportedWithItsLine() {
    assertThat(Bound.of("name: p\nimage: i\n  locale: C\n", Profile.class).problems())
        .containsExactly("test.yaml:3: invalid YAML: mapping values are not allowed here");
  }

  @Test
  void rangesAreChecked() {
    assertThat(Bound.of("name: eth0\nkind: vlan\nparent: eth0\nvlanId: 0\nmtu: 10\n", NetInterface.class).problems())
        .containsExactly("test.yaml:4: vlanId: 0 is out of range: expected 1 to 4094",
            "test.yaml:5: mtu: 10 is out of range: expected 68 to 65535");
  }

  @Test
  void emptyListEntriesAndMapValuesAreReported() {
    assertThat(Bound.of("name: p\nimage: i\npackages:\n  - vim\n  -\noptions:\n  a:\n", Profile.class).problems())
        .containsExactly("test.yaml:5: packages[1]: is empty: give a value or remove the entry",
            "test.yaml:7: options.a: has no value");
  }

  @Test
  void everyDocumentKindHasAShape() {
    for (DocumentKind kind : DocumentKind.values()) {
      assertThat(Shapes.of(kind.body()).properties()).isNotEmpty();
    }
    assertThat(List.of(Shapes.of(Profile.class).property("users").orElseThrow().shape()))
        .allMatch(s -> s instanceof Shape.ListOf);
  }
}
