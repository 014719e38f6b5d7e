package dev.lab.cli;

/** The exit codes of every {@code lab} command, documented in docs/cli.md. */
public final class ExitCode {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** The input has problems (each printed with file, line and property); nothing was changed. */
  public static final int INVALID_INPUT = 1;
  /** The command line itself is wrong (unknown option, missing argument). */
  public static final int USAGE = 2;
  /** The environment failed: a file could not be read or written, a plugin failed. */
  public static final int FAILURE = 3;
  /** A bug in Lab: please report it with the output of {@code --stacktrace}. */
  public static final int INTERNAL = 4;

  private ExitCode() {}
}
