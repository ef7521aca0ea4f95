package dev.progetto.validation.internal.rules;

/**
 * A value of a project with the JSON Pointer where it stands.
 *
 * @param pointer the JSON Pointer
 * @param value the value
 * @param <T> the type of value
 */
public record Located<T>(String pointer, T value) {}
