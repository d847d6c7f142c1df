package org.onewindow.queue.internal;

/**
 * A site's queue settings (one row per site; the defaults until an administrator changes them).
 */
public record QueueSettings(long siteId, int elderlyAge, int priorityRatio, int noShowReturnMinutes,
		int waitAlertMinutes, int defaultServiceMinutes, int checkInEarlyMinutes, int checkInLateMinutes,
		int noShowBanCount, int noShowBanDays) {

	public static QueueSettings defaults(long siteId) {
		return new QueueSettings(siteId, 70, 3, 10, 30, 8, 30, 15, 3, 30);
	}
}
