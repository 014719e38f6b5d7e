package dev.lab.core.rules;

/**
 * How one condition fared on one machine.
 *
 * @param fact the fact the condition tests
 * @param value the machine's value as shown, or null when the machine does not have the fact
 * @param holds whether the condition holds
 * @param text the verdict in words, for example {@code cores 32 < 40}
 */
public record Verdict(String fact, String value, boolean holds, String text) {}
