package dev.progetto.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters of a query string or of a URL-encoded form; the first value of a name wins. */
final class Query {

  private Query() {}

  static Map<String, String> parse(String raw) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        parameters.putIfAbsent(name, value);
      } catch (IllegalArgumentException malformed) {
        throw new BadRequest("error.query");
      }
    }
    return parameters;
  }
}
