package org.onewindow.acceptance;

import java.util.Optional;

/**
 * What other modules read about the progress page of a case: the token printed as a QR code on the acceptance notice
 * and the receipt ({@code /m/progress/<token>}).
 */
public interface CaseProgress {

	/** The case a progress token opens; empty for an unknown token. */
	Optional<Long> caseIdByProgressToken(String progressToken);
}
