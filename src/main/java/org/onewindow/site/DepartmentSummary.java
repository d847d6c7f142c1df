package org.onewindow.site;

/**
 * A department as other modules see it.
 */
public record DepartmentSummary(long id, String code, String name, String shortName, boolean active) {
}
