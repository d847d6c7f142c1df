package org.onewindow.catalog;

/**
 * One back-office step of a situation, interpreted by the approval module.
 *
 * @param department the code of the department that performs it
 * @param days its share of the time limit in working days
 * @param countsInLimit {@code false} for 特别程序 (公示, 专家评审, 检测 …) that the legal clock does not count
 */
public record ApprovalStep(String name, StepRole role, String department, int days, boolean countsInLimit) {
}
