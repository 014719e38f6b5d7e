package dev.lab.core.plugin;

import static dev.lab.api.model.Architecture.AARCH64;
import static dev.lab.api.model.Architecture.RISCV64;
import static dev.lab.api.model.Architecture.X86_64;
import static dev.lab.api.model.InstallMethod.NATIVE;
import static dev.lab.api.model.InstallMethod.ROOTFS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lab.api.InstallerPlugin;
import dev.lab.api.Problem;
import dev.lab.api.Templates;
import dev.lab.api.model.Architecture;
import dev.lab.api.model.BootSpec;
import dev.lab.api.model.EnrollmentSpec;
import dev.lab.api.model.Image;
import dev.lab.api.model.InstallConfig;
import dev.lab.api.model.InstallMethod;
import dev.lab.api.model.PxeConfig;
import dev.lab.api.model.RenderedFile;
import dev.lab.core.plugin.PluginSelectionException.Candidate;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PluginSelectionTest {
  private static final LoadedPlugin KICKSTART = plugin("kickstart", Set.of("fedora", "rhel"), NATIVE);
  private static final LoadedPlugin AUTOINSTALL = plugin("autoinstall", Set.of("ubuntu"), NATIVE);
  private static final LoadedPlugin ROOTFS_PLUGIN = plugin("rootfs", Set.of(), ROOTFS);
  private static final List<LoadedPlugin> BUILT_INS = List.of(AUTOINSTALL, KICKSTART, ROOTFS_PLUGIN);

  @Test
  void selectsThePluginOfTheImagesOsFamilyAndMethod() {
    assertThat(new PluginSelector(BUILT_INS).select(image("fedora", null), NATIVE, X86_64, null))
        .isSameAs(KICKSTART);
  }

  @Test
  void pluginWithoutOsFamiliesServesAnyOsForItsMethod() {
    assertThat(new PluginSelector(BUILT_INS).select(image("gentoo", null), ROOTFS, AARCH64, null))
        .isSameAs(ROOTFS_PLUGIN);
  }

  @Test
  void noMatchListsEveryCandidateAndWhyItRefused() {
    assertThatThrownBy(() -> new PluginSelector(BUILT_INS).select(image("gentoo", null), NATIVE, RISCV64, null))
        .isInstanceOf(PluginSelectionException.class)
        .hasMessage("no installer plugin can install image gentoo-1 (os gentoo) with method native on riscv64:\n"
            + "  autoinstall: serves ubuntu, not gentoo; supports x86_64, aarch64, not riscv64\n"
            + "  kickstart: serves fedora, rhel, not gentoo; supports x86_64, aarch64, not riscv64\n"
            + "  rootfs: implements method rootfs, not native; supports x86_64, aarch64, not riscv64");
  }

  @Test
  void noLoadedPluginIsSaidPlainly() {
    assertThatThrownBy(() -> new PluginSelector(List.of()).select(image("fedora", null), NATIVE, X86_64, null))
        .hasMessage("no installer plugin can install image fedora-1 (os fedora) with method native on x86_64:"
            + " no installer plugin is loaded");
  }

  @Test
  void severalMatchesAreReportedNeverResolvedSilently() {
    LoadedPlugin other = plugin("fedora-plus", Set.of("fedora"), NATIVE);
    PluginSelector selector = new PluginSelector(List.of(KICKSTART, other, ROOTFS_PLUGIN));
    assertThatThrownBy(() -> selector.select(image("fedora", null), NATIVE, X86_64, null))
        .hasMessage("several installer plugins can install image fedora-1 (os fedora) with method native on x86_64:"
            + " kickstart (/plugins/kickstart.jar), fedora-plus (/plugins/fedora-plus.jar); name one in the"
            + " image's installer")
        .extracting(e -> ((PluginSelectionException) e).candidates())
        .asList().containsExactly(new Candidate("kickstart", "matches"), new Candidate("fedora-plus", "matches"),
            new Candidate("rootfs", "implements method rootfs, not native"));
  }

  @Test
  void imageInstallerNamesThePluginAmongSeveralThatMatch() {
    LoadedPlugin other = plugin("fedora-plus", Set.of("fedora"), NATIVE);
    assertThat(new PluginSelector(List.of(KICKSTART, other)).select(image("fedora", "fedora-plus"), NATIVE, X86_64,
        null)).isSameAs(other);
  }

  @Test
  void imageInstallerThatIsNotLoadedIsAnError() {
    assertThatThrownBy(() -> new PluginSelector(BUILT_INS).select(image("fedora", "anaconda"), NATIVE, X86_64, null))
        .hasMessage("image fedora-1 names installer 'anaconda', which is not loaded (loaded: autoinstall, kickstart,"
            + " rootfs)");
  }

  @Test
  void imageInstallerThatCannotServeTheMethodIsAnError() {
    assertThatThrownBy(() -> new PluginSelector(BUILT_INS).select(image("fedora", "kickstart"), ROOTFS, X86_64, null))
        .hasMessage("image fedora-1 names installer 'kickstart', which cannot install image fedora-1 (os fedora)"
            + " with method rootfs on x86_64: implements method native, not rootfs");
  }

  @Test
  void pluginWhoseValidationRefusesTheMethodIsPassedOverForOneThatServes() {
    LoadedPlugin placeholder = plugin("kickstart", Set.of("fedora"), NATIVE,
        Problem.of("profile.method", "the kickstart plugin is not implemented yet"));
    LoadedPlugin real = plugin("fedora-plus", Set.of("fedora"), NATIVE);
    Image fedora = image("fedora", null);
    InstallConfig config = TestPlugins.config(fedora, NATIVE);
    assertThat(new PluginSelector(List.of(placeholder, real)).select(fedora, NATIVE, X86_64, config)).isSameAs(real);
  }

  @Test
  void notImplementedIsListedAmongTheReasons() {
    LoadedPlugin placeholder = plugin("kickstart", Set.of("fedora"), NATIVE,
        Problem.of("profile.method", "the kickstart plugin is not implemented yet"));
    Image fedora = image("fedora", null);
    InstallConfig config = TestPlugins.config(fedora, NATIVE);
    assertThatThrownBy(() -> new PluginSelector(List.of(AUTOINSTALL, placeholder)).select(fedora, NATIVE, X86_64,
        config))
        .hasMessage("no installer plugin can install image fedora-1 (os fedora) with method native on x86_64:\n"
            + "  autoinstall: serves ubuntu, not fedora\n"
            + "  kickstart: the kickstart plugin is not implemented yet");
  }

  @Test
  void otherValidationProblemsDoNotPassAPluginOver() {
    LoadedPlugin picky = plugin("kickstart", Set.of("fedora"), NATIVE,
        Problem.of("profile.disk.layout", "xcpng layouts are for XCP-ng"));
    Image fedora = image("fedora", null);
    assertThat(new PluginSelector(List.of(picky)).select(fedora, NATIVE, X86_64, TestPlugins.config(fedora, NATIVE)))
        .isSameAs(picky);
  }

  private static Image image(String os, String installer) {
    return TestPlugins.image(os + "-1", os, installer);
  }

  private static LoadedPlugin plugin(String name, Set<String> os, InstallMethod method, Problem... problems) {
    InstallerPlugin plugin = new FixedInstaller(name, os, method, List.of(problems));
    return new LoadedPlugin(plugin, name, "1.0.0", Path.of("/plugins", name + ".jar"), false,
        PluginSelectionTest.class.getClassLoader(), name, name + " installer", List.copyOf(new TreeSet<>(os)),
        List.of(X86_64, AARCH64), List.of(method));
  }

  /** An installer whose answers are fixed; selection never renders. */
  private record FixedInstaller(String name, Set<String> osFamilies, InstallMethod method, List<Problem> problems)
      implements InstallerPlugin {
    @Override
    public String description() {
      return name + " installer";
    }

    @Override
    public Set<Architecture> supportedArchitectures() {
      return Set.of(X86_64, AARCH64);
    }

    @Override
    public Set<InstallMethod> methods() {
      return Set.of(method);
    }

    @Override
    public List<Problem> validate(InstallConfig config) {
      return problems;
    }

    @Override
    public List<RenderedFile> generateAnswerFiles(InstallConfig config, Templates templates) {
      throw new UnsupportedOperationException("selection never renders");
    }

    @Override
    public BootSpec preparePxe(PxeConfig config) {
      throw new UnsupportedOperationException("selection never boots");
    }

    @Override
    public RenderedFile generateEnrollmentScript(EnrollmentSpec enrollment, Templates templates) {
      throw new UnsupportedOperationException("selection never enrolls");
    }
  }
}
