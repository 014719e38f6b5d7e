/**
 * The auto-onboard rules engine: rule conditions evaluated over a machine's facts and labels
 * ({@link dev.lab.core.rules.ConditionEvaluator}), every known machine × every rule with a verdict
 * per condition ({@link dev.lab.core.rules.Preview}), and what applying the rules does to pending
 * machines, honouring priorities and limits ({@link dev.lab.core.rules.ApplyPlanner}). Nothing here
 * writes state; {@link dev.lab.core.rules.RulesApplier} applies a plan through the state store.
 */
package dev.lab.core.rules;
