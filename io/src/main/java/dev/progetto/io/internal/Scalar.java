package dev.progetto.io.internal;

import com.fasterxml.jackson.core.JsonToken;

/** A value kept from the token stream: the token, the text of a scalar and its row. */
final class Scalar implements Value {

  private final JsonToken token;
  private final String text;
  private final int row;

  Scalar(JsonToken token, String text, int row) {
    this.token = token;
    this.text = text;
    this.row = row;
  }

  @Override
  public JsonToken token() {
    return token;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public void skip() {
    // read past when it was captured
  }

  @Override
  public int row() {
    return row;
  }
}
