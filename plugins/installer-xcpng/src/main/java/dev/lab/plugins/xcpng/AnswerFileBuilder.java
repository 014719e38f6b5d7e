package dev.lab.plugins.xcpng;

import dev.lab.api.model.InstallConfig;
import dev.lab.plugins.xcpng.answerfile.Installation;
import dev.lab.plugins.xcpng.answerfile.Ntp;
import dev.lab.plugins.xcpng.answerfile.PrimaryDisk;
import dev.lab.plugins.xcpng.answerfile.Restore;
import dev.lab.plugins.xcpng.answerfile.RootPassword;
import dev.lab.plugins.xcpng.answerfile.Script;
import dev.lab.plugins.xcpng.answerfile.Source;
import java.util.List;

/**
 * Builds the answer file document from a plan: {@code <installation mode="fresh|reinstall">} with
 * everything about the host, {@code <installation mode="upgrade">} naming the installation to
 * upgrade, or {@code <restore>}; each with the stage scripts Lab serves.
 */
final class AnswerFileBuilder {
  private AnswerFileBuilder() {}

  /** @return an {@link Installation} or a {@link Restore} */
  static Object build(XcpngPlan plan, List<Script> scripts) {
    InstallConfig config = plan.config();
    XcpngOptions options = plan.options();
    Source source = Source.url(config.artifacts().repository());
    return switch (options.mode()) {
      case RESTORE -> new Restore(plan.primaryDisk(), scripts);
      case UPGRADE -> Installation.upgrade(plan.primaryDisk(), source, scripts);
      case FRESH, REINSTALL -> Installation.fresh(options.mode().id(), options.srType(),
          new Installation.Disks(new PrimaryDisk(plan.primaryDisk(), options.srOnPrimary()),
              options.guestDisks()),
          host(plan), source, scripts);
    };
  }

  private static Installation.HostSettings host(XcpngPlan plan) {
    InstallConfig config = plan.config();
    List<String> ntpServers = "manual".equals(plan.ntpSource()) ? config.profile().ntpServers() : List.of();
    return new Installation.HostSettings(config.profile().keyboard(),
        RootPassword.hash(config.profile().rootPasswordHash()),
        plan.management().element(plan.options().adminInterfaceBy()), config.network().nameservers(),
        config.server().fqdn(), config.profile().timezone(), new Ntp(plan.ntpSource()), ntpServers,
        plan.options().networkBackend());
  }
}
