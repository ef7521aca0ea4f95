package dev.progetto.cli;

import dev.progetto.report.ReportSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as an xlsx workbook: one sheet per table of {@link ReportSheet}, the headline
 * figures first, each with a bold heading row kept in view, numbers as numeric cells and texts
 * written in their cells (no shared-string table that grows with the workbook). FastExcel streams
 * the rows out.
 */
final class ReportWorkbook {

  /** The longest text a cell holds. */
  static final int MAX_TEXT = 32_767;
  /** Characters a sheet's name may not have. */
  private static final String FORBIDDEN = "[]:*?/\\";

  private ReportWorkbook() {}

  static void write(List<ReportSheet> sheets, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "progetto", null);
    Set<String> names = new HashSet<>();
    for (ReportSheet sheet : sheets) {
      Worksheet worksheet = workbook.newWorksheet(unique(sheetName(sheet.name()), names));
      for (int c = 0; c < sheet.headings().size(); c++) {
        worksheet.value(0, c, sheet.headings().get(c));
        worksheet.style(0, c).bold().set();
        worksheet.width(c, Math.min(60, Math.max(10, sheet.headings().get(c).length() + 2)));
      }
      worksheet.freezePane(0, 1);
      int r = 1;
      for (List<Object> row : sheet.rows()) {
        for (int c = 0; c < row.size(); c++) {
          Object cell = row.get(c);
          if (cell instanceof BigDecimal || cell instanceof Integer) {
            worksheet.value(r, c, (Number) cell);
          } else if (!cell.toString().isEmpty()) {
            // control characters as OOXML escapes, not dropped
            worksheet.inlineString(r, c, dev.progetto.tabular.TabularMapper.cellText(fitted(cell.toString())));
          }
        }
        r++;
        if (r % 10_000 == 0) {
          worksheet.flush();
        }
      }
      worksheet.finish();
    }
    workbook.finish();
  }

  /** A text as a cell holds it: past 32,767 characters (a long list of project ids), cut with an ellipsis. */
  static String fitted(String text) {
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    int end = MAX_TEXT - 2;
    if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + " …";
  }

  /** A name a spreadsheet takes: no {@code []:*?/\}, not blank, at most 31 characters. */
  static String sheetName(String name) {
    StringBuilder clean = new StringBuilder();
    for (int i = 0; i < name.length() && clean.length() < 31; i++) {
      char c = name.charAt(i);
      clean.append(FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) ? '-' : c);
    }
    String trimmed = clean.toString().strip();
    return trimmed.isEmpty() || trimmed.startsWith("'") ? "sheet" + trimmed : trimmed;
  }

  /** The name, or the name with a number after it when an earlier sheet has it (names compare in any case). */
  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
    }
    return candidate;
  }
}
