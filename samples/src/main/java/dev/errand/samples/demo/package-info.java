/**
 * The demo's workload: webhook deliveries to endpoints that misbehave in known proportions, so that
 * the demo can show retries, discards and deaths and say exactly how many of each to expect.
 */
package dev.errand.samples.demo;
