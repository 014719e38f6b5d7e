/**
 * The lab directory: loading and validating the user's configuration files ({@code lab.yaml},
 * {@code images.yaml}, {@code profiles/*.yaml}, {@code servers/*.yaml}, {@code rules.yaml}) into
 * immutable records, with every problem reported at its file, line and property.
 *
 * <p>Entry points: {@link dev.lab.core.config.LabDirectory#load} (a {@link
 * dev.lab.core.config.LabLoad} holding a {@link dev.lab.core.config.Lab} or the {@link
 * dev.lab.core.config.Diagnostic}s), {@link dev.lab.core.config.ExampleLab#write} (for {@code lab
 * init}) and {@link dev.lab.core.config.LabSchema} (the JSON Schemas and reference). The binder reads
 * SnakeYAML's node tree by shapes derived from the records by reflection; the JSON Schemas and
 * reference are written from the same shapes, and every text property has a character rule.
 */
package dev.lab.core.config;
