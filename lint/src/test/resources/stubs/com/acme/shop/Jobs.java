package com.acme.shop;

import dev.errand.Errand;

/** Holds the application's job client, the way a DI container would inject it. */
public final class Jobs {
    public static Errand client() {
        return null;
    }
}
