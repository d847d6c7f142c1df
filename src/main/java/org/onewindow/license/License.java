package org.onewindow.license;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An issued licence (证照), kept as an e-licence.
 *
 * @param number {@code <issuer>-<year>-<6-digit sequence>}, unique, consecutive per issuer and year; assigned just before
 * the issuing transaction commits, so every committed licence has one ({@code null} only when read inside the
 * transaction that issued it)
 * @param holderId the holder's ID number or credit code, whole (mask it for display)
 * @param validUntil the last day of validity (inclusive), {@code null} for long-term
 */
public record License(long id, String type, String number, HolderKind holderKind, String holderName,
		String holderId, String issuer, LocalDate validFrom, LocalDate validUntil, Long caseId, String caseNumber,
		Instant issuedAt, LicenseState state) {

	/** Whether the licence stands on that day: not revoked, already valid and not yet expired. */
	public boolean validOn(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return state == LicenseState.VALID && !date.isBefore(validFrom)
				&& (validUntil == null || !date.isAfter(validUntil));
	}

	/** Whether the licence has no end date (长期有效). */
	public boolean longTerm() {
		return validUntil == null;
	}
}
