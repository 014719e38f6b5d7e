package dev.lab.core.config;

/**
 * Where something was written.
 *
 * @param file the file, relative to the lab directory
 * @param line the 1-based line, 0 for the file as a whole
 */
record Location(String file, int line) {}
