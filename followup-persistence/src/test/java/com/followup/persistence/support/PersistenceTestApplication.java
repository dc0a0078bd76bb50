package com.followup.persistence.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import java.time.Clock;
import java.time.Duration;

@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("com.followup.persistence")
@EntityScan("com.followup.persistence")
@EnableJpaRepositories("com.followup.persistence")
class PersistenceTestApplication {

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemDefaultZone(), Duration.ofNanos(1_000));
    }
}
