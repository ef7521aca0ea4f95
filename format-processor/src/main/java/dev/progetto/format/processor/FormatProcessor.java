package dev.progetto.format.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Generates the code of progetto-io that follows from the model's types: the field enums, the
 * reader's dispatch, the writer and the description of the format's types.
 *
 * <p>It runs on the one class of io annotated {@code @Format}, whose attributes name the document
 * types and the few places where the wire is not what the model's getters say. Every other fact
 * comes from the model: a type's fields are its getters ({@code getX()}, {@code isX()}; abstract
 * or {@code @Value.Default}) in the order they are declared, a field's wire name is its
 * attribute's name, its requiredness follows its Java type ({@code Optional}, a list, a map or a
 * default value make it optional), and the object types are the Immutables types reachable from
 * the documents. What the model does not decide (how a text, an amount or an id is read) is a
 * hook of the generated abstract classes that io implements by hand, so that a new kind of value
 * does not compile until it is read and written.
 */
@SupportedAnnotationTypes(FormatProcessor.FORMAT)
public final class FormatProcessor extends AbstractProcessor {

  static final String FORMAT = "dev.progetto.io.internal.Format";
  private static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  private static final String DEFAULT = "org.immutables.value.Value.Default";
  private static final String CODED = "dev.progetto.model.Coded";

  /** How a field holds its values. */
  enum Shape {
    /** Exactly one value, required. */
    ONE,
    /** One value or none ({@code Optional}). */
    OPTIONAL,
    /** One value, with a default when the file gives none. */
    DEFAULTED,
    /** A list of values, empty when absent. */
    LIST,
    /** A map from key to value, empty when absent. */
    MAP
  }

  /** How one value of a field is read and written. */
  enum Kind {
    /** An object type of the format, read and written by generated code. */
    OBJECT,
    /** A code of a {@code Coded} enum. */
    CODE,
    /** A value read and written by a hook of io, named by its type. */
    VALUE,
    /** A field read and written by a hook of io, named by its type and field. */
    CUSTOM
  }

  /** One field of an object type. */
  record Field(String getter, String attribute, String wire, Shape shape, Kind kind, String sourceType,
      String valueName, String containerType, String erasure, boolean wireRequired, boolean url, int bit) {}

  /** One object type of the format. */
  record Type(TypeElement element, String name, boolean document, boolean shorthand, List<Field> fields) {}

  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || annotations.isEmpty()) {
      return false;
    }
    for (TypeElement annotation : annotations) {
      for (Element annotated : round.getElementsAnnotatedWith(annotation)) {
        done = true;
        try {
          generate((TypeElement) annotated, mirror(annotated));
        } catch (FormatException e) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.getMessage(), annotated);
        } catch (IOException e) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write: " + e, annotated);
        }
      }
    }
    return true;
  }

  private static AnnotationMirror mirror(Element annotated) {
    for (AnnotationMirror mirror : annotated.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(FORMAT)) {
        return mirror;
      }
    }
    throw new IllegalStateException("no @Format");
  }

  /** A description the processor cannot make sense of, reported on the annotated class. */
  static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    FormatException(String message) {
      super(message, null, false, false);
    }
  }

  // ---- reading the description

  private final Map<String, List<String>> strings = new HashMap<>();
  private final Map<String, List<TypeElement>> classes = new HashMap<>();

  private void readConfiguration(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).entrySet()) {
      String name = entry.getKey().getSimpleName().toString();
      List<String> texts = new ArrayList<>();
      List<TypeElement> types = new ArrayList<>();
      @SuppressWarnings("unchecked")
      List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) entry.getValue().getValue();
      for (AnnotationValue value : values) {
        Object item = value.getValue();
        if (item instanceof TypeMirror type) {
          types.add((TypeElement) ((DeclaredType) type).asElement());
        } else {
          texts.add(item.toString());
        }
      }
      strings.put(name, texts);
      classes.put(name, types);
    }
  }

  private void generate(TypeElement annotated, AnnotationMirror mirror) throws FormatException, IOException {
    readConfiguration(mirror);
    String pkg = ((PackageElement) annotated.getEnclosingElement()).getQualifiedName().toString();
    Set<String> documents = names(classes.get("documents"));
    Set<String> values = names(classes.get("values"));
    Set<String> shorthands = names(classes.get("shorthands"));
    Set<String> header = new HashSet<>(strings.get("header"));
    Set<String> required = new HashSet<>(strings.get("required"));
    Set<String> custom = new HashSet<>(strings.get("custom"));
    Set<String> urls = new HashSet<>(strings.get("urls"));
    Map<String, String> renamed = new HashMap<>();
    for (String rename : strings.get("names")) {
      int equals = rename.indexOf('=');
      renamed.put(rename.substring(0, equals), rename.substring(equals + 1));
    }
    Set<String> used = new HashSet<>();
    Set<String> imports = new java.util.TreeSet<>();

    Map<String, Type> types = new LinkedHashMap<>();
    Deque<TypeElement> pending = new ArrayDeque<>(classes.get("documents"));
    while (!pending.isEmpty()) {
      TypeElement element = pending.removeFirst();
      String name = element.getSimpleName().toString();
      if (types.containsKey(name)) {
        continue;
      }
      boolean document = documents.contains(element.getQualifiedName().toString());
      List<Field> fields = new ArrayList<>();
      int bits = 0;
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() != ElementKind.METHOD) {
          continue;
        }
        ExecutableElement method = (ExecutableElement) member;
        String getter = method.getSimpleName().toString();
        String attribute = attribute(getter);
        boolean isDefault = annotated(method, DEFAULT);
        if (attribute == null || !method.getModifiers().contains(Modifier.PUBLIC)
            || method.getModifiers().contains(Modifier.STATIC) || !method.getParameters().isEmpty()
            || !(method.getModifiers().contains(Modifier.ABSTRACT) || isDefault)
            || (document && header.contains(attribute))) {
          continue;
        }
        String key = name + "." + attribute;
        String wire = renamed.getOrDefault(key, attribute);
        used.add(key);
        TypeMirror type = method.getReturnType();
        Shape shape;
        TypeMirror value = type;
        String container = erasure(type);
        if (container.equals("java.util.Optional")) {
          shape = Shape.OPTIONAL;
          value = ((DeclaredType) type).getTypeArguments().get(0);
        } else if (container.equals("java.util.List")) {
          shape = Shape.LIST;
          value = ((DeclaredType) type).getTypeArguments().get(0);
        } else if (container.equals("java.util.Map")) {
          shape = Shape.MAP;
          value = ((DeclaredType) type).getTypeArguments().get(1);
        } else {
          shape = isDefault ? Shape.DEFAULTED : Shape.ONE;
        }
        Kind kind;
        String sourceType = sourceName(value, imports);
        String valueName = valueName(value);
        String containerType = sourceName(type, imports);
        String erasure = type.getKind().isPrimitive() ? sourceType : sourceName(processingEnv.getTypeUtils().erasure(
            shape == Shape.LIST || shape == Shape.MAP ? type : value), imports);
        if (custom.contains(key)) {
          kind = Kind.CUSTOM;
          valueName = name + capitalise(attribute);
          used.add(key);
        } else if (value.getKind() == TypeKind.DECLARED) {
          TypeElement valueElement = (TypeElement) ((DeclaredType) value).asElement();
          if (!((DeclaredType) value).getTypeArguments().isEmpty()) {
            throw new FormatException(key + ": a " + value + " needs a hook of its own: list it in custom");
          } else if (valueElement.getKind() == ElementKind.ENUM && implementsCoded(valueElement)) {
            kind = Kind.CODE;
          } else if (annotated(valueElement, IMMUTABLE) && !values.contains(valueElement.getQualifiedName().toString())) {
            kind = Kind.OBJECT;
            pending.addLast(valueElement);
          } else {
            kind = Kind.VALUE;
          }
        } else {
          kind = Kind.VALUE;
        }
        boolean wireRequired = shape == Shape.ONE || required.contains(key);
        if (required.contains(key)) {
          used.add(key);
        }
        int bit = 0;
        if (shape == Shape.ONE) {
          bit = 1 << bits++;
        }
        if (urls.contains(key)) {
          used.add(key);
        }
        fields.add(new Field(getter, attribute, wire, shape, kind, sourceType, valueName, containerType, erasure,
            wireRequired, urls.contains(key), bit));
      }
      if (fields.isEmpty()) {
        throw new FormatException(name + " has no fields");
      }
      imports.add(element.getQualifiedName().toString());
      types.put(name, new Type(element, name, document,
          shorthands.contains(element.getQualifiedName().toString()), fields));
    }
    for (String key : renamed.keySet()) {
      if (!used.contains(key)) {
        throw new FormatException("names: no field " + key);
      }
    }
    for (String key : required) {
      if (!used.contains(key)) {
        throw new FormatException("required: no field " + key);
      }
    }
    for (String key : urls) {
      if (!used.contains(key)) {
        throw new FormatException("urls: no field " + key);
      }
    }
    for (String key : custom) {
      if (!used.contains(key)) {
        throw new FormatException("custom: no field " + key);
      }
    }

    List<Type> all = new ArrayList<>(types.values());
    write(pkg, "ObjectFields", Sources.fields(pkg, all));
    write(pkg, "FormatReader", Sources.reader(pkg, all, imports));
    write(pkg, "FormatWriter", Sources.writer(pkg, all, imports));
    write(pkg, "FormatTypes", Sources.types(pkg, all, imports));
    List<String> walked = new ArrayList<>();
    for (TypeElement type : classes.get("walked")) {
      walked.add(type.getSimpleName().toString());
    }
    write(pkg, "FormatWalker", Walkers.text(pkg, types, walked, imports));
  }

  private void write(String pkg, String name, String text) throws IOException {
    try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name).openWriter()) {
      out.write(text);
    }
  }

  private static Set<String> names(List<TypeElement> types) {
    Set<String> names = new HashSet<>();
    for (TypeElement type : types) {
      names.add(type.getQualifiedName().toString());
    }
    return names;
  }

  private static String erasure(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  /**
   * The type as the generated source names it, its top-level class imported: boxed for
   * primitives, nested classes by their outer class ({@code Quantity.Per}).
   */
  private String sourceName(TypeMirror type, Set<String> imports) {
    if (type.getKind().isPrimitive()) {
      return processingEnv.getTypeUtils().boxedClass((javax.lang.model.type.PrimitiveType) type).getSimpleName().toString();
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    DeclaredType declared = (DeclaredType) type;
    StringBuilder name = new StringBuilder();
    Element element = declared.asElement();
    TypeElement top = (TypeElement) element;
    while (element instanceof TypeElement) {
      top = (TypeElement) element;
      name.insert(0, name.length() == 0 ? element.getSimpleName() : element.getSimpleName() + ".");
      element = element.getEnclosingElement();
    }
    String qualified = top.getQualifiedName().toString();
    if (!qualified.startsWith("java.lang.") || qualified.indexOf('.', "java.lang.".length()) >= 0) {
      imports.add(qualified);
    }
    if (!declared.getTypeArguments().isEmpty()) {
      name.append('<');
      for (int i = 0; i < declared.getTypeArguments().size(); i++) {
        name.append(i == 0 ? "" : ", ").append(sourceName(declared.getTypeArguments().get(i), imports));
      }
      name.append('>');
    }
    return name.toString();
  }

  /** The name of a value's hooks: its class's simple name, with its enclosing classes' names before it. */
  private String valueName(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return processingEnv.getTypeUtils().boxedClass((javax.lang.model.type.PrimitiveType) type).getSimpleName().toString();
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    StringBuilder name = new StringBuilder();
    Element element = ((DeclaredType) type).asElement();
    while (element instanceof TypeElement) {
      name.insert(0, element.getSimpleName());
      element = element.getEnclosingElement();
    }
    return name.toString();
  }

  private boolean implementsCoded(TypeElement element) {
    for (TypeMirror implemented : element.getInterfaces()) {
      if (erasure(implemented).equals(CODED)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an element carries an annotation. Immutables' annotations are compared by name: they
   * are on the processor path, not on the class path of the module being compiled, so javac
   * knows them only by the binary name in the model's class files ({@code Value$Default}).
   */
  private static boolean annotated(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().toString().replace('$', '.').equals(annotation)) {
        return true;
      }
    }
    return false;
  }

  /** The attribute of a getter ({@code getShortName} is {@code shortName}), or null when it is none. */
  static String attribute(String getter) {
    int prefix;
    if (getter.startsWith("get") && getter.length() > 3 && Character.isUpperCase(getter.charAt(3))) {
      prefix = 3;
    } else if (getter.startsWith("is") && getter.length() > 2 && Character.isUpperCase(getter.charAt(2))) {
      prefix = 2;
    } else {
      return null;
    }
    return Character.toLowerCase(getter.charAt(prefix)) + getter.substring(prefix + 1);
  }

  static String capitalise(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String decapitalise(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code shortName} as a constant: {@code SHORT_NAME}. */
  static String constant(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
