package org.onewindow.platform;

/**
 * One reason a request was refused, with where it applies (a field, a row of a workbook, a catalog entry).
 */
public record Violation(String field, String message) {
}
