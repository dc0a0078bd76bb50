package com.followup.persistence.support;

import com.followup.persistence.testing.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A persistence test: the real storage adapters on a real PostgreSQL database of the test's own. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface PersistenceTest {
}
