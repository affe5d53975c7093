/**
 * The sample application's services, as tiny in-memory fakes: users, a mailer, a push gateway, a
 * CRM client, a search index, contact imports, reports, a payment ledger and a transcoder. Each
 * keeps its state in memory and is thread-safe, so the jobs can run on a real worker; the jobs'
 * tests mock them with Mockito instead.
 */
package dev.errand.samples.app;
