/**
 * The deploy plan of the rootfs install path: an ordered list of typed actions that Lab's agent
 * executes on a network-booted machine (partition, make filesystems, mount, stream a rootfs
 * archive, write files, run commands in the target, reboot). Everything is data: commands are argv
 * lists, file contents are written verbatim, and no value ever passes through a shell. The host
 * serialises a {@link dev.lab.api.plan.DeployPlan} to the onboarding's {@code plan.json}; each
 * action is a JSON object whose {@code type} property is the action's {@link
 * dev.lab.api.plan.Action#type()}. Every record rejects malformed values when it is built.
 */
package dev.lab.api.plan;
