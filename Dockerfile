# Build the jar (tests are CI's business).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl followup-web -am package

# The image that runs: a JRE and the jar, as an unprivileged user. The embedded database (no SPRING_DATASOURCE_URL)
# keeps its files in /app/data; mount a volume there to keep them.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin followup \
    && mkdir -p /app/data && chown followup /app/data
WORKDIR /app
COPY --from=build /src/followup-web/target/followup.jar /app/followup.jar
USER followup
EXPOSE 8080
# liveness over plain bash (the image has no curl): UP while the app answers, whatever the database does
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/followup.jar"]
