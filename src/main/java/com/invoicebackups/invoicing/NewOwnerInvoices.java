package com.invoicebackups.invoicing;

import com.invoicebackups.billing.BillingPeriod;
import com.invoicebackups.billing.BillingPeriodService;
import com.invoicebackups.billing.PeriodStatus;
import com.invoicebackups.contract.ContractService;
import com.invoicebackups.contract.PrimeContract;
import com.invoicebackups.shared.RuleViolation;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owner invoices (pay applications on a prime contract) made in the product: ADMIN on Prime Contracts at the general
 * contractor that owns the project starts the next one of a prime contract in the open billing period, one per prime
 * contract and period, numbered in sequence, its lines those of the prime contract's schedule of values at zero this
 * period, materials stored carried forward.
 */
@Service
@Transactional
public class NewOwnerInvoices {

    /** What may start in the open period: each prime contract, with its owner invoice of that period if it has one. */
    public record Options(BillingPeriod openPeriod, List<Option> options) {

        public List<PrimeContract> available() {
            return openPeriod == null ? List.of()
                    : options.stream().filter(option -> option.existing() == null).map(Option::primeContract).toList();
        }
    }

    /** {@code existing}: the prime contract's owner invoice of the open period; null when it has none yet. */
    public record Option(PrimeContract primeContract, InvoiceRef existing, String existingNumber) {
    }

    private final InvoiceGuard guard;
    private final InvoiceService invoices;
    private final OwnerInvoiceRepository ownerInvoices;
    private final ContractService contracts;
    private final BillingPeriodService periods;
    private final Clock clock;

    NewOwnerInvoices(InvoiceGuard guard, InvoiceService invoices, OwnerInvoiceRepository ownerInvoices,
                     ContractService contracts, BillingPeriodService periods, Clock clock) {
        this.guard = guard;
        this.invoices = invoices;
        this.ownerInvoices = ownerInvoices;
        this.contracts = contracts;
        this.periods = periods;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Options options(long userId, long projectId) {
        requirePrimeContractsAdmin(userId, projectId);
        BillingPeriod open = openPeriod(userId, projectId);
        return new Options(open, contracts.primeContractsOf(projectId).stream()
                .map(prime -> open == null ? new Option(prime, null, null)
                        : ownerInvoices.findFirstByPrimeContractIdAndBillingPeriodId(prime.id(), open.id())
                        .map(taken -> new Option(prime, InvoiceRef.owner(taken.getId()), taken.getNumber()))
                        .orElseGet(() -> new Option(prime, null, null)))
                .toList());
    }

    /** The next owner invoice of the prime contract, in the project's open period; refused before anything is made. */
    public OwnerInvoice createNext(long userId, long primeContractId) {
        PrimeContract prime = contracts.primeContractById(primeContractId);
        requirePrimeContractsAdmin(userId, prime.projectId());
        BillingPeriod open = openPeriod(userId, prime.projectId());
        if (open == null) {
            throw new RuleViolation("invoice.error.no-open-period");
        }
        if (ownerInvoices.existsByPrimeContractIdAndBillingPeriodId(primeContractId, open.id())) {
            throw new RuleViolation("invoice.error.period-taken", prime.number(), open);
        }
        int position = ownerInvoices.lastPosition(primeContractId) + 1;
        List<PayApplication.Entry> lines = AbstractInvoiceEntity.nextLines(contracts.primeContractSov(primeContractId),
                ownerInvoices.findByPrimeContractIdOrderByPosition(primeContractId), prime.retainagePercent());
        try {
            OwnerInvoice created = invoices.createOwnerInvoice(new NewOwnerInvoice(primeContractId, open.id(),
                    prime.number() + "-" + String.format("%02d", position), OwnerInvoiceStatus.DRAFT, open.endDate(),
                    open.startDate(), open.endDate(), null, lines));
            ownerInvoices.findById(created.id()).orElseThrow().created(userId, clock.instant());
            ownerInvoices.flush();
            return created;
        } catch (DataIntegrityViolationException twoAtOnce) {
            // someone started the same invoice a moment earlier: the position's unique key keeps it to one
            throw new RuleViolation("invoice.error.period-taken", prime.number(), open);
        }
    }

    private void requirePrimeContractsAdmin(long userId, long projectId) {
        if (!guard.access(userId, projectId).makeOwnerInvoices()) {
            throw new AccessDeniedException("ADMIN on Prime Contracts at the general contractor needed");
        }
    }

    private BillingPeriod openPeriod(long userId, long projectId) {
        return periods.periods(userId, projectId).stream().filter(period -> period.status() == PeriodStatus.OPEN)
                .findFirst().orElse(null);
    }
}
