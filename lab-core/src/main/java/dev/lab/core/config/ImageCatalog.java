package dev.lab.core.config;

import dev.lab.api.model.Doc;
import dev.lab.api.model.Image;
import java.util.List;

/**
 * The body of {@code images.yaml}.
 *
 * @param images the catalog's images
 */
@Doc("The image catalog.")
record ImageCatalog(@Doc(value = "Images.", required = true) List<Image> images) {
  ImageCatalog {
    images = images == null ? List.of() : List.copyOf(images);
  }
}
