package dev.lab.cli;

import dev.lab.core.LabException;
import dev.lab.core.config.Diagnostic;
import dev.lab.core.machine.MachineRenderer;
import dev.lab.core.state.StateStoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns a failure into a message and an exit code. Users see sentences, never
 * exception class names; the stack trace only with {@code --stacktrace}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private final LabCommand root;

  ErrorHandler(LabCommand root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    int code;
    if (e instanceof LabException lab) {
      for (Diagnostic d : lab.problems()) {
        err.println(d);
      }
      err.println(lab.problems().size() == 1 ? "1 problem" : lab.problems().size() + " problems");
      code = ExitCode.INVALID_INPUT;
    } else if (e instanceof UserError user) {
      err.println("lab: " + user.getMessage());
      code = user.exitCode();
    } else if (e instanceof MachineRenderer.PluginFailure || e instanceof StateStoreException) {
      err.println("lab: " + e.getMessage());
      code = ExitCode.FAILURE;
    } else if (e instanceof UncheckedIOException || e instanceof IOException) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      err.println("lab: " + describe(io));
      code = ExitCode.FAILURE;
    } else {
      err.println("lab: internal error: " + (e.getMessage() == null ? "no message" : e.getMessage())
          + (root.stacktrace ? "" : " (run again with --stacktrace for details)"));
      code = ExitCode.INTERNAL;
    }
    if (root.stacktrace) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** @return an I/O failure as a sentence */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException a) {
      return a.getFile() + ": permission denied";
    }
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + ": already exists";
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }
}
