package dev.progetto.tabular;

import dev.progetto.io.SourceLocation;
import dev.progetto.io.SourceMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a document read from a workbook stands: the cell of a JSON Pointer, or of its
 * nearest ancestor that has one (a row for an object, a cell for an item of its list or a part of
 * its amount). Pointers into the model are turned into pointers into the read tree by the source
 * map of the JSON reader, which knows the items it left out.
 */
final class CellMap implements SourceMap {

  private final Map<String, SourceLocation> cells;
  private final SourceMap tree;

  CellMap(Map<String, SourceLocation> cells, SourceMap tree) {
    this.cells = Map.copyOf(cells);
    this.tree = tree;
  }

  @Override
  public Optional<SourceLocation> locate(String pointer) {
    String at = pointer;
    while (true) {
      SourceLocation cell = cells.get(at);
      if (cell != null) {
        return Optional.of(cell);
      }
      if (at.isEmpty()) {
        return Optional.empty();
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  @Override
  public String sourcePointer(String modelPointer) {
    return tree.sourcePointer(modelPointer);
  }
}
