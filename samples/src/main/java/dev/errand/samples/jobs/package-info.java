/**
 * One small job per pattern, each with its rules in a {@code SPEC} constant: an idempotent welcome
 * email, a push notification with Sidekiq-style retries, a resumable import, an external API call
 * with backoff, a bulk reindex, a scheduled reminder, a chain of two jobs, a raw job pushed by Ruby
 * and a job whose queue depends on its arguments.
 */
package dev.errand.samples.jobs;
