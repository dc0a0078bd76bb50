package com.followup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/** Scans com.followup, so the storage adapters found on the runtime class path are picked up too. */
@SpringBootApplication
public class FollowupApplication {

    public static void main(String[] args) {
        SpringApplication.run(FollowupApplication.class, args);
    }

    /** The company's clock: its zone decides days and weeks; it ticks in microseconds, as PostgreSQL stores them. */
    @Bean
    Clock clock(@Value("${followup.company-zone:}") String companyZone) {
        ZoneId zone = companyZone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(companyZone);
        return Clock.tick(Clock.system(zone), Duration.ofNanos(1_000));
    }
}
