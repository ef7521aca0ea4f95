/** Small programs that show how to embed progetto; each one screen long and run by the tests. */
package dev.progetto.examples;
