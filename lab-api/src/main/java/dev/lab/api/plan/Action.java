package dev.lab.api.plan;

/**
 * One step of a {@link DeployPlan}. The agent runs the actions in order and stops at the first
 * failure.
 */
public sealed interface Action
    permits PartitionAction, LvmAction, MkfsAction, MountAction, StreamArchiveAction, WriteImageAction,
        WriteFileAction, ChrootAction, RebootAction, KexecAction {

  /** @return the action's id, unique in its plan: lowercase letters, digits and '-' */
  String id();

  /** @return the action's type as written in {@code plan.json}, for example {@code write-file} */
  String type();
}
