// INTENDED: ERR002 - employee.vacationDays += n through a helper on another object's state via
// setter chain with local
package com.acme.jobs;

import com.acme.domain.Employee;
import com.acme.repo.EmployeeRepository;
import dev.errand.Job2;
import dev.errand.JobSpec;

public class CompensateEmployeeJob implements Job2<Long, Integer> {
    public static final JobSpec<CompensateEmployeeJob> SPEC =
            JobSpec.of(CompensateEmployeeJob.class).queue("hr").build();
    private final EmployeeRepository employees;

    public CompensateEmployeeJob(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Override
    public void perform(Long employeeId, Integer overtimeDays) {
        Employee employee = employees.findById(employeeId).orElseThrow();
        grantDays(employee, overtimeDays);
        employees.save(employee);
    }

    private void grantDays(Employee employee, int days) {
        int balance = employee.getVacationDays();
        balance += days;
        employee.setVacationDays(balance);
    }
}
