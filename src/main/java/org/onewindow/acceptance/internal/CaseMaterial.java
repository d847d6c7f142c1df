package org.onewindow.acceptance.internal;

import java.time.Instant;
import java.util.List;

/**
 * One line of a case's material checklist, as the handbook asked for it and as the clerk found it.
 *
 * @param required {@code false} for a conditional material (needed only when {@link #condition()} applies)
 * @param key a key material (要件): never owed under 容缺受理
 * @param situationCodes for a bundle, the member situations that ask for it
 * @param owed still owed after a 容缺 acceptance
 */
public record CaseMaterial(long caseId, int line, String name, String form, int copies, boolean required,
		String condition, boolean key, boolean pledgeAllowed, String licenseType, String source, String checkNotes,
		String formTemplate, List<String> situationCodes, MaterialStatus status, String note, Long licenseId,
		String pledgeText, String pledgeSigner, Instant pledgedAt, boolean owed, List<Long> fileIds) {

	public CaseMaterial {
		situationCodes = situationCodes == null ? List.of() : List.copyOf(situationCodes);
		fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
	}

	/** Whether the case needs it: every required line, and a conditional line unless marked not applicable. */
	public boolean needed() {
		return required || status != MaterialStatus.NOT_APPLICABLE;
	}

	/** Needed and not handed in. */
	public boolean missing() {
		return needed() && !status.satisfies();
	}

	public CaseMaterial with(MaterialStatus status, String note, Long licenseId, String pledgeText,
			String pledgeSigner, Instant pledgedAt, boolean owed) {
		return new CaseMaterial(caseId, line, name, form, copies, required, condition, key, pledgeAllowed,
				licenseType, source, checkNotes, formTemplate, situationCodes, status, note, licenseId, pledgeText,
				pledgeSigner, pledgedAt, owed, fileIds);
	}
}
