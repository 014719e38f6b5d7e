package dev.lab.core.plugin;

import dev.lab.core.render.TemplateEngine;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies a plugin's bundled templates into the lab directory's {@code templates/<plugin>/}, where
 * they override the bundled ones file by file and can be edited.
 */
public final class TemplateEject {
  private TemplateEject() {}

  /**
   * @param plugin the plugin whose templates to copy
   * @param labDir the lab directory
   * @param force whether to overwrite templates already in the lab directory
   * @return the files written, in template name order
   * @throws FileAlreadyExistsException if some of the files exist and {@code force} is false; then
   *     nothing is written
   * @throws IllegalArgumentException if the plugin bundles no template
   */
  public static List<Path> eject(LoadedPlugin plugin, Path labDir, boolean force) throws IOException {
    return eject(plugin.name(), plugin.classLoader(), labDir, force);
  }

  /**
   * Copies the bundled templates of any namespace, such as {@link TemplateEngine#CORE} for the
   * shared boot-chain templates.
   *
   * @param loader the class loader whose own resources hold the namespace's templates
   * @see #eject(LoadedPlugin, Path, boolean)
   */
  public static List<Path> eject(String namespace, ClassLoader loader, Path labDir, boolean force)
      throws IOException {
    List<String> names = TemplateEngine.bundledTemplates(namespace, loader);
    if (names.isEmpty()) {
      throw new IllegalArgumentException(namespace + " bundles no template to eject");
    }
    Path dir = labDir.resolve("templates").resolve(namespace).normalize();
    List<Path> targets = new ArrayList<>();
    List<String> existing = new ArrayList<>();
    for (String name : names) {
      Path target = dir.resolve(name).normalize();
      if (!target.startsWith(dir)) {
        throw new IllegalArgumentException(namespace + " bundles a template outside its folder: " + name);
      }
      targets.add(target);
      if (Files.exists(target)) {
        existing.add(name);
      }
    }
    if (!existing.isEmpty() && !force) {
      throw new FileAlreadyExistsException(dir.toString(), null, "already holds " + String.join(", ", existing)
          + "; eject with force to overwrite");
    }
    for (int i = 0; i < names.size(); i++) {
      Files.createDirectories(targets.get(i).getParent());
      Files.write(targets.get(i), TemplateEngine.bundledTemplate(namespace, loader, names.get(i)));
    }
    return List.copyOf(targets);
  }
}
