package com.followup.web.item;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Items chosen on a list with what to do to all of them: each chosen item as "id:version", so that one changed since
 * the list was drawn is told apart; the new owner, or the day and reason of a reschedule; and the list to go back to.
 * Kept across the redirect when refused, so the page shows the same choices again.
 */
public class BulkFormData implements Serializable {

    /** One list page's worth; a bigger choice is a change of rule, not a daily action. */
    public static final int AT_MOST = 50;

    private List<String> item = new ArrayList<>();
    private Long owner;
    private LocalDate day;
    private LocalDate otherDay;
    private String reason = "";
    private String back;

    /** An item as chosen on a list: its id and the version it had then, sent as "id:version". */
    public record Chosen(long id, long version) {
        public static Optional<Chosen> read(String sent) {
            String[] parts = sent == null ? new String[0] : sent.split(":", -1);
            try {
                return parts.length == 2 ? Optional.of(new Chosen(Long.parseLong(parts[0]), Long.parseLong(parts[1])))
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    public List<Chosen> chosen() {
        return item.stream().map(Chosen::read).flatMap(Optional::stream).distinct().toList();
    }

    /** True when the item with this id was chosen: the list ticks it again. */
    public boolean has(long id) {
        return chosen().stream().anyMatch(chosen -> chosen.id() == id);
    }

    public LocalDate chosenDay() {
        return day != null ? day : otherDay;
    }

    /** Where to go back to: a page of the item list with its encoded query, never another site or header. */
    public String backTo() {
        return back != null && back.matches("/items(\\?[A-Za-z0-9=&%._~+-]*)?") ? back : "/items";
    }

    public List<String> getItem() { return item; }
    public void setItem(List<String> item) { this.item = item == null ? new ArrayList<>() : new ArrayList<>(item); }
    public Long getOwner() { return owner; }
    public void setOwner(Long owner) { this.owner = owner; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalDate getOtherDay() { return otherDay; }
    public void setOtherDay(LocalDate otherDay) { this.otherDay = otherDay; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getBack() { return back; }
    public void setBack(String back) { this.back = back; }
}
