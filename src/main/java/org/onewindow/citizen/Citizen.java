package org.onewindow.citizen;

import java.time.Instant;

import org.onewindow.shared.Masking;

/**
 * A citizen signed in with a text-message code. Not staff: a citizen never has a Spring Security authentication and
 * so never passes the staff's checks on {@code /api/**}.
 *
 * @param phone the 11-digit mobile number the code was sent to (personal data: {@link #toString()} masks it)
 * @param signedInAt when the code was accepted
 * @param expiresAt when the session ends unless the citizen does something before (idle timeout)
 */
public record Citizen(String phone, Instant signedInAt, Instant expiresAt) {

	/** The phone as shown on screen: {@code 138****5678}. */
	public String maskedPhone() {
		return Masking.middle(phone, 3, 4);
	}

	@Override
	public String toString() {
		return "Citizen[" + maskedPhone() + "]";
	}
}
