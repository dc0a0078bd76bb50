package com.followup.web.importing;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every kind of import the application has, by name. */
@Component
class ImportKinds {

    private final Map<String, ImportKind<?>> byName;

    ImportKinds(List<ImportKind<?>> kinds) {
        this.byName = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity()));
    }

    Optional<ImportKind<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
