/**
 * The progetto command line, built with picocli: {@code validate}, {@code convert},
 * {@code schema}, {@code calls}, {@code rules} and {@code report}. Run it as
 * {@code java -jar progetto.jar} or through the {@code ./progetto} launcher; embed it with
 * {@link dev.progetto.cli.Main#commandLine()}.
 */
@NullMarked
package dev.progetto.cli;

import org.jspecify.annotations.NullMarked;
