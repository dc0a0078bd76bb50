package com.followup.persistence.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("com.followup.persistence")
@EntityScan("com.followup.persistence")
@EnableJpaRepositories("com.followup.persistence")
public class PersistenceTestApplication {

    /** A company west of UTC, so that a day of the company and a day in UTC differ in every test. */
    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    @Bean
    Clock clock() {
        return Clock.tick(Clock.system(ZONE), Duration.ofNanos(1_000));
    }
}
