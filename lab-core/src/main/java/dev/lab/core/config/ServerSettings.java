package dev.lab.core.config;

import dev.lab.api.model.Doc;
import java.util.Objects;

/**
 * Where Lab is reached and where it listens.
 *
 * @param url the public base URL machines use to reach Lab
 * @param listen the address and port Lab's HTTP server binds
 */
@Doc("Lab's public URL and listen address.")
public record ServerSettings(
    @Doc(value = "Public base URL machines use to reach Lab.", required = true,
        example = "http://lab.example:8080/") String url,
    @Doc(value = "Address and port to listen on.", defaultValue = "0.0.0.0:8080") String listen) {

  public ServerSettings {
    Objects.requireNonNull(url, "url");
    listen = listen == null ? "0.0.0.0:8080" : listen;
  }
}
