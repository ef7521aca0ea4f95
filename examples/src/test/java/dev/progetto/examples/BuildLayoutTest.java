package dev.progetto.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a build installs and deploys, and the licence files: the published modules carry their
 * sources and Javadoc into the local repository; examples, benchmarks and integration tests are
 * built and tested but never installed nor deployed.
 */
class BuildLayoutTest {

  private static final Path ROOT = Path.of("..");

  private static Element pom(String module) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(ROOT.resolve(module).resolve("pom.xml").toFile()).getDocumentElement();
  }

  private static Map<String, String> properties(Element pom) {
    Map<String, String> properties = new HashMap<>();
    NodeList blocks = pom.getElementsByTagName("properties");
    for (int b = 0; b < blocks.getLength(); b++) {
      if (blocks.item(b).getParentNode() != pom) {
        continue;
      }
      NodeList children = blocks.item(b).getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element property) {
          properties.put(property.getTagName(), property.getTextContent().trim());
        }
      }
    }
    return properties;
  }

  /** The goals the parent runs in every build, by plugin, outside any profile. */
  private static List<String> defaultGoals(Element parent) {
    List<String> goals = new ArrayList<>();
    Element build = (Element) parent.getElementsByTagName("build").item(0);
    NodeList plugins = build.getChildNodes();
    for (int i = 0; i < plugins.getLength(); i++) {
      if (plugins.item(i) instanceof Element section && section.getTagName().equals("plugins")) {
        NodeList list = section.getElementsByTagName("plugin");
        for (int p = 0; p < list.getLength(); p++) {
          Element plugin = (Element) list.item(p);
          String artifact = plugin.getElementsByTagName("artifactId").item(0).getTextContent().trim();
          NodeList goalList = plugin.getElementsByTagName("goal");
          for (int g = 0; g < goalList.getLength(); g++) {
            goals.add(artifact + ":" + goalList.item(g).getTextContent().trim());
          }
        }
      }
    }
    return goals;
  }

  @Test
  void everyBuildAttachesSourcesAndJavadoc() throws Exception {
    Element parent = pom(".");

    assertThat(defaultGoals(parent)).contains("maven-source-plugin:jar-no-fork", "maven-javadoc-plugin:jar");
    assertThat(properties(parent)).containsEntry("maven.install.skip", "false").containsEntry("maven.deploy.skip", "false")
        .containsEntry("maven.source.skip", "false").containsEntry("maven.javadoc.skip", "false");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bom", "model", "io", "validation", "report", "cli"})
  void publishedModulesAreInstalledAndDeployed(String module) throws Exception {
    assertThat(properties(pom(module))).doesNotContainKeys("maven.install.skip", "maven.deploy.skip", "maven.source.skip",
        "maven.javadoc.skip");
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples", "benchmarks", "it/jpms", "it/consumer"})
  void theRestIsNeitherInstalledNorDeployed(String module) throws Exception {
    assertThat(properties(pom(module))).containsEntry("maven.install.skip", "true").containsEntry("maven.deploy.skip", "true")
        .containsEntry("maven.source.skip", "true").containsEntry("maven.javadoc.skip", "true");
  }

  @Test
  void theLicenceIsAtTheRoot() throws Exception {
    String licence = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);

    assertThat(licence).startsWith("\n                                 Apache License\n                           Version 2.0, January 2004")
        .contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", "END OF TERMS AND CONDITIONS",
            "APPENDIX: How to apply the Apache License to your work.");
    assertThat(licence.lines().count()).isGreaterThan(190);
    assertThat(Files.readString(ROOT.resolve("NOTICE"), StandardCharsets.UTF_8)).startsWith("progetto\n");
  }

  /** The modules whose tests run Jazzer keep its per-class logging out of the build's output. */
  @ParameterizedTest
  @ValueSource(strings = {"io", "validation"})
  void fuzzTestsLogToFilesNotToTheBuild(String module) throws Exception {
    Element pom = pom(module);
    String text = Files.readString(ROOT.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);

    assertThat(text).contains("jazzer-junit");
    assertThat(pom.getElementsByTagName("redirectTestOutputToFile").item(0).getTextContent().trim()).isEqualTo("true");
  }

  /** Resources that several bundled jars have are replaced by progetto's, so shading warns of no overlap. */
  @Test
  void theExecutableJarHasOneLicenceAndOneNotice() throws Exception {
    Element cli = pom("cli");
    List<String> excludes = new ArrayList<>();
    NodeList list = cli.getElementsByTagName("exclude");
    for (int i = 0; i < list.getLength(); i++) {
      excludes.add(list.item(i).getTextContent().trim());
    }
    List<String> included = new ArrayList<>();
    NodeList resources = cli.getElementsByTagName("resource");
    for (int i = 0; i < resources.getLength(); i++) {
      included.add(resources.item(i).getTextContent().trim());
    }

    assertThat(excludes).contains("META-INF/LICENSE", "META-INF/NOTICE");
    assertThat(included).contains("META-INF/LICENSE", "META-INF/NOTICE");
  }

  /** SLF4J, which the tests' JSON Schema validator logs through, says nothing of its missing provider. */
  @Test
  void testsRunWithoutSlf4jNotices() throws Exception {
    NodeList verbosity = pom(".").getElementsByTagName("slf4j.internal.verbosity");

    assertThat(verbosity.getLength()).isEqualTo(1);
    assertThat(verbosity.item(0).getTextContent().trim()).isEqualTo("ERROR");
  }
}
