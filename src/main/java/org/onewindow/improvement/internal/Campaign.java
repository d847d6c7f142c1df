package org.onewindow.improvement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 金点子 suggestion campaign of a site: open from {@code startsOn} to {@code endsOn} inclusive.
 *
 * @param code the public code in the form's address {@code /m/suggest/<code>}
 * @param questionnaireThemes the themes asked as rating questions (1–5) with every suggestion, possibly none
 */
public record Campaign(long id, String code, long siteId, String name, LocalDate startsOn, LocalDate endsOn,
		List<TargetGroup> targetGroups, List<Theme> themes, List<Theme> questionnaireThemes, long createdBy,
		Instant createdAt, int version) {

	public boolean openOn(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}
}
