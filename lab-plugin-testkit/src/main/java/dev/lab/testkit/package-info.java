/**
 * Test support every installer plugin module uses: fixtures for install configurations, golden
 * files, seeded hostile strings, and {@link dev.lab.testkit.PluginContractTest}, the contract every
 * plugin passes.
 */
package dev.lab.testkit;
