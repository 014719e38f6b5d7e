package dev.lab.api.plan;

/**
 * Downloads a raw disk image and writes it to a device while computing its SHA-256.
 *
 * @param id the action's id
 * @param url where to download it
 * @param sha256 the image's SHA-256 (of the downloaded bytes), required
 * @param compression {@code zstd}, {@code gzip}, {@code xz} or {@code none}
 * @param device the device to write
 */
public record WriteImageAction(String id, String url, String sha256, String compression, String device)
    implements Action {
  public WriteImageAction {
    PlanValues.id(id);
    PlanValues.url(url);
    PlanValues.sha256(sha256);
    PlanValues.compression(compression);
    PlanValues.device(device);
  }

  @Override
  public String type() {
    return "write-image";
  }
}
