package com.followup.web.demo;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Fills an empty database with people to try Followup with. By default only the embedded
 * database gets them (followup.demo-data=auto); a real server only when asked (=true).
 */
@Component
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "followup-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final boolean enabled;

    DemoData(UserAccounts accounts, PasswordEncoder encoder,
             @Value("${followup.demo-data:auto}") String demoData,
             @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.enabled = "true".equalsIgnoreCase(demoData) || ("auto".equalsIgnoreCase(demoData) && datasourceUrl.isBlank());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || accounts.count() > 0) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        List<UserAccount> people = List.of(
                UserAccount.create("diana", "Diana Directora", hash, Role.DIRECTOR, Set.of()),
                UserAccount.create("marco", "Marco Gerente", hash, Role.MANAGER, Set.of(Area.SALES, Area.OPERATIONS)),
                UserAccount.create("alicia", "Alicia Cobranza", hash, Role.MANAGER, Set.of(Area.ADMINISTRATION)),
                UserAccount.create("sofia", "Sofía Ventas", hash, Role.STAFF, Set.of(Area.SALES)),
                UserAccount.create("omar", "Omar Compras", hash, Role.STAFF, Set.of(Area.OPERATIONS)),
                UserAccount.create("ana", "Ana Cobranza", hash, Role.STAFF, Set.of(Area.ADMINISTRATION)));
        people.forEach(accounts::save);
        log.info("Loaded demo data. Sign in with password '{}' as: diana (director), marco and alicia (managers), "
                + "sofia, omar and ana (staff)", PASSWORD);
    }
}
