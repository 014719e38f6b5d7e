package dev.lab.plugins.xcpng;

import dev.lab.api.Templates;
import dev.lab.api.model.InstallUrls;
import dev.lab.api.model.RenderedFile;
import dev.lab.plugins.xcpng.answerfile.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scripts the installer runs at its stages, served by Lab next to the answer file:
 *
 * <ul>
 *   <li>{@code filesystem-populated.sh} ({@code <script stage="filesystem-populated">}, when the host
 *       enrolls): drops the first-boot OpenVox enrollment into the installed system;
 *   <li>{@code installation-complete.sh} ({@code <script stage="installation-complete">}, always):
 *       tells Lab the install is done, which switches the machine to local boot, or that it failed.
 *       It is the installer's last step, after the bootloader is written and the disks unmounted.
 * </ul>
 *
 * <p>A restore runs no filesystem-populated stage, so it gets the completion script only.
 *
 * @param elements the answer file's {@code <script>} elements, in order
 * @param files the scripts
 */
record StageScripts(List<Script> elements, List<RenderedFile> files) {
  static final String FILESYSTEM_POPULATED = "filesystem-populated.sh";
  static final String INSTALLATION_COMPLETE = "installation-complete.sh";

  StageScripts {
    elements = List.copyOf(elements);
    files = List.copyOf(files);
  }

  static StageScripts render(XcpngPlan plan, Templates templates) {
    InstallUrls urls = plan.config().urls();
    List<Script> elements = new ArrayList<>();
    List<RenderedFile> files = new ArrayList<>();
    if (plan.enrolls()) {
      elements.add(Script.url("filesystem-populated", urls.file(FILESYSTEM_POPULATED)));
      files.add(shell(FILESYSTEM_POPULATED, templates.render(FILESYSTEM_POPULATED + ".ftl", Map.of(
          "events", urls.events(), "enrollScript", urls.file(XcpngPlugin.ENROLL_SCRIPT)))));
    }
    elements.add(Script.url("installation-complete", urls.file(INSTALLATION_COMPLETE)));
    files.add(shell(INSTALLATION_COMPLETE, templates.render(INSTALLATION_COMPLETE + ".ftl", Map.of(
        "events", urls.events(), "done", urls.done()))));
    return new StageScripts(elements, files);
  }

  static RenderedFile shell(String name, String content) {
    return new RenderedFile(name, "text/x-shellscript; charset=utf-8", content);
  }
}
