/**
 * The model rules, the context a rule reports through, and the walker that locates findings.
 *
 * <p>Not API: its module exports it to no application (at most, by a qualified export, to
 * another progetto module); its types may change or disappear in any release, and code outside
 * progetto must not use them, even on the class path, where nothing stops it. The API is listed
 * in {@code docs/api/}.
 */
package dev.progetto.validation.internal.rules;
