FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/followup-web/target/followup.jar /app/followup.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/followup.jar"]
