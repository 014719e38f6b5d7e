/**
 * Lab's plugin SPI: the {@link dev.lab.api.InstallerPlugin} extension point and what it exchanges
 * with the host.
 *
 * <p>A plugin receives immutable inputs ({@link dev.lab.api.model.InstallConfig},
 * {@link dev.lab.api.model.PxeConfig}, {@link dev.lab.api.model.EnrollmentSpec}) and returns immutable
 * values ({@link dev.lab.api.model.RenderedFile}, {@link dev.lab.api.model.BootSpec},
 * {@link dev.lab.api.Problem}). It does no I/O of its own beyond rendering its bundled templates
 * through the {@link dev.lab.api.Templates} the host hands it.
 *
 * <p>Nullability: unless a parameter or record component is documented as nullable, it is never
 * null; collections are never null and are unmodifiable.
 */
package dev.lab.api;
