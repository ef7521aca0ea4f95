package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.progetto.io.jackson.ProgettoModule;
import dev.progetto.model.Project;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgettoModuleTest {

  @Test
  void anApplicationsObjectMapperReadsAndWritesProjects() throws Exception {
    ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    Project project = ProgettoMapper.standard().readProject(Path.of("src/test/resources/golden/project.yaml"))
        .getDocument().orElseThrow();

    String written = json.writeValueAsString(Map.of("project", project));
    Map<String, Project> back = json.readValue(written, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Project>>() {});

    assertThat(back.get("project")).isEqualTo(project);
    assertThat(written).contains("\"budget\":60000.00");
  }

  @Test
  void errorsBecomeJacksonExceptionsWithTheRule() {
    ObjectMapper json = new ObjectMapper().registerModule(new ProgettoModule());

    assertThatThrownBy(() -> json.readValue("{\"format\": 1, \"kind\": \"project\", \"id\": \"p\", \"title\": \"t\", \"x\": 1}", Project.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("[format.unknown-field] /x");
    assertThatThrownBy(() -> json.readValue("{\"format\": 1, \"kind\": \"call\", \"id\": \"c\"}", Project.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("[format.kind]");
  }
}
