package se.rodtrad.documentimport;

/** What the uploaded document is: a plan (verksamhetsplan med budget, goals and assignments) or a meeting notice. */
public enum DocumentKind {
    PLAN, NOTICE
}
