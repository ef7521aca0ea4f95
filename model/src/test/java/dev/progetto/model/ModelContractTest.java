package dev.progetto.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every model type promises: nothing generated is public, no getter returns null, nothing is mutable. */
class ModelContractTest {

  private static List<Class<?>> modelClasses() throws IOException, ClassNotFoundException {
    Path root = Path.of(Project.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<Class<?>> classes = new ArrayList<>();
    // the API package's own classes, not those of the internal package under it
    try (Stream<Path> files = Files.list(root.resolve("dev/progetto/model"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          classes.add(Class.forName("dev.progetto.model." + name.substring(0, name.length() - 6)));
        }
      }
    }
    return classes;
  }

  @Test
  void noGeneratedTypeIsPublic() throws Exception {
    List<Class<?>> classes = modelClasses();

    assertThat(classes).extracting(Class::getSimpleName).contains("ImmutableProject", "Project");
    for (Class<?> type : classes) {
      if (type.getSimpleName().startsWith("Immutable") || type.getSimpleName().startsWith("With")) {
        assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isFalse();
      }
    }
  }

  @Test
  void publicValueTypesHaveNoPublicConstructor() throws Exception {
    for (Class<?> type : modelClasses()) {
      if (Modifier.isPublic(type.getModifiers()) && !type.isInterface() && !type.isEnum() && !type.isRecord()) {
        assertThat(type.getConstructors()).as(type.getName()).isEmpty();
      }
    }
  }

  @Test
  void noGetterOfAFullProjectOrAnEmptyOneReturnsNull() throws Exception {
    Project full = SeedProjects.femminiliPluraliFase2();
    Project empty = Project.builder().id(ProjectId.of("x")).title(LocalizedText.italian("x")).build();

    for (Object value : List.of(full, empty, SeedProjects.impactUmbria())) {
      assertGettersNeverNull(value, 0);
    }
  }

  private static void assertGettersNeverNull(Object value, int depth) throws Exception {
    if (depth > 6 || !value.getClass().getPackageName().equals("dev.progetto.model")) {
      return;
    }
    for (Method method : value.getClass().getMethods()) {
      boolean getter = method.getParameterCount() == 0 && Modifier.isPublic(method.getDeclaringClass().getModifiers())
          && (method.getName().startsWith("get") || method.getName().startsWith("is"))
          && !method.getName().equals("getClass");
      if (!getter) {
        continue;
      }
      Object result = method.invoke(value);
      assertThat(result).as(value.getClass().getSimpleName() + "." + method.getName()).isNotNull();
      if (result instanceof Collection<?>) {
        for (Object item : (Collection<?>) result) {
          assertGettersNeverNull(item, depth + 1);
        }
      } else if (result instanceof java.util.Optional<?> optional && optional.isPresent()) {
        assertGettersNeverNull(optional.get(), depth + 1);
      } else {
        assertGettersNeverNull(result, depth + 1);
      }
    }
  }

  @Test
  void collectionsAreUnmodifiable() {
    Project project = SeedProjects.femminiliPluraliFase2();

    assertThatThrownBy(() -> project.getParticipants().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> project.getTargetGroups().get(0).getComposition().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> project.partners().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> project.countries().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> project.getTitle().asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void buildersCopyTheirInput() {
    List<Participant> participants = new ArrayList<>(List.of(Participant.of("a", Role.LEAD)));
    Project project = Project.builder().id(ProjectId.of("p")).title(LocalizedText.italian("p")).participants(participants).build();
    participants.add(Participant.of("b", Role.PARTNER));

    assertThat(project.getParticipants()).hasSize(1);
  }

  @Test
  void equalValuesAreEqual() {
    assertThat(SeedProjects.impactUmbria()).isEqualTo(SeedProjects.impactUmbria())
        .hasSameHashCodeAs(SeedProjects.impactUmbria());
    assertThat(SeedProjects.impactUmbria()).isNotEqualTo(SeedProjects.femminiliPluraliFase2());
  }

  @Test
  void onlyIdentityIsMandatory() {
    assertThatThrownBy(() -> Project.builder().id(ProjectId.of("x")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("title");
    assertThatThrownBy(() -> Organisation.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("id");
    assertThat(Organisation.builder().id(OrganisationId.of("o")).build().displayName()).isEqualTo("o");
  }

  @Test
  void extensionsAndParametersAreDeepCopiesOfJsonData() {
    List<Object> list = new ArrayList<>(List.of(1, "two"));
    Extensions extensions = Extensions.of(Map.of("acme", Map.of("codes", list, "rate", 0.5, "on", true)));
    list.add("three");

    @SuppressWarnings("unchecked")
    Map<String, Object> acme = (Map<String, Object>) extensions.get("acme").orElseThrow();
    assertThat((List<?>) acme.get("codes")).isEqualTo(List.of(BigDecimal.ONE, "two"));
    assertThat(acme.get("rate")).isEqualTo(new BigDecimal("0.5"));
    assertThatThrownBy(() -> acme.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Extensions.of(Map.of("bad", new Object()))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extensions.of(Map.of("nan", Double.NaN))).isInstanceOf(IllegalArgumentException.class);

    Parameters parameters = Parameters.of(Map.of("min", 3, "values", List.of(120000, 250000), "from", "2024-09-01", "allowed", List.of("eu", "NO")));
    assertThat(parameters.getInteger("min")).contains(3);
    assertThat(parameters.getDecimals("values")).contains(List.of(BigDecimal.valueOf(120000), BigDecimal.valueOf(250000)));
    assertThat(parameters.getDate("from")).contains(PartialDate.of(2024, 9, 1));
    assertThat(parameters.getStrings("allowed")).contains(List.of("eu", "NO"));
    assertThat(parameters.getInteger("from")).isEmpty();
    assertThat(parameters.overriddenBy(Parameters.of(Map.of("min", 4))).getInteger("min")).contains(4);
  }
}
