package dev.progetto.io.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the model's types do not say about the format, for the processor that generates
 * {@link ObjectFields}, {@link FormatReader}, {@link FormatWriter}, {@link FormatTypes} and
 * {@link FormatWalker} from
 * them. Every other fact comes from the model: a type's fields are its getters in the order they
 * are declared, a field's wire name is its attribute's name, whether it is required follows its
 * Java type, and the object types are the Immutables types reachable from the documents.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@interface Format {

  /** The types at the root of a document, whose header fields the reader and writer handle. */
  Class<?>[] documents();

  /** The getters of the documents that are header fields ({@code language}), by attribute. */
  String[] header();

  /**
   * Immutables types that are values, not objects of their fields: read and written by io's own
   * code for their type, because the format gives them shorthands or forms of their own.
   */
  Class<?>[] values();

  /** Object types that a scalar may also stand for ({@code call: erasmus-plus-2024-ka220-adu}). */
  Class<?>[] shorthands();

  /** Fields ({@code Type.attribute}) that a file must give although the model lets them be absent. */
  String[] required();

  /** Fields ({@code Type.attribute=wire}) whose wire name is not their attribute's name. */
  String[] names();

  /** Fields ({@code Type.attribute}) read and written by io's own code for that field. */
  String[] custom();

  /** Text fields ({@code Type.attribute}) whose values are web addresses. */
  String[] urls();

  /**
   * The classes of values that rules judge wherever they stand in a project, for each of which
   * {@link FormatWalker} finds every value with its pointer.
   */
  Class<?>[] walked();
}
