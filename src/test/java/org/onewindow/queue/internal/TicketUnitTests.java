package org.onewindow.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.DomainException;
import org.onewindow.queue.Priority;
import org.onewindow.queue.TicketState;

class TicketUnitTests {

	static final Instant CALLED_AT = Instant.parse("2026-11-23T02:00:00Z");

	static Ticket called() {
		return new Ticket(1, "token", 9, LocalDate.of(2026, 11, 23), "A", 12, "A012", Priority.ELDERLY,
				Ticket.Channel.KIOSK, TicketState.CALLED, List.of("S1"), 1, null, null, null, CALLED_AT.minusSeconds(600),
				CALLED_AT.minusSeconds(600), null, 3L, 7L, CALLED_AT.minusSeconds(600), CALLED_AT, 1, 0, 0, null, null, 0);
	}

	@Test
	void numbersHaveThreeDigitsUntilTheThousandth() {
		assertThat(Ticket.formatNumber("A", 7)).isEqualTo("A007");
		assertThat(Ticket.formatNumber("B", 999)).isEqualTo("B999");
		assertThat(Ticket.formatNumber("B", 1000)).isEqualTo("B1000");
	}

	@Test
	void finishingRecordsTheServiceTime() {
		var done = called().finish(CALLED_AT.plusSeconds(420));
		assertThat(done.state()).isEqualTo(TicketState.DONE);
		assertThat(done.serviceSeconds()).isEqualTo(420);
		assertThat(done.finishedAt()).isEqualTo(CALLED_AT.plusSeconds(420));
	}

	@Test
	void onlyACalledTicketCanBeFinishedRecalledOrTransferred() {
		var done = called().finish(CALLED_AT);
		assertThatThrownBy(() -> done.finish(CALLED_AT)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).code())
			.isEqualTo("queue.ticket-not-called");
		assertThatThrownBy(done::recall).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> done.transfer("B", null, CALLED_AT)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> done.noShow(CALLED_AT, Duration.ZERO)).isInstanceOf(DomainException.class);
	}

	@Test
	void theFirstNoShowReturnsLaterTheSecondVoids() {
		var missed = called().noShow(CALLED_AT, Duration.ofMinutes(10));
		assertThat(missed.state()).isEqualTo(TicketState.WAITING);
		assertThat(missed.notBefore()).isEqualTo(CALLED_AT.plus(Duration.ofMinutes(10)));
		assertThat(missed.counterId()).isNull();
		assertThat(missed.sortKey()).as("keeps its place").isEqualTo(called().sortKey());

		var calledAgain = new Ticket(missed.id(), missed.token(), missed.siteId(), missed.serviceDay(), "A", 12, "A012",
				missed.priority(), missed.channel(), TicketState.CALLED, missed.situationCodes(), 1, null, null, null,
				missed.sortKey(), missed.notBefore(), null, 3L, 7L, missed.issuedAt(), CALLED_AT, 2, 1, 0, null, null, 1);
		assertThat(calledAgain.noShow(CALLED_AT, Duration.ofMinutes(10)).state()).isEqualTo(TicketState.VOID);
	}

	@Test
	void aTransferKeepsLaneAndPlace() {
		var moved = called().transfer("E", 5L, CALLED_AT);
		assertThat(moved.state()).isEqualTo(TicketState.WAITING);
		assertThat(moved.category()).isEqualTo("E");
		assertThat(moved.targetCounterId()).isEqualTo(5L);
		assertThat(moved.priority()).isEqualTo(Priority.ELDERLY);
		assertThat(moved.sortKey()).isEqualTo(called().sortKey());
		assertThat(moved.transferCount()).isEqualTo(1);
	}

	@Test
	void aSituationIsAddedOnce() {
		var more = called().addSituation("S2");
		assertThat(more.situationCodes()).containsExactly("S1", "S2");
		assertThatThrownBy(() -> more.addSituation("S2")).isInstanceOf(DomainException.class);
	}
}
