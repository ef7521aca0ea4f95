package dev.progetto.report;

import dev.progetto.model.Quantity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The rows a report keeps one of per project or per indicator: in a list, or, for a portfolio
 * too large for the heap, in a temporary file they are written to as they come and read back
 * from, one at a time, each time the report is rendered. The file is deleted when the report is
 * no longer reachable, or when the JVM exits.
 */
abstract class RowStore<T> {

  private static final Cleaner CLEANER = Cleaner.create();

  abstract void add(T row);

  /** Whether the rows are on the heap. */
  abstract boolean isInMemory();

  abstract int size();

  /** Hands every row to the action, in the order they were added. */
  abstract void forEach(Consumer<? super T> action);

  /** Ends the adding; the rows can be read from then on. */
  abstract RowStore<T> finish();

  /** Every row in a list of its own. */
  List<T> list() {
    List<T> rows = new ArrayList<>(size());
    forEach(rows::add);
    return Collections.unmodifiableList(rows);
  }

  static <T> RowStore<T> inMemory() {
    return new InMemory<>();
  }

  static <T> RowStore<T> onDisk(Codec<T> codec) {
    return new OnDisk<>(codec);
  }

  /** How a row is written to and read from the file. */
  interface Codec<T> {
    void write(T row, DataOutputStream out) throws IOException;

    T read(DataInputStream in) throws IOException;
  }

  private static final class InMemory<T> extends RowStore<T> {
    private final List<T> rows;

    InMemory() {
      this(new ArrayList<>());
    }

    private InMemory(List<T> rows) {
      this.rows = rows;
    }

    @Override
    boolean isInMemory() {
      return true;
    }

    @Override
    void add(T row) {
      rows.add(row);
    }

    @Override
    int size() {
      return rows.size();
    }

    @Override
    void forEach(Consumer<? super T> action) {
      rows.forEach(action);
    }

    /** A copy: the builder may go on adding rows to its own list. */
    @Override
    RowStore<T> finish() {
      return new InMemory<>(new ArrayList<>(rows));
    }

    @Override
    List<T> list() {
      return Collections.unmodifiableList(rows);
    }
  }

  private static final class OnDisk<T> extends RowStore<T> {
    private final Codec<T> codec;
    private final Path file;
    private DataOutputStream out;
    private int size;

    @Override
    boolean isInMemory() {
      return false;
    }

    OnDisk(Codec<T> codec) {
      this.codec = codec;
      try {
        file = Files.createTempFile("progetto-report-", ".rows");
        file.toFile().deleteOnExit();
        Path doomed = file;
        CLEANER.register(this, () -> {
          try {
            Files.deleteIfExists(doomed);
          } catch (IOException ignored) {
            // left for deleteOnExit
          }
        });
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
      } catch (IOException failed) {
        throw new UncheckedIOException("cannot write the report's rows to a temporary file", failed);
      }
    }

    @Override
    void add(T row) {
      if (out == null) {
        throw new IllegalStateException("the rows are finished");
      }
      try {
        codec.write(row, out);
      } catch (IOException failed) {
        throw new UncheckedIOException("cannot write the report's rows to " + file, failed);
      }
      size++;
    }

    @Override
    int size() {
      return size;
    }

    @Override
    RowStore<T> finish() {
      if (out != null) {
        try {
          out.close();
        } catch (IOException failed) {
          throw new UncheckedIOException("cannot write the report's rows to " + file, failed);
        }
        out = null;
      }
      return this;
    }

    @Override
    void forEach(Consumer<? super T> action) {
      if (out != null) {
        throw new IllegalStateException("the rows are still being added");
      }
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        for (int i = 0; i < size; i++) {
          action.accept(codec.read(in));
        }
      } catch (EOFException truncated) {
        throw new UncheckedIOException("the report's rows in " + file + " end early: was the file changed?", truncated);
      } catch (IOException failed) {
        throw new UncheckedIOException("cannot read the report's rows from " + file, failed);
      }
    }
  }

  // ---------------------------------------------------------------- writing and reading values

  static void string(String text, DataOutputStream out) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String string(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static void optional(Optional<String> text, DataOutputStream out) throws IOException {
    out.writeBoolean(text.isPresent());
    if (text.isPresent()) {
      string(text.get(), out);
    }
  }

  static Optional<String> optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
  }

  static void decimal(Optional<BigDecimal> number, DataOutputStream out) throws IOException {
    optional(number.map(BigDecimal::toString), out);
  }

  static Optional<BigDecimal> decimal(DataInputStream in) throws IOException {
    return optional(in).map(BigDecimal::new);
  }

  static void quantity(Optional<Quantity> quantity, DataOutputStream out) throws IOException {
    out.writeBoolean(quantity.isPresent());
    if (quantity.isPresent()) {
      Quantity q = quantity.get();
      out.writeByte(q.getKind().ordinal());
      out.writeByte(q.getPer().ordinal());
      string(q.reference().toString(), out);
      string(q.getMax().orElse(q.reference()).toString(), out);
    }
  }

  static Optional<Quantity> quantity(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return Optional.empty();
    }
    Quantity.Kind kind = Quantity.Kind.values()[in.readByte()];
    Quantity.Per per = Quantity.Per.values()[in.readByte()];
    BigDecimal first = new BigDecimal(string(in));
    BigDecimal second = new BigDecimal(string(in));
    Quantity quantity;
    switch (kind) {
      case EXACT:
        quantity = Quantity.exactly(first);
        break;
      case APPROX:
        quantity = Quantity.approximately(first);
        break;
      case RANGE:
        quantity = Quantity.between(first, second);
        break;
      case AT_LEAST:
        quantity = Quantity.atLeast(first);
        break;
      default:
        quantity = Quantity.atMost(first);
    }
    return Optional.of(quantity.per(per));
  }
}
