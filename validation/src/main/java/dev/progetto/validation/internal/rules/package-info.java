/**
 * The model rules, the context a rule reports through, and the walker that locates findings.
 *
 * <p>Not API: this package is not exported by its module, its types may change or disappear in
 * any release, and code outside progetto must not use it, not even on the class path. The API
 * is listed in {@code docs/api/}.
 */
package dev.progetto.validation.internal.rules;
