/**
 * Lab's HTTP adapter over lab-core (Javalin): the machine-facing boot, answer-file and artifact
 * endpoints and the operator API. Built by the server issue; until then this module holds no code.
 */
package dev.lab.server;
