/**
 * The rules that call documents parameterise, and the types of their parameters.
 *
 * <p>Not API: this package is not exported by its module, its types may change or disappear in
 * any release, and code outside progetto must not use it, not even on the class path. The API
 * is listed in {@code docs/api/}.
 */
package dev.progetto.validation.internal.calls;
