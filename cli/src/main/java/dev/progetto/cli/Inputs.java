package dev.progetto.cli;

import dev.progetto.cli.CliMessages.Text;
import dev.progetto.io.Syntax;
import dev.progetto.tabular.TabularMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The files named on the command line: files as given, directories searched recursively. */
final class Inputs {

  private Inputs() {}

  /**
   * Expands paths into the files to read, stopping at the first path that cannot be read.
   *
   * @throws UserError for a path that does not exist, cannot be read or is not a regular file,
   *     also when found in a directory
   */
  static List<Path> files(List<Path> paths) {
    return files(paths, problem -> {
      throw new UserError(null, problem);
    });
  }

  /**
   * Expands paths into the files to read: a file is taken whatever its extension (an unknown one
   * is reported when read), a directory gives its {@code .json}, {@code .yaml}, {@code .yml} and
   * {@code .jsonl} files in name order, recursively, and itself first when it is a folder of CSV
   * files (it holds a {@code Project.csv}). A file is given once however often it is named. What a directory holds that cannot be read (a
   * file without permission, a FIFO or a device, a symbolic link in a loop or to nothing) goes to
   * {@code problems} and the walk goes on; only regular files are ever read, so that nothing
   * blocks on a pipe or reads a device without end.
   *
   * @throws UserError for a path named on the command line that cannot be read
   */
  static List<Path> files(List<Path> paths, Consumer<Text> problems) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      notEmpty(path);
      if (Files.isDirectory(path)) {
        if (!Files.isReadable(path)) {
          throw new UserError(null, cannotRead(path, PERMISSION_DENIED));
        }
        if (TabularMapper.isSpreadsheet(path)) {
          files.add(path); // a folder of CSV files, one a sheet, is one document; the rest of it is read too
        }
        walk(path, files, problems);
      } else {
        Text problem = problem(path);
        if (problem != null) {
          throw new UserError(null, problem);
        }
        files.add(path);
      }
    }
    return once(files);
  }

  /**
   * Refuses an empty path, which is what {@code "$DIR"} gives when DIR is unset: Java would take
   * it for the working folder.
   */
  static void notEmpty(Path path) {
    if (path.toString().isEmpty()) {
      throw new UserError("cli.path.empty");
    }
  }

  /**
   * The files without repeats, in their first order: a file named twice, or named and found in a
   * directory also named (a shell glob beside its folder), is read once.
   */
  private static List<Path> once(List<Path> files) {
    java.util.Set<Path> seen = new java.util.HashSet<>();
    List<Path> distinct = new ArrayList<>(files.size());
    for (Path file : files) {
      Path key;
      try {
        key = file.toRealPath();
      } catch (IOException unresolved) {
        key = file.toAbsolutePath().normalize(); // read and reported as it is
      }
      if (seen.add(key)) {
        distinct.add(file);
      }
    }
    return distinct;
  }

  /** Why a path that is not a directory cannot be read, or null when it is a readable file. */
  static @Nullable Text problem(Path path) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException unreadable) {
      return cannotRead(path, reason(path, unreadable));
    }
    if (!attributes.isRegularFile()) {
      return cannotRead(path, new Text("cli.path.not-regular"));
    }
    if (!Files.isReadable(path)) {
      return cannotRead(path, PERMISSION_DENIED);
    }
    return null;
  }

  private static void walk(Path directory, List<Path> files, Consumer<Text> problems) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(directory, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          if (!dir.equals(directory) && !Files.isReadable(dir)) {
            problems.accept(cannotRead(dir, PERMISSION_DENIED));
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isSymbolicLink() && Files.isDirectory(file)) {
            return FileVisitResult.CONTINUE; // links to directories are not followed
          }
          if (Syntax.fromPath(file).isPresent()) {
            found.add(file);
          } else if (attributes.isSymbolicLink() && !Files.exists(file) && isLoop(file)) {
            problems.accept(cannotRead(file, LOOP)); // a loop may hide a directory
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
          problems.accept(cannotRead(file, reason(file, failure)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException unreadable) {
      throw new UserError(unreadable, cannotRead(directory, reason(directory, unreadable)));
    }
    found.sort(null);
    for (Path file : found) {
      Text problem = problem(file);
      if (problem == null) {
        files.add(file);
      } else {
        problems.accept(problem);
      }
    }
  }

  private static final Text LOOP = new Text("cli.path.loop");
  private static final Text PERMISSION_DENIED = new Text("cli.path.permission-denied");

  /** That a path cannot be read, and why. */
  static Text cannotRead(Path path, Object reason) {
    return new Text("cli.path.cannot-read", path.toString(), reason);
  }

  /**
   * The reason of a failure to read a path, in words: a {@link Text} for the reasons known, the
   * system's own words for the rest.
   */
  static Object reason(Path path, IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return PERMISSION_DENIED;
    }
    if (failure instanceof FileSystemLoopException || isLoop(path)) {
      return LOOP;
    }
    if (failure instanceof NoSuchFileException) {
      return new Text(Files.isSymbolicLink(path) ? "cli.path.dangling-link" : "cli.path.no-such");
    }
    if (failure instanceof FileSystemException && ((FileSystemException) failure).getReason() != null) {
      return ((FileSystemException) failure).getReason();
    }
    return String.valueOf(failure.getMessage());
  }

  private static boolean isLoop(Path path) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) || !Files.isSymbolicLink(path)) {
      return false;
    }
    try {
      path.toRealPath();
      return false;
    } catch (FileSystemException failure) {
      return failure.getReason() != null && failure.getReason().toLowerCase(Locale.ROOT).contains("levels of symbolic links");
    } catch (IOException other) {
      return false;
    }
  }

  /** The syntax of a file, or a usage error naming the extensions that are read. */
  static Syntax syntax(Path file) {
    Optional<Syntax> syntax = Syntax.fromPath(file);
    if (syntax.isEmpty()) {
      throw new UserError("cli.path.syntax", file.toString());
    }
    return syntax.get();
  }

  /** The locale for messages: {@code it} or {@code en}, default from the system locale. */
  static Locale locale(String lang) {
    if (lang != null && !lang.equalsIgnoreCase("it") && !lang.equalsIgnoreCase("en")) {
      throw new UserError("cli.option.lang", lang);
    }
    return CliMessages.language(lang);
  }
}
