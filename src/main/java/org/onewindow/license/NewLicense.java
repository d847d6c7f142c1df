package org.onewindow.license;

import java.time.LocalDate;

/**
 * What is needed to issue a licence.
 *
 * @param type the licence's name, which is also its type ({@code 食品经营许可证}, {@code 营业执照}), as the
 * handbook's materials name reusable licences
 * @param holderId the ID number of a {@link HolderKind#PERSON person} or the credit code of an
 * {@link HolderKind#ORGANIZATION organisation}
 * @param issuer the code of the issuing department ({@code SCJG}); the licence number starts with it
 * @param validUntil the last day of validity, or {@code null} for a long-term licence (长期有效)
 * @param caseId the case that produced the licence, or {@code null} for one entered without a case
 */
public record NewLicense(String type, HolderKind holderKind, String holderName, String holderId, String issuer,
		LocalDate validFrom, LocalDate validUntil, Long caseId, String caseNumber) {
}
