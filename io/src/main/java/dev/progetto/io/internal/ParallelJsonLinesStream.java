package dev.progetto.io.internal;

import dev.progetto.io.ProjectStream;
import dev.progetto.io.ReadResult;
import dev.progetto.model.Project;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads JSON Lines with several threads, handing the results back in the order of the lines.
 * The caller's thread cuts the input into lines (a scan for line breaks) and the workers read
 * them; at most a window of lines, and of their bytes, is read ahead, so memory stays bounded
 * whatever the size of the input. Each result is the one the one-thread stream gives for the
 * same line.
 */
public final class ParallelJsonLinesStream implements ProjectStream {

  /** Lines read ahead per thread: enough to keep every worker busy while the caller catches up. */
  private static final int LINES_PER_THREAD = 32;
  /** Bytes of the lines read ahead, at most (a line longer than this is read alone). */
  private static final long WINDOW_BYTES = 16L << 20;

  private record Pending(long line, int bytes, Future<ReadResult<Project>> result) {}

  private static final AtomicInteger STREAMS = new AtomicInteger();

  private final JsonLines lines;
  private final String sourceName;
  private final Codec codec;
  private final ExecutorService workers;
  private final int maxLines;
  private final ArrayDeque<Pending> window = new ArrayDeque<>();
  private long windowBytes;
  private boolean cut;
  private long returnedLine;

  /**
   * A stream of the lines of an input read by {@code threads} workers.
   *
   * @param endless whether the input may have no end: a line beyond the size limit then ends it
   */
  public ParallelJsonLinesStream(InputStream in, String sourceName, Codec codec, boolean endless, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.lines = new JsonLines(in, sourceName, codec.limits().getMaxDocumentBytes(), endless);
    this.sourceName = sourceName;
    this.codec = codec;
    this.maxLines = threads * LINES_PER_THREAD;
    int stream = STREAMS.incrementAndGet();
    AtomicInteger worker = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "progetto-lines-" + stream + "-" + worker.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Cuts lines and hands them to the workers until the window is full or the input ends. */
  private void readAhead() {
    while (!cut && window.size() < maxLines && (window.isEmpty() || windowBytes < WINDOW_BYTES)) {
      JsonLines.Line line = lines.next();
      if (line == null) {
        cut = true;
        workers.shutdown();
        return;
      }
      if (line.result() != null) {
        window.addLast(new Pending(line.number(), 0, CompletableFuture.completedFuture(line.result())));
        continue;
      }
      byte[] bytes = line.bytes();
      int number = (int) Math.min(Integer.MAX_VALUE, line.number());
      Optional<String> name = Optional.of(sourceName);
      window.addLast(new Pending(line.number(), bytes.length, workers.submit(() -> codec.readLine(bytes, name, number))));
      windowBytes += bytes.length;
    }
  }

  @Override
  public boolean hasNext() {
    if (window.isEmpty()) {
      readAhead();
    }
    return !window.isEmpty();
  }

  @Override
  public ReadResult<Project> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines in " + sourceName);
    }
    Pending pending = window.removeFirst();
    windowBytes -= pending.bytes();
    // the next lines go to the workers before this one is waited for
    readAhead();
    returnedLine = pending.line();
    try {
      return pending.result().get();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      close();
      throw new UncheckedIOException(new InterruptedIOException("interrupted while reading " + sourceName));
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public long lineNumber() {
    return returnedLine;
  }

  @Override
  public void close() {
    cut = true;
    window.clear();
    windowBytes = 0;
    workers.shutdownNow();
    lines.close();
  }
}
