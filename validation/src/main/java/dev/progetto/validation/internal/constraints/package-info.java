/**
 * The Bean Validation validators of the constraints in {@code dev.progetto.validation.constraints}; the package is opened, not exported, so that any provider can instantiate them.
 *
 * <p>Not API: this package is not exported by its module, its types may change or disappear in
 * any release, and code outside progetto must not use it, not even on the class path. The API
 * is listed in {@code docs/api/}.
 */
package dev.progetto.validation.internal.constraints;
