package dev.lab.api.model;

/**
 * A bootable container image (bootc) installed by kickstart's {@code ostreecontainer} command.
 *
 * @param url the container image reference, for example {@code quay.io/fedora/fedora-bootc:41}
 * @param transport the transport ({@code registry}, {@code oci}, {@code oci-archive}); nullable for
 *     the installer's default
 * @param stateroot the ostree stateroot; nullable for the default
 * @param remote the ostree remote name; nullable for the default
 * @param noSignatureVerification whether to skip signature verification
 * @param registryAuthFile a file in the lab directory holding the registry credentials (an {@code
 *     auth.json}) to write to {@code /etc/ostree/auth.json}; nullable for a public image
 */
@Doc("A bootable container (bootc) image.")
public record Bootc(
    @Doc(value = "Container image reference.", required = true, example = "quay.io/fedora/fedora-bootc:41")
        String url,
    @Doc(value = "Transport: registry, oci or oci-archive.", example = "registry") String transport,
    @Doc("ostree stateroot.") String stateroot,
    @Doc("ostree remote name.") String remote,
    @Doc(value = "Skip signature verification.", defaultValue = "false") boolean noSignatureVerification,
    @Doc(value = "Lab-directory file with registry credentials (auth.json).", example = "secrets/auth.json")
        String registryAuthFile) {}
