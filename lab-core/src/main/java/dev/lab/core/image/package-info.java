/**
 * Images Lab builds itself: the rootfs archive and manifest of a catalog image ({@code lab image
 * build}), where they live under the artifact root, and how the catalog finds them again.
 */
package dev.lab.core.image;
