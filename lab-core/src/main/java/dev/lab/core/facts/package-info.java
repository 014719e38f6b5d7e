/**
 * Hardware facts of a machine, as the discovery agent posts them and SSH onboarding gathers them:
 * immutable records, their JSON binding ({@link dev.lab.core.facts.FactsJson}) and their
 * validation ({@link dev.lab.core.facts.FactsValidator}).
 */
package dev.lab.core.facts;
