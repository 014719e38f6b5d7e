package dev.lab.api.plan;

import java.util.Objects;

/**
 * Writes a file in the target verbatim, owned by root, replacing any file of that path; missing
 * parent directories are created with mode 0755.
 *
 * @param id the action's id
 * @param path the file's absolute path in the target
 * @param mode the octal permission bits, for example {@code 0644}
 * @param content the file's content (UTF-8)
 */
public record WriteFileAction(String id, String path, String mode, String content) implements Action {
  public WriteFileAction {
    PlanValues.id(id);
    PlanValues.targetPath(path);
    if (path.equals("/")) {
      throw new IllegalArgumentException("a file path cannot be /");
    }
    Objects.requireNonNull(mode, "mode");
    if (!mode.matches("0[0-7]{3}")) {
      throw new IllegalArgumentException("mode '" + mode + "' must be four octal digits such as 0644");
    }
    Objects.requireNonNull(content, "content");
  }

  @Override
  public String type() {
    return "write-file";
  }
}
