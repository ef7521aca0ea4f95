package dev.progetto.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.progetto.model.Project;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A document handed in as text reads as the same document handed in as its UTF-8 bytes. */
class TextInputTest {

  private static final String YAML = String.join("\n",
      "format: 1",
      "kind: project",
      "id: femminili-plurali",
      "title: Comunità e inclusione – Femminili plurali",
      "colour: blue",
      "territory: {municipalities: [{istat: '001164', name: Orbassano}]}",
      "");

  private final ProgettoMapper mapper = ProgettoMapper.standard();

  @Test
  void yamlTextAndItsBytesGiveTheSameDocumentAndIssues() {
    ReadResult<Project> text = mapper.readProject(YAML, Syntax.YAML);
    ReadResult<Project> bytes = mapper.readProject(YAML.getBytes(StandardCharsets.UTF_8), Syntax.YAML);
    assertThat(text.getDocument()).isPresent().isEqualTo(bytes.getDocument());
    assertThat(text.getIssues()).hasSize(1).isEqualTo(bytes.getIssues());
    assertThat(text.getIssues().get(0).getLocation()).contains(new SourceLocation(5, 9));
  }

  @Test
  void aByteOrderMarkIsSkippedInTextAsInBytes() {
    ReadResult<Project> text = mapper.readProject("\uFEFF" + YAML, Syntax.YAML);
    assertThat(text.getDocument().map(p -> p.getId().value())).contains("femminili-plurali");
    assertThat(text.getIssues()).extracting(ReadIssue::getRule).containsExactly("format.unknown-field");
  }

  @Test
  void theSizeLimitCountsTheBytesOfTheText() {
    int bytes = YAML.getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).isGreaterThan(YAML.length());
    ProgettoMapper exact = ProgettoMapper.builder().limits(ReadLimits.defaults().withMaxDocumentBytes(bytes)).build();
    ProgettoMapper tooSmall = ProgettoMapper.builder().limits(ReadLimits.defaults().withMaxDocumentBytes(bytes - 1)).build();
    assertThat(exact.readProject(YAML, Syntax.YAML).getDocument()).isPresent();
    assertThat(tooSmall.readProject(YAML, Syntax.YAML).getIssues()).extracting(ReadIssue::getRule)
        .containsExactly("format.limit");
    assertThat(tooSmall.readProject(YAML.getBytes(StandardCharsets.UTF_8), Syntax.YAML).getIssues())
        .extracting(ReadIssue::getRule).containsExactly("format.limit");
  }
}
