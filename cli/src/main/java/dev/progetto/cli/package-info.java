/**
 * The progetto command line, built with picocli: {@code validate}, {@code convert},
 * {@code schema}, {@code calls}, {@code rules}, {@code report} and {@code serve}. Run it as
 * {@code java -jar progetto.jar} or through the {@code ./progetto} launcher; embed it with
 * {@link dev.progetto.cli.Main#commandLine()}.
 */
@NullMarked
package dev.progetto.cli;

import org.jspecify.annotations.NullMarked;
