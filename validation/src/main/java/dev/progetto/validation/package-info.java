/**
 * Validation of progetto documents: the model rules of every document and the rules of the call
 * each project answers, with reports in English and Italian.
 *
 * <p>{@link dev.progetto.validation.Validator} is the entry point: built once, immutable and
 * thread-safe. {@link dev.progetto.validation.ValidationReport} holds the findings, each a
 * {@link dev.progetto.validation.ValidationIssue} with its rule id, severity, JSON Pointer, line
 * and column and message; {@link dev.progetto.validation.ReportWriter} writes reports as text,
 * JSON or SARIF. {@link dev.progetto.validation.Rules} lists every rule and
 * {@link dev.progetto.validation.CallCatalogue} every call.
 */
@NullMarked
package dev.progetto.validation;

import org.jspecify.annotations.NullMarked;
