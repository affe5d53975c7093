package dev.errand;

/** Stub of the core job root, for lint tests only. */
public sealed interface Job permits Job0, Job1, Job2, Job3, RawJob {}
