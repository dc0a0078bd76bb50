package com.followup.web.portfolio;

import com.followup.domain.portfolio.Customer;

/** A customer's details as typed on its form; the account owner is a person's id, the version what was shown. */
public class CustomerFormData {

    private String name;
    private String taxId;
    private String type;
    private String region;
    private String owner;
    private String channel;
    private String potential;
    private Long version;

    static CustomerFormData of(Customer customer) {
        CustomerFormData form = new CustomerFormData();
        form.name = customer.name();
        form.taxId = customer.taxId();
        form.type = customer.type();
        form.region = customer.region();
        form.owner = String.valueOf(customer.ownerId());
        form.channel = customer.channel().name();
        form.potential = customer.potentialPerYear() == null ? null : customer.potentialPerYear().toPlainString();
        form.version = customer.version();
        return form;
    }

    Customer.Draft draft() {
        return new Customer.Draft(name, taxId, type, region, owner, channel, potential);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String taxId) { this.taxId = taxId; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getPotential() { return potential; }
    public void setPotential(String potential) { this.potential = potential; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
