package dev.progetto.examples.spark;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Project;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The lines of JSON Lines files as Spark reads them in splits, each read by progetto as the
 * single-machine stream reads the whole file: same bytes, same line numbers, same source name.
 *
 * <p>A split's lines are numbered with {@code zipWithIndex} (one extra pass over the file, which
 * only counts lines) and handed to {@link ProgettoMapper#streamProjects(InputStream, String)} as one
 * input that starts with as many empty lines as come before the split: the stream skips them, so
 * every result, issue and location says the line of the file, and the reading is the library's own
 * (blank lines, over-long lines, invalid UTF-8 and malformed JSON included). Lines end at
 * {@code \n} alone, as progetto's do, not at a lone {@code \r} as Hadoop's default does.
 */
final class NumberedLines {

  private NumberedLines() {}

  /** What is made of each line a stream gives. */
  @FunctionalInterface
  interface LineFunction<T> extends Serializable {
    /**
     * Returns the rows of one line.
     *
     * @param file the file's name as given
     * @param ordinal where the line is among all inputs: files in the order given, then lines
     * @param line the line's number in its file
     * @param result the line as read
     * @return the rows, perhaps none
     */
    List<T> apply(String file, long ordinal, long line, ReadResult<Project> result);
  }

  /** A mapper per executor JVM: an immutable, thread-safe value that the tasks share. */
  @FunctionalInterface
  interface MapperChoice extends Serializable {
    ProgettoMapper mapper();
  }

  /** Where a line is among all inputs: the file's index, then the line. Lines stay below 2^40. */
  static long ordinal(int fileIndex, long line) {
    return ((long) fileIndex << 40) | line;
  }

  /**
   * Reads files and makes rows of their lines.
   *
   * @param spark the session
   * @param files the files, in order
   * @param mapper the mapper that reads each line
   * @param function the rows of a line
   * @return the rows of every line
   */
  static <T> JavaRDD<T> read(SparkSession spark, List<String> files, MapperChoice mapper, LineFunction<T> function) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no JSON Lines file to read");
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration configuration = new Configuration(spark.sparkContext().hadoopConfiguration());
    configuration.set("textinputformat.record.delimiter", "\n");
    JavaRDD<T> all = null;
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      int fileIndex = i;
      // Hadoop reuses one Text per split: a line is read whole into the stream's buffer before the next
      // is asked for, so the bytes are not copied.
      JavaRDD<T> rows = context.newAPIHadoopFile(file, TextInputFormat.class, LongWritable.class, Text.class, configuration)
          .values().zipWithIndex().mapPartitions(
          partition -> new Rows<>(partition, file, fileIndex, mapper.mapper(), function));
      all = all == null ? rows : all.union(rows);
    }
    return all;
  }

  /** The rows of one split's lines, made as the stream reads them: a split is never held whole. */
  private static final class Rows<T> implements Iterator<T> {
    private final ProjectStream stream;
    private final String file;
    private final int fileIndex;
    private final LineFunction<T> function;
    private Iterator<T> current = Collections.emptyIterator();

    Rows(Iterator<Tuple2<Text, Long>> lines, String file, int fileIndex, ProgettoMapper mapper, LineFunction<T> function) {
      this.stream = mapper.streamProjects(new SplitInput(lines), file);
      this.file = file;
      this.fileIndex = fileIndex;
      this.function = function;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!stream.hasNext()) {
          stream.close();
          return false;
        }
        ReadResult<Project> result = stream.next();
        long line = stream.lineNumber();
        current = function.apply(file, ordinal(fileIndex, line), line, result).iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }

  /**
   * A split's lines as one input: the empty lines that stand for the lines before the split, then
   * each line and its {@code \n}.
   */
  private static final class SplitInput extends InputStream {
    private final Iterator<Tuple2<Text, Long>> lines;
    private long padding = -1;
    private byte[] line = new byte[0];
    private int length;
    private int position;
    private boolean lineBreak;

    SplitInput(Iterator<Tuple2<Text, Long>> lines) {
      this.lines = lines;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      int read = read(one, 0, 1);
      return read < 0 ? -1 : one[0] & 0xff;
    }

    /** Fills as much of the buffer as the lines give: the stream reads in blocks of 64 KiB. */
    @Override
    public int read(byte[] buffer, int offset, int length) {
      int total = 0;
      while (total < length) {
        int count = some(buffer, offset + total, length - total);
        if (count < 0) {
          return total == 0 ? -1 : total;
        }
        total += count;
      }
      return total;
    }

    private int some(byte[] buffer, int offset, int length) {
      while (true) {
        if (padding > 0) {
          int count = (int) Math.min(padding, length);
          Arrays.fill(buffer, offset, offset + count, (byte) '\n');
          padding -= count;
          return count;
        }
        if (position < this.length) {
          int count = Math.min(this.length - position, length);
          System.arraycopy(line, position, buffer, offset, count);
          position += count;
          return count;
        }
        if (lineBreak) {
          lineBreak = false;
          buffer[offset] = '\n';
          return 1;
        }
        if (!lines.hasNext()) {
          return -1;
        }
        Tuple2<Text, Long> next = lines.next();
        if (padding < 0) {
          padding = next._2(); // the lines before this split, which other tasks read
        }
        line = next._1().getBytes();
        this.length = next._1().getLength();
        position = 0;
        lineBreak = true;
      }
    }
  }
}
