package org.onewindow.approval.internal;

import java.time.Instant;

/**
 * One situation of a case (a bundle's member, or the case's only situation).
 *
 * @param groupNo members of the same group run in parallel, groups in ascending order
 * @param resultType the result document an approval issued (e.g. 食品经营许可证)
 */
public record Member(long id, long caseId, String situationCode, String situationName, String itemCode,
		String itemName, int groupNo, MemberState state, MemberOutcome outcome, String opinion, String resultType,
		Long licenseId, Instant startedAt, Instant concludedAt, int version) {
}
