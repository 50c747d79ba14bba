package de.ozg.core.validation;

/**
 * Which rule of the validation framework's own use was broken. Carried by
 * {@link RegelwerkException#violation()}. These are mistakes of the program that configures or
 * writes rules, not of the data being checked: data problems become {@link Befund}s.
 */
public enum RegelwerkViolation {
    /** A rule id occurs twice in one {@link Regelwerk}. */
    DUPLICATE_RULE_ID,
    /** A rule id given to {@link Regelwerk#without(String)} or a similar method is not in the rule set. */
    UNKNOWN_RULE_ID,
    /** A rule id is blank or contains whitespace. */
    INVALID_RULE_ID,
    /** A message or description (German or English) is missing or blank. */
    MISSING_TEXT,
    /** A {@link Fundstelle} part is out of range: line or record number below 1, malformed JSON Pointer. */
    INVALID_FUNDSTELLE,
    /** A count or limit is negative. */
    INVALID_COUNT
}
