package org.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.progetto.validation.ValidationReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValidateFileTest {

  @Test
  void validatesAnExampleThroughThePublishedArtifacts() throws Exception {
    ValidationReport report = ValidateFile.validate(Path.of(System.getProperty("examples"), "femminili-plurali-fase-2.json"));

    assertTrue(report.isValid());
    assertEquals("participants.lead", report.getIssues().get(report.getIssues().size() - 1).getRule());
  }
}
