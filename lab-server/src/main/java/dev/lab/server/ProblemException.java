package dev.lab.server;

/** Thrown by a handler to answer with a problem; the route table writes it as problem JSON. */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  ProblemException(Problem problem) {
    super(problem.title() + ": " + problem.detail(), null, false, false);
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }

  static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
  }

  static ProblemException badRequest(String slug, String detail) {
    return new ProblemException(Problem.of(400, slug, "Malformed request", detail));
  }
}
