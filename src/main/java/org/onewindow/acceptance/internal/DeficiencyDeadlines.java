package org.onewindow.acceptance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.onewindow.acceptance.CaseTerminated;
import org.onewindow.platform.SmsGateway;
import org.onewindow.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 容缺 deadlines: an accepted case whose owed materials did not arrive by the supplement deadline (the deadline day
 * itself still counts) is terminated, with a timeline line, a text message and {@link CaseTerminated} for the back
 * office. Every node runs it; the termination is one guarded UPDATE, so a case is terminated (and announced) once
 * even when several nodes run at the same moment.
 */
@Component
public class DeficiencyDeadlines {

	static final String REASON = "容缺受理的材料逾期未补齐";

	private static final Logger log = LoggerFactory.getLogger(DeficiencyDeadlines.class);

	private final CaseRepository cases;
	private final SmsGateway sms;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DeficiencyDeadlines(CaseRepository cases, SmsGateway sms, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.sms = sms;
		this.events = events;
		this.clock = clock;
	}

	/** Terminates the overdue cases; answers their ids. */
	@Scheduled(initialDelay = 20_000, fixedDelay = 600_000)
	@Transactional
	public List<Long> run() {
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		List<Long> terminated = cases.terminateOverdueDeficiencies(today, REASON, now);
		for (long id : terminated) {
			var c = cases.find(id).orElseThrow();
			String owed = cases.materials(id)
				.stream()
				.filter(CaseMaterial::owed)
				.map(CaseMaterial::name)
				.collect(Collectors.joining("、"));
			cases.event(id, "TERMINATED", "容缺材料（" + owed + "）未在 " + c.deficiencyDeadline() + " 前补齐，办件终止",
					null, Actor.SYSTEM.name(), true, now);
			if (c.applicant().phone() != null) {
				sms.send(c.applicant().phone(), "【一窗通】您的办件" + c.caseNumber() + "（"
						+ Texts.abbreviate(c.title(), 40) + "）容缺材料未在" + c.deficiencyDeadline()
						+ "前补齐，依承诺终止办理。详见终止办理告知书，如需办理请重新申请。", "case-terminated");
			}
			events.publishEvent(new CaseTerminated(id, REASON, now));
		}
		if (!terminated.isEmpty()) {
			log.info("Acceptance: {} cases terminated after a missed 容缺 deadline", terminated.size());
		}
		return terminated;
	}
}
