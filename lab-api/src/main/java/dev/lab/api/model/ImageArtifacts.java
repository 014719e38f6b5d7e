package dev.lab.api.model;

import java.util.List;

/**
 * What an image provides for one architecture. Values are URLs; relative paths are relative to
 * Lab's artifact root and are made absolute by the host before a plugin sees them.
 *
 * @param kernel the installer or agent kernel; nullable when the plugin derives it from {@code
 *     repository}
 * @param initrds the initrds, in load order
 * @param repository the install source: package repository, install tree or mirror; nullable
 * @param iso an installer ISO; nullable
 * @param squashfs a live root filesystem; nullable
 * @param hypervisor a hypervisor image loaded first (XCP-ng's {@code xen.gz}); nullable
 * @param installImage a further installer image (XCP-ng's {@code install.img}); nullable
 * @param rootfs a rootfs archive for the rootfs method; nullable
 * @param sha256 the rootfs archive's SHA-256; nullable
 */
@Doc("What an image provides for one architecture. Relative paths are under Lab's artifact root.")
public record ImageArtifacts(
    @Doc(value = "Installer kernel.", example = "fedora-41/x86_64/vmlinuz") String kernel,
    @Doc(value = "Installer initrds, in load order.", example = "[fedora-41/x86_64/initrd.img]")
        List<String> initrds,
    @Doc(value = "Install source: repository, install tree or mirror.",
        example = "https://dl.fedoraproject.org/pub/fedora/linux/releases/41/Everything/x86_64/os/")
        String repository,
    @Doc("Installer ISO.") String iso,
    @Doc("Live root filesystem (squashfs).") String squashfs,
    @Doc("Hypervisor loaded first (xen.gz / xen.efi).") String hypervisor,
    @Doc("Further installer image (install.img).") String installImage,
    @Doc("Rootfs archive for the rootfs method.") String rootfs,
    @Doc("SHA-256 of the rootfs archive.") String sha256) {

  public ImageArtifacts {
    initrds = initrds == null ? List.of() : List.copyOf(initrds);
  }
}
