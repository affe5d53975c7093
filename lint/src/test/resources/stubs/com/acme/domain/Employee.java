package com.acme.domain;

@jakarta.persistence.Entity
public class Employee {
    @jakarta.persistence.Id private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    private String email;

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        this.email = v;
    }

    private java.math.BigDecimal salary;

    public java.math.BigDecimal getSalary() {
        return salary;
    }

    public void setSalary(java.math.BigDecimal v) {
        this.salary = v;
    }

    private int vacationDays;

    public int getVacationDays() {
        return vacationDays;
    }

    public void setVacationDays(int v) {
        this.vacationDays = v;
    }
}
