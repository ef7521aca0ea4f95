/**
 * The web validator: {@link dev.progetto.server.ValidatorServer} serves a page in English and
 * Italian where a file is uploaded or pasted and every problem is shown at its line, pages for the
 * call and rule catalogues, and a JSON API described at {@code /api/openapi.json}. See
 * {@code docs/server.md}.
 */
package dev.progetto.server;
