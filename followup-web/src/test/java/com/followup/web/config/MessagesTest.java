package com.followup.web.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Spanish say the same things, and no message is defined twice (the second would silently win). */
class MessagesTest {

    @Test
    void every_message_exists_in_both_languages() throws IOException {
        for (String bundle : new String[]{"messages", "rules"}) {
            assertThat(load(bundle + "_es").stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(load(bundle).stringPropertyNames());
        }
    }

    @Test
    void no_message_is_defined_in_two_bundles() throws IOException {
        Set<String> shared = new HashSet<>(load("messages").stringPropertyNames());
        shared.retainAll(load("rules").stringPropertyNames());

        assertThat(shared).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(in);
        }
        return properties;
    }
}
