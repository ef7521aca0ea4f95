package dev.progetto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public API of each published library module, written down in {@code docs/api/} where a
 * reviewer sees every change: each public type of an exported package with its public
 * constructors, methods and fields, those inherited from progetto's own types included (not
 * those of the JDK's or Jackson's types it extends). The test fails when the build's API
 * differs from the listing; {@code -Dprogetto.updateDocs=true} writes it anew.
 */
class PublicApiTest {

  @ParameterizedTest
  @ValueSource(strings = {"model", "io", "validation", "report", "jackson", "jackson3", "server", "tabular"})
  void theListingIsTheBuildsApi(String module) throws Exception {
    String listing = listing(Path.of("..", module, "target", "classes"));
    Path file = Path.of("..", "docs", "api", "progetto-" + module + ".txt");
    if (Boolean.getBoolean("progetto.updateDocs")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, listing, StandardCharsets.UTF_8);
    }
    assertThat(listing).as("%s is stale: regenerate it with ./mvnw -pl cli -am test -Dtest=PublicApiTest "
        + "-Dsurefire.failIfNoSpecifiedTests=false -Dprogetto.updateDocs=true", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static String listing(Path classes) throws IOException, ClassNotFoundException {
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.map(classes::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.equals("module-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .filter(name -> !name.contains(".internal.") && !name.endsWith(".internal"))
          .sorted().collect(Collectors.toList());
    }
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
      if (!isVisible(type)) {
        continue;
      }
      out.append(describe(type)).append('\n');
      Set<String> members = new TreeSet<>();
      for (Constructor<?> constructor : type.getConstructors()) {
        members.add("  " + type.getSimpleName() + parameters(constructor.getGenericParameterTypes()));
      }
      for (Method method : type.getMethods()) {
        // What other types declare (the JDK's Object, Throwable, Enum, Record; Jackson's SimpleModule
        // and its exceptions) is theirs, not ours: their API changes with their versions.
        if (!method.getDeclaringClass().getName().startsWith("dev.progetto.")
            || ((method.isSynthetic() || method.isBridge()) && !isVisibilityBridge(type, method))) {
          continue;
        }
        members.add("  " + (Modifier.isStatic(method.getModifiers()) ? "static " : "") + name(method.getGenericReturnType())
            + " " + method.getName() + parameters(method.getGenericParameterTypes()));
      }
      for (Field field : type.getFields()) {
        members.add("  " + (Modifier.isStatic(field.getModifiers()) ? "static " : "") + name(field.getGenericType()) + " "
            + field.getName());
      }
      members.forEach(member -> out.append(member).append('\n'));
    }
    return out.toString();
  }

  /** A public type whose enclosing types are public too. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
      if (!Modifier.isPublic(at.getModifiers()) || at.isAnonymousClass() || at.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static String describe(Class<?> type) {
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : type.isRecord() ? "record" : (Modifier.isAbstract(type.getModifiers()) ? "abstract class" : "class");
    StringBuilder line = new StringBuilder(kind).append(' ').append(type.getName());
    if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum() && !type.isRecord()
        && Modifier.isPublic(type.getSuperclass().getModifiers())) {
      line.append(" extends ").append(name(type.getGenericSuperclass()));
    }
    List<String> interfaces = new ArrayList<>();
    for (Type implemented : type.getGenericInterfaces()) {
      Class<?> raw = implemented instanceof Class<?> ? (Class<?>) implemented
          : (Class<?>) ((java.lang.reflect.ParameterizedType) implemented).getRawType();
      if (Modifier.isPublic(raw.getModifiers())) {
        interfaces.add(name(implemented));
      }
    }
    if (!interfaces.isEmpty()) {
      line.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    return line.toString();
  }

  private static String parameters(Type[] types) {
    return Arrays.stream(types).map(PublicApiTest::name).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String name(Type type) {
    return type.getTypeName();
  }

  /**
   * Whether a bridge makes public a method of a superclass that is not (Extensions and Parameters
   * answer get, asMap and isEmpty so): API of the public type, which javac declares in it as a
   * bridge. A bridge that stands for a method beside it (a covariant return, or the erasure of a
   * generic one such as {@code compareTo(Object)}) is not.
   */
  private static boolean isVisibilityBridge(Class<?> type, Method bridge) {
    for (Method other : type.getMethods()) {
      if (other != bridge && !other.isBridge() && other.getName().equals(bridge.getName())
          && other.getParameterCount() == bridge.getParameterCount() && assignable(bridge.getParameterTypes(), other.getParameterTypes())) {
        return false;
      }
    }
    return bridge.isBridge();
  }

  /** Whether each of the bridge's parameter types takes the other's. */
  private static boolean assignable(Class<?>[] bridge, Class<?>[] other) {
    for (int i = 0; i < bridge.length; i++) {
      if (!bridge[i].isAssignableFrom(other[i])) {
        return false;
      }
    }
    return true;
  }
}
