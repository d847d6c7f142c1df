package org.onewindow.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.platform.DomainException;
import org.onewindow.queue.Priority;
import org.onewindow.queue.TicketState;

/**
 * A queue ticket (号票). The transitions after the call are guarded here; the call itself is an atomic claim in
 * {@link TicketRepository#claimNext}.
 */
public record Ticket(long id, String token, long siteId, LocalDate serviceDay, String category, int seq, String number,
		Priority priority, Channel channel, TicketState state, List<String> situationCodes, Integer catalogVersion,
		String phone, String idNumber, Long appointmentId, Instant sortKey, Instant notBefore, Long targetCounterId,
		Long counterId, Long staffId, Instant issuedAt, Instant calledAt, int callCount, int noShowCount,
		int transferCount, Instant finishedAt, Integer serviceSeconds, int version) {

	public enum Channel {
		KIOSK, GUIDE_DESK, CHECK_IN, ONLINE
	}

	public Ticket {
		situationCodes = List.copyOf(situationCodes);
	}

	public static String formatNumber(String category, int seq) {
		return category + (seq < 1000 ? String.format("%03d", seq) : Integer.toString(seq));
	}

	public boolean isCalledAt(long counter) {
		return state == TicketState.CALLED && counterId != null && counterId == counter;
	}

	/** Announced again at the same counter. */
	public Ticket recall() {
		requireCalled();
		return with(state, category, notBefore, targetCounterId, counterId, staffId, callCount + 1, noShowCount,
				transferCount, finishedAt, serviceSeconds, situationCodes);
	}

	/** 过号: back into the queue after {@code returnAfter} the first time, void the second time. */
	public Ticket noShow(Instant now, Duration returnAfter) {
		requireCalled();
		if (noShowCount >= 1) {
			return with(TicketState.VOID, category, notBefore, null, counterId, staffId, callCount, noShowCount + 1,
					transferCount, finishedAt, serviceSeconds, situationCodes);
		}
		return with(TicketState.WAITING, category, now.plus(returnAfter), null, null, null, callCount, noShowCount + 1,
				transferCount, finishedAt, serviceSeconds, situationCodes);
	}

	/** To another category or one counter, keeping the lane and the place (issue time). */
	public Ticket transfer(String toCategory, Long toCounter, Instant now) {
		requireCalled();
		return with(TicketState.WAITING, toCategory, now, toCounter, null, null, callCount, noShowCount,
				transferCount + 1, finishedAt, serviceSeconds, situationCodes);
	}

	public Ticket addSituation(String situationCode) {
		requireCalled();
		if (situationCodes.contains(situationCode)) {
			throw DomainException.conflict("queue.situation-already-added", number, situationCode);
		}
		var codes = new ArrayList<>(situationCodes);
		codes.add(situationCode);
		return with(state, category, notBefore, targetCounterId, counterId, staffId, callCount, noShowCount,
				transferCount, finishedAt, serviceSeconds, codes);
	}

	/** 办结: served; the service time runs from the (last) call. */
	public Ticket finish(Instant now) {
		requireCalled();
		int seconds = (int) Math.max(0, Duration.between(calledAt, now).toSeconds());
		return with(TicketState.DONE, category, notBefore, targetCounterId, counterId, staffId, callCount, noShowCount,
				transferCount, now, seconds, situationCodes);
	}

	private void requireCalled() {
		if (state != TicketState.CALLED) {
			throw DomainException.conflict("queue.ticket-not-called", number, state.label());
		}
	}

	private Ticket with(TicketState state, String category, Instant notBefore, Long targetCounterId, Long counterId,
			Long staffId, int callCount, int noShowCount, int transferCount, Instant finishedAt, Integer serviceSeconds,
			List<String> situationCodes) {
		return new Ticket(id, token, siteId, serviceDay, category, seq, number, priority, channel, state,
				situationCodes, catalogVersion, phone, idNumber, appointmentId, sortKey, notBefore, targetCounterId,
				counterId, staffId, issuedAt, calledAt, callCount, noShowCount, transferCount, finishedAt,
				serviceSeconds, version);
	}
}
