package dev.progetto.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * An option or positional parameter of a command, declared in code, and its value once the
 * arguments are parsed.
 *
 * <p>The commands are declared with picocli's programmatic API rather than its annotations: picocli
 * reads annotations by reflection, and the JDK makes a proxy class for each kind of annotation it
 * reads, which was most of what a short run of the command line spent before reading its first
 * file (docs/design.md, "The command line's start-up").
 *
 * @param <T> the value's type
 */
final class Arg<T> {

  private final ArgSpec spec;

  private Arg(ArgSpec spec) {
    this.spec = spec;
  }

  /**
   * Declares a command: its name, description and version, without reading any annotation.
   *
   * @param command the object whose {@code call} or {@code run} runs the command
   * @param name the command's name
   * @param description the paragraphs of its description
   * @return the command's specification, to declare its options on
   */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(new VersionProvider());
    spec.usageMessage().description(description);
    return spec;
  }

  /** Declares an option with the given builder. */
  static <T> Arg<T> option(CommandSpec command, OptionSpec.Builder option) {
    OptionSpec built = option.build();
    command.addOption(built);
    return new Arg<>(built);
  }

  /** Declares an option that takes one value of a type, null when not given. */
  static <T> Arg<T> option(CommandSpec command, String name, String label, Class<T> type, String description) {
    return option(command, OptionSpec.builder(name).paramLabel(label).type(type).description(description));
  }

  /** Declares a repeatable option, each time with one value of a type; read it with {@link #list()}. */
  static <T> Arg<List<T>> repeatable(CommandSpec command, String name, String label, Class<T> type, String description) {
    return option(command, OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(type)
        .description(description));
  }

  /** Declares an option without a value: false unless given. */
  static Arg<Boolean> flag(CommandSpec command, String name, String description) {
    return option(command, OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description));
  }

  /** Declares a positional parameter with the given builder. */
  static <T> Arg<T> positional(CommandSpec command, PositionalParamSpec.Builder parameter) {
    PositionalParamSpec built = parameter.build();
    // picocli's builder leaves a positional parameter optional whatever its arity; its annotations
    // make one with a minimum arity required, and so does this.
    if (built.arity().min() > 0 && !built.required()) {
      built = parameter.required(true).build();
    }
    command.addPositional(built);
    return new Arg<>(built);
  }

  /** The value parsed, the default value, or null when neither. */
  @Nullable T get() {
    return spec.getValue();
  }

  /** The value parsed, or the fallback when neither the arguments nor a default give one. */
  T orElse(T fallback) {
    T value = spec.getValue();
    return value == null ? fallback : value;
  }

  /** The values of a repeatable option or of a list of positional parameters: none when not given. */
  @SuppressWarnings("unchecked")
  <E> List<E> list() {
    Object value = spec.getValue();
    return value == null ? List.of() : (List<E>) value;
  }
}
