package com.followup.benchmark;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The size and shape of the generated company, from --name=value arguments. */
record GeneratorOptions(String url, String user, String password, int people, int items, int followUps, int days,
                        long seed, LocalDate today, boolean reset, int customers, int saleLines) {

    static GeneratorOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("options look like --items=100000, not " + arg);
            }
            String[] pair = arg.substring(2).split("=", 2);
            given.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        GeneratorOptions options = new GeneratorOptions(
                given.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/followup_bench"),
                given.getOrDefault("user", "postgres"), given.getOrDefault("password", ""),
                Integer.parseInt(given.getOrDefault("people", "200")),
                Integer.parseInt(given.getOrDefault("items", "100000")),
                Integer.parseInt(given.getOrDefault("follow-ups", "1000000")),
                Integer.parseInt(given.getOrDefault("days", "1095")),
                Long.parseLong(given.getOrDefault("seed", "42")),
                given.containsKey("today") ? LocalDate.parse(given.get("today")) : LocalDate.now(),
                Boolean.parseBoolean(given.getOrDefault("reset", "false")),
                Integer.parseInt(given.getOrDefault("customers", "0")),
                Integer.parseInt(given.getOrDefault("sale-lines", "0")));
        if (options.people < 9 || options.items < 1 || options.followUps < 0 || options.days < 1) {
            throw new IllegalArgumentException("at least 9 people (a director, a manager and staff per area), 1 item and 1 day");
        }
        if (options.customers < 0 || options.saleLines < 0 || (options.saleLines > 0 && options.customers == 0)) {
            throw new IllegalArgumentException("sale lines need customers: --customers=20000 --sale-lines=1000000");
        }
        return options;
    }
}
