package com.followup.web.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background jobs run unless followup.jobs.enabled=false (tests call them directly instead). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "followup.jobs.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
