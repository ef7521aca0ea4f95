/**
 * Immutable values that describe EU and Italian funding projects.
 *
 * <p>The main types are {@link dev.progetto.model.Project} (one funded project: its call, lead
 * organisation or <em>capofila</em>, partners, period, territory, objectives, activities, target
 * groups, indicators and budget), {@link dev.progetto.model.Portfolio} (the projects of one
 * organisation or programme, with organisations declared once) and {@link dev.progetto.model.Call}
 * (a call for proposals, <em>bando</em> or <em>avviso</em>, as data: the rules it switches on and
 * their parameters).
 *
 * <p>Every type is immutable and therefore safe to share between threads. Composite types are
 * built with builders ({@code Project.builder()...build()}) and copied with {@code with...}
 * methods. Only identity is mandatory (a project's id and title, an organisation's id), so a
 * half-filled project can still be built, validated and fixed; completeness is judged by the
 * validation module, each finding with a rule id. Collections are ordered, unmodifiable and
 * never null; absent values are {@link java.util.Optional#empty()}, never {@code null}.
 */
@NullMarked
@ProgettoStyle
package dev.progetto.model;

import org.jspecify.annotations.NullMarked;
