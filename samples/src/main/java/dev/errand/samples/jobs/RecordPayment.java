package dev.errand.samples.jobs;

import dev.errand.Backoff;
import dev.errand.JobSpec;
import dev.errand.RawJob;
import dev.errand.samples.app.Ledger;
import dev.errand.samples.app.Ledger.Payment;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs a job that the Rails side pushes, as its Ruby code writes it:
 *
 * <pre>{@code
 * PaymentReceivedJob.perform_async(order.id, {"amount_cents" => 1299, "currency" => "EUR"})
 * }</pre>
 *
 * <p>The wire class name is the Ruby one, and the job takes the raw argument list, since Ruby
 * checks nothing about it: numbers arrive as Integer or Long, the hash as a Map with String keys. A
 * payload of the wrong shape will not improve with retries, so it goes straight to the dead set
 * where it can be inspected ({@code attempts = 1} is the first run only); any other failure keeps
 * Sidekiq's default retries.
 */
public final class RecordPayment implements RawJob {

    public static final JobSpec<RecordPayment> SPEC =
            JobSpec.of(RecordPayment.class)
                    .className("PaymentReceivedJob")
                    .queue("payments")
                    .retryOn(MalformedPaymentException.class, Backoff.fixed(Duration.ZERO), 1)
                    .build();

    private final Ledger ledger;

    public RecordPayment(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void perform(List<Object> args) {
        if (args.size() != 2
                || !(args.get(0) instanceof Number orderId)
                || !(args.get(1) instanceof Map<?, ?> details)
                || !(details.get("amount_cents") instanceof Number cents)
                || !(details.get("currency") instanceof String currency)) {
            throw new MalformedPaymentException(
                    "expected [order_id, {\"amount_cents\" => Integer,"
                            + " \"currency\" => String}], got "
                            + args);
        }

        ledger.record(new Payment(orderId.longValue(), cents.longValue(), currency));
    }

    /** The arguments do not have the shape the Ruby side promised. */
    public static final class MalformedPaymentException extends IllegalArgumentException {
        public MalformedPaymentException(String message) {
            super(message);
        }
    }
}
