package dev.lab.server;

/**
 * The handlers the route table dispatches to, each a thin adapter over lab-core.
 *
 * @param health {@code /healthz}
 * @param metricsEndpoint {@code /metrics}
 * @param boot the boot chain ({@code /boot.ipxe}, {@code /ipxe}, {@code /grub/...}, {@code /pxelinux.cfg/...})
 * @param tokens the endpoints under an onboarding's token ({@code /t/...})
 * @param artifacts {@code /artifacts/...}
 * @param operator the operator API ({@code /api/v1/...})
 * @param autosign the operator API's autosign policy endpoint
 * @param auth the operator API's guard
 * @param discovery the discovery agent's endpoints ({@code /discover...})
 */
record Handlers(HealthHandler health, MetricsHandler metricsEndpoint, BootHandlers boot, TokenHandlers tokens,
    ArtifactHandler artifacts, OperatorApi operator, AutosignHandler autosign,
    OperatorAuth auth, DiscoveryHandlers discovery) {}
