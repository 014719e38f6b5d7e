/**
 * SSH onboarding: onboarding a machine that already runs an OS (Apple Silicon under Asahi Linux,
 * DGX Spark, cloud VMs) by connecting to it with Apache MINA SSHD's client, verifying its host key
 * against known_hosts, gathering its hardware facts, detecting its OS and running the enrollment
 * script of that OS family's installer plugin with a fresh enrollment token.
 */
package dev.lab.core.ssh;
