package org.onewindow.improvement.internal;

import java.time.Instant;
import java.util.Map;

/**
 * A suggestion sent through a campaign's public form; name and phone are optional (anonymous when absent).
 */
public record Suggestion(long id, long campaignId, long siteId, TargetGroup targetGroup, Theme theme, String content,
		String authorName, String authorPhone, Instant submittedAt, Status status, String reply, Long reviewedBy,
		Instant reviewedAt, Long issueId, Map<Theme, Integer> answers, int version) {

	public enum Status {

		NEW("待处理"), ADOPTED("已采纳"), NOTED("已记录"), REJECTED("不采纳");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public boolean anonymous() {
		return authorName == null && authorPhone == null;
	}
}
