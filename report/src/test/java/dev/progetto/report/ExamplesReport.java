package dev.progetto.report;

import dev.progetto.io.ProgettoMapper;
import dev.progetto.model.Document;
import dev.progetto.model.Portfolio;
import dev.progetto.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The report of examples/data, as the command line makes it. */
final class ExamplesReport {

  static final Path EXAMPLES = Path.of("..", "examples", "data");

  private ExamplesReport() {}

  static PortfolioReport of(Locale locale) throws IOException {
    ProgettoMapper mapper = ProgettoMapper.builder().lenient(true).build();
    PortfolioReport.Builder report = PortfolioReport.builder(locale);
    List<Path> files;
    try (Stream<Path> listing = Files.list(EXAMPLES)) {
      // the JSON and YAML files, as a directory is searched (the workbook there is the seed portfolio again)
      files = listing.filter(f -> dev.progetto.io.Syntax.fromPath(f).isPresent()).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      Document document = mapper.read(file).getDocument().orElseThrow(() -> new AssertionError(file + " does not read"));
      if (document instanceof Portfolio) {
        ((Portfolio) document).standaloneProjects().forEach(report::add);
      } else {
        report.add((Project) document);
      }
    }
    return report.build();
  }

  static String html(Locale locale) throws IOException {
    StringBuilder page = new StringBuilder();
    ReportRenderer.render(of(locale), ReportFormat.HTML, page);
    return page.toString();
  }
}
