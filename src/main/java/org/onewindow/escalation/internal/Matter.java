package org.onewindow.escalation.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A 办不成事 matter as stored ({@code esc_matter}). Personal data (phone, ID number) is kept whole and masked in
 * every view.
 */
public record Matter(long id, String number, long siteId, LocalDate registeredOn, Instant registeredAt,
		Long registeredBy, Channel channel, Long ticketId, String ticketNumber, String citizenName, String citizenPhone,
		String citizenIdNumber, String summary, String details, String itemCode, Long departmentId, String refusal,
		String refusedBy, Long ownerStaffId, Classification classification, LocalDate dueOn, String explanation,
		MatterState state, String replyText, ReplyChannel replyChannel, Instant repliedAt, Long repliedBy,
		Satisfaction satisfaction, Boolean solved, Instant closedAt, LocalDate closedOn, Long closedBy, Boolean onTime,
		int version) {
}
