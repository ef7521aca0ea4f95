# The web validator as a container image: `progetto serve` on port 8080 of every interface of
# the container (publish it on the host's loopback, or behind a reverse proxy; docs/server.md).
#   docker build -t progetto-server .
#   docker run --rm -p 127.0.0.1:8080:8080 progetto-server
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --no-create-home --uid 10001 progetto
COPY --from=build /src/cli/target/progetto.jar /opt/progetto/progetto.jar
COPY LICENSE NOTICE /opt/progetto/
# Nothing is written anywhere: the working directory is empty and not writable.
WORKDIR /srv
USER progetto
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/progetto/progetto.jar", "serve", "--host", "0.0.0.0", "--port", "8080"]
