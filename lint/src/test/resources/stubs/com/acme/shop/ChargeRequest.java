package com.acme.shop;

public final class ChargeRequest {
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        public Builder customerId(Long id) {
            return this;
        }

        public Builder amountCents(long cents) {
            return this;
        }

        public Builder idempotencyKey(String key) {
            return this;
        }

        public Builder description(String text) {
            return this;
        }

        public ChargeRequest build() {
            return new ChargeRequest();
        }
    }
}
