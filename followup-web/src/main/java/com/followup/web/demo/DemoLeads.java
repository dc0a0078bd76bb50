package com.followup.web.demo;

import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.domain.lead.Assignment;
import com.followup.domain.lead.BusinessHours;
import com.followup.domain.lead.DisqualifyReason;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadChannel;
import com.followup.domain.lead.LeadForm;
import com.followup.domain.lead.LeadForms;
import com.followup.domain.lead.LeadSource;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.Meeting;
import com.followup.domain.lead.MeetingStatus;
import com.followup.domain.lead.ResponseTier;
import com.followup.domain.lead.Touch;
import com.followup.domain.lead.TouchChannel;
import com.followup.domain.rule.FollowUpRule;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A handful of leads in every status, one of them past its deadline, for Sofía's inbox and Mara's view: one came from
 * the website's form, one from a marketing tool's API call, one was typed in, and the trade fair list was imported.
 */
@Component
class DemoLeads {

    private final Leads leads;
    private final Items items;
    private final LeadForms forms;
    private final UserAccounts accounts;
    private final Clock clock;

    DemoLeads(Leads leads, Items items, LeadForms forms, UserAccounts accounts, Clock clock) {
        this.leads = leads;
        this.items = items;
        this.forms = forms;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load(long sofia, long marco, FollowUpRule prospects) {
        LeadSource demoRequests = leads.addSource("Website: demo request", ResponseTier.HOT, null, List.of(sofia));
        LeadSource fair = leads.addSource("Trade fair list", ResponseTier.COLD, sofia, List.of());
        BusinessHours hours = leads.businessHours(clock.getZone());
        Instant now = clock.instant();
        long director = accounts.findByUsername("diana").map(UserAccount::id).orElse(marco);
        // the address itself is shown once, to the director who makes a form; this one is for the list of forms
        forms.create("Website: request a demo", demoRequests.id(), "https://www.example.com/gracias",
                LeadForm.hash(LeadForm.newSecret()), director, now.minus(Duration.ofDays(10)));
        arrive("Lucía Herrera", "lucia@herrera.example", "+52 55 5555 0201", "Purchasing manager", "Herrera Logística",
                demoRequests, hours, now.minus(Duration.ofMinutes(1)), sofia, LeadChannel.FORM, null);
        arrive("Jorge Medina", "jorge@medina.example", "+52 33 5555 0202", "Owner", "Medina Hermanos",
                demoRequests, hours, now.minus(Duration.ofDays(3)), sofia, LeadChannel.API, null);
        Lead attempting = arrive("Paula Soto", "paula@soto.example", "+52 81 5555 0203", "Operations", "Soto Agro",
                fair, hours, now.minus(Duration.ofDays(1)), sofia, LeadChannel.FILE, marco);
        touch(attempting, TouchChannel.CALL, false, "Voicemail", sofia, now.minus(Duration.ofHours(20)));
        Lead connected = arrive("Raúl Núñez", "raul@nunez.example", "+52 55 5555 0204", "CFO", "Núñez Textil",
                demoRequests, hours, now.minus(Duration.ofHours(30)), sofia, LeadChannel.TYPED, marco);
        connected = touch(connected, TouchChannel.WHATSAPP, true, "Wants a demo next week", sofia, now.minus(Duration.ofHours(29)));
        Meeting meeting = leads.bookMeeting(new Meeting(null, connected.id(), now.plus(Duration.ofDays(2)),
                "Raúl Núñez and his plant manager", MeetingStatus.BOOKED, sofia, now), UUID.randomUUID()).orElseThrow();
        connected.recordMeeting(meeting, sofia, now);
        leads.save(connected);
        Lead qualified = arrive("Elena Campos", "elena@campos.example", "+52 55 5555 0205", "Director", "Campos Salud",
                fair, hours, now.minus(Duration.ofDays(4)), sofia, LeadChannel.FILE, marco);
        qualified = touch(qualified, TouchChannel.VISIT, true, "Asked for a quote", sofia, now.minus(Duration.ofDays(3)));
        ZonedDateTime today = ZonedDateTime.now(clock);
        Item prospect = items.save(Item.open(prospects, "Campos Salud", new Counterpart("Campos Salud", "Elena Campos",
                "elena@campos.example", "+52 55 5555 0205"), sofia, null,
                new ItemDetails.SalesDetails("Lead from the trade fair list", 3, 50, null), today, sofia));
        qualified.qualify(prospect.id(), sofia, now);
        leads.save(qualified);
        Lead disqualified = arrive("Tomás Gil", "tomas@gil.example", null, "Student", null, fair, hours,
                now.minus(Duration.ofDays(2)), sofia, LeadChannel.FILE, marco);
        disqualified = touch(disqualified, TouchChannel.EMAIL, true, null, sofia, now.minus(Duration.ofDays(2)));
        disqualified.disqualify(DisqualifyReason.WRONG_FIT, "Writing a thesis, not buying", marco, now.minus(Duration.ofDays(1)));
        leads.save(disqualified);
    }

    private Lead arrive(String name, String email, String phone, String title, String company, LeadSource source,
                        BusinessHours hours, Instant at, long owner, LeadChannel channel, Long by) {
        Lead.Contact contact = new Lead.Contact(name, email, phone, phone == null ? null : phone.replace(" ", ""),
                title, company, null, true);
        Assignment.Decision decision = new Assignment.Decision(owner, source.sellerId() != null
                ? Assignment.Step.SOURCE_SELLER : Assignment.Step.ROUND_ROBIN, List.of(Assignment.PassedOver.NO_MATCH));
        return leads.arrive(Lead.arrive(contact, source, null, decision, hours, at, by, channel), UUID.randomUUID());
    }

    private Lead touch(Lead lead, TouchChannel channel, boolean reached, String note, long by, Instant at) {
        Touch touch = new Touch(channel, reached, note, by, at);
        leads.recordTouch(lead.id(), touch, UUID.randomUUID());
        lead.logTouch(touch);
        return leads.save(lead);
    }
}
