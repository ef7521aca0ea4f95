package dev.progetto.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where a short run of the command line spends its time, which JDK Flight Recorder cannot say: its
 * samples begin after the JVM has started and come every 10 ms or more, a tenth of the whole run.
 *
 * <p>{@code StartupProfile record FILE ARGS...} runs the command line's {@code Main} with
 * {@code ARGS} in this JVM while a thread takes the main thread's stack every half millisecond,
 * and appends the stacks to {@code FILE} when the JVM exits. Run on the class path after the
 * command line's jar, with the launcher's flags and its class-data archive, in many fresh JVMs
 * ({@code benchmarks/startup-profile} does). {@code StartupProfile report FILE} then gives the
 * share of the samples of each phase of the run and of what the JVM was doing within them.
 */
public final class StartupProfile {

  /** The phases of a run, by the innermost frame of the stack that names one. */
  private static final Map<String, String> PHASES = new LinkedHashMap<>();

  static {
    PHASES.put("dev.progetto.cli.Main.commandLine", "building the command line (picocli)");
    PHASES.put("picocli.CommandLine.parseArgs", "parsing the arguments (picocli)");
    PHASES.put("dev.progetto.io.ProgettoMapper.read", "reading the file");
    PHASES.put("dev.progetto.validation.CallCatalogue.resolve", "reading and resolving the call");
    PHASES.put("dev.progetto.validation.Validator.builder", "building the validator");
    PHASES.put("dev.progetto.validation.Validator$Builder.build", "building the validator");
    PHASES.put("dev.progetto.io.ProgettoMapper$Builder.build", "building the reader");
    PHASES.put("dev.progetto.validation.Validator.validate", "applying the rules");
    PHASES.put("dev.progetto.validation.ReportStream.add", "writing the report");
    PHASES.put("dev.progetto.validation.ReportStream.close", "writing the report");
  }

  private StartupProfile() {}

  /**
   * Records or reports.
   *
   * @param args {@code record FILE ARGS...} or {@code report FILE}
   */
  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("record")) {
      record(Path.of(args[1]), java.util.Arrays.copyOfRange(args, 2, args.length));
    } else if (args.length == 2 && args[0].equals("report")) {
      report(Path.of(args[1]), System.out);
    } else {
      System.err.println("usage: StartupProfile record FILE ARGS... | StartupProfile report FILE");
      System.exit(2);
    }
  }

  private static void record(Path file, String[] args) throws Exception {
    Thread main = Thread.currentThread();
    Map<String, Integer> stacks = new HashMap<>();
    Thread sampler = new Thread(() -> {
      while (true) {
        StackTraceElement[] stack = main.getStackTrace();
        if (stack.length > 0) {
          StringBuilder collapsed = new StringBuilder();
          for (int i = stack.length - 1; i >= 0; i--) {
            collapsed.append(stack[i].getClassName()).append('.').append(stack[i].getMethodName()).append(';');
          }
          synchronized (stacks) {
            stacks.merge(collapsed.toString(), 1, Integer::sum);
          }
        }
        try {
          TimeUnit.MICROSECONDS.sleep(500);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }, "startup-profile");
    sampler.setDaemon(true);
    // Main ends the JVM with System.exit: the stacks are written as it ends.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sampler.interrupt();
      StringBuilder out = new StringBuilder();
      synchronized (stacks) {
        stacks.forEach((stack, count) -> out.append(count).append(' ').append(stack).append('\n'));
      }
      try {
        Files.writeString(file, out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
    sampler.start();
    try {
      Class.forName("dev.progetto.cli.Main").getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  static void report(Path file, PrintStream out) throws IOException {
    Map<String, Integer> phases = new LinkedHashMap<>();
    Map<String, Integer> linking = new LinkedHashMap<>();
    Map<String, Integer> selfByPackage = new HashMap<>();
    int total = 0;
    int linked = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      if (space < 0) {
        continue;
      }
      int count = Integer.parseInt(line.substring(0, space));
      String[] frames = line.substring(space + 1).split(";");
      total += count;
      phases.merge(phase(frames), count, Integer::sum);
      String top = frames[frames.length - 1];
      selfByPackage.merge(owner(top), count, Integer::sum);
      if (isLinking(frames)) {
        linked += count;
        linking.merge(phase(frames), count, Integer::sum);
      }
    }
    out.printf(Locale.ROOT, "%d samples%n%nBy phase (share of the samples; of which linking lambdas and method references):%n", total);
    for (Map.Entry<String, Integer> phase : sorted(phases)) {
      out.printf(Locale.ROOT, "  %5.1f%%  %s (linking: %.1f%%)%n", 100.0 * phase.getValue() / total, phase.getKey(),
          100.0 * linking.getOrDefault(phase.getKey(), 0) / total);
    }
    out.printf(Locale.ROOT, "%nLinking invokedynamic call sites and method handle constants, in all phases: %.1f%%%n",
        100.0 * linked / total);
    out.printf(Locale.ROOT, "%nBy the code running (the top frame's owner):%n");
    for (Map.Entry<String, Integer> owner : sorted(selfByPackage).subList(0, Math.min(12, selfByPackage.size()))) {
      out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * owner.getValue() / total, owner.getKey());
    }
  }

  private static String phase(String[] frames) {
    for (int i = frames.length - 1; i >= 0; i--) {
      String phase = PHASES.get(frames[i]);
      if (phase != null) {
        return phase;
      }
    }
    return "the rest: starting Main, the JVM's exit, the sampler's own start";
  }

  private static boolean isLinking(String[] frames) {
    for (String frame : frames) {
      if (frame.startsWith("java.lang.invoke.MethodHandleNatives.link")) {
        return true;
      }
    }
    return false;
  }

  /** The owner of a frame: progetto's module, a library, or the JDK. */
  private static String owner(String frame) {
    String[][] owners = {
      {"dev.progetto.cli.", "progetto command line"}, {"dev.progetto.io.", "progetto reader"},
      {"dev.progetto.validation.", "progetto rules"}, {"dev.progetto.model.", "progetto model"},
      {"picocli.", "picocli"}, {"org.yaml.snakeyaml.", "SnakeYAML"}, {"com.fasterxml.jackson.", "Jackson"},
      {"java.lang.invoke.", "JDK: java.lang.invoke"}, {"java.lang.reflect.", "JDK: reflection"},
      {"sun.reflect.", "JDK: reflection"}, {"jdk.internal.reflect.", "JDK: reflection"},
      {"jdk.internal.org.objectweb.asm.", "JDK: class generation (proxies)"}, {"java.lang.ClassLoader", "JDK: class loading"},
      {"jdk.internal.loader.", "JDK: class loading"}, {"java.util.regex.", "JDK: regular expressions"},
    };
    for (String[] owner : owners) {
      if (frame.startsWith(owner[0])) {
        return owner[1];
      }
    }
    return "JDK: other";
  }

  private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    return entries;
  }
}
