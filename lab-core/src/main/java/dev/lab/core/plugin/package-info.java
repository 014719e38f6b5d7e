/**
 * Loading Lab's installer plugins from PF4J plugin jars, choosing the plugin for an installation,
 * and ejecting a plugin's bundled templates into the lab directory.
 *
 * <p>{@link dev.lab.core.plugin.PluginRegistry} is the entry point: it loads the built-in and
 * third-party jars, refuses bad ones loudly ({@link dev.lab.core.plugin.PluginRefusal}), lists the
 * loaded ones ({@link dev.lab.core.plugin.LoadedPlugin}) and selects one per request.
 */
package dev.lab.core.plugin;
