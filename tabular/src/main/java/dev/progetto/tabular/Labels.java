package dev.progetto.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Italian labels of the columns, made from the labels of the parts of their headers. */
final class Labels {

  private static final Properties ITALIAN = load();

  private Labels() {}

  private static Properties load() {
    Properties labels = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("labels_it.properties")) {
      labels.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return labels;
  }

  /**
   * The Italian label of a column of a sheet: its own when the labels give one as
   * {@code <sheet>.<header>} (the {@code kind} of {@code BudgetFunding} is a kind of funding, that
   * of {@code Document} a kind of document), else the label of its header.
   */
  static String italian(String sheet, String header) {
    String own = ITALIAN.getProperty(sheet + "." + header);
    return own != null ? own : italian(header);
  }

  /**
   * Whether a text is the Italian label of a column of a sheet: its label, or the label of its
   * header that workbooks written before the sheet had a label of its own show.
   */
  static boolean isLabel(String sheet, String header, String text) {
    return text.equals(italian(sheet, header)) || text.equals(italian(header));
  }

  /** The Italian label of a header: {@code period.start} is "Periodo – inizio", {@code title@en} "Titolo (en)". */
  static String italian(String header) {
    if (header.startsWith("@")) {
      return ITALIAN.getProperty(header, header);
    }
    int at = header.lastIndexOf('@');
    if (at > 0) {
      return italian(header.substring(0, at)) + " (" + header.substring(at + 1) + ")";
    }
    StringBuilder label = new StringBuilder();
    for (String part : header.split("\\.", -1)) {
      String text = ITALIAN.getProperty(part, part);
      if (label.length() == 0) {
        label.append(text);
      } else {
        label.append(" – ").append(text);
      }
    }
    return label.toString();
  }
}
