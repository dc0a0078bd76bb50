package com.followup.web.support;

import com.followup.persistence.testing.MigratedDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A web test: the whole application with MockMvc, on a PostgreSQL database of its own.
 * Every web test uses exactly this configuration so that they all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "followup.jobs.enabled=false")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = MigratedDatabaseInitializer.class)
@Import({People.class, RuleMother.class, SqlStatements.class, LeadMother.class})
public @interface FollowupWebTest {
}
