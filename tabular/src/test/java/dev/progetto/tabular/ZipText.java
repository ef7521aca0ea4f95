package dev.progetto.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The text of every entry of a workbook's archive, one after the other. */
final class ZipText {

  private ZipText() {}

  static String all(byte[] workbook) throws IOException {
    StringBuilder text = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }
}
