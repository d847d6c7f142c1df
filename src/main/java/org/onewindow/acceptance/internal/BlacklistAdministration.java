package org.onewindow.acceptance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the credit blacklist (失信名单) that excludes applicants from 容缺受理.
 */
@Service
@Transactional
public class BlacklistAdministration {

	private final Blacklist blacklist;
	private final CaseAccess access;
	private final Clock clock;

	BlacklistAdministration(Blacklist blacklist, CaseAccess access, Clock clock) {
		this.blacklist = blacklist;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Blacklist.Entry> active() {
		return blacklist.active(LocalDate.now(clock));
	}

	/**
	 * @param applicantId the ID number of a person or the credit code of an organisation, already validated
	 * @param until the last day on the list, or {@code null} until removed
	 */
	public Blacklist.Entry add(ApplicantKind kind, String applicantId, String name, String reason, LocalDate until) {
		LocalDate today = LocalDate.now(clock);
		if (until != null && until.isBefore(today)) {
			throw DomainException.badRequest("acceptance.blacklist-until-past", String.valueOf(until));
		}
		var by = access.actor().staffId();
		var now = clock.instant();
		var existing = blacklist.entryFor(applicantId);
		if (existing.isPresent()) {
			var entry = existing.get();
			if (entry.until() == null || !entry.until().isBefore(today)) {
				throw DomainException.conflict("acceptance.blacklist-duplicate", entry.name());
			}
			blacklist.remove(entry.id(), by, now);
		}
		long id = blacklist.add(kind, applicantId, name.strip(), reason.strip(), until, by, now);
		return blacklist.find(id).orElseThrow();
	}

	public void remove(long id) {
		if (!blacklist.remove(id, access.actor().staffId(), clock.instant())) {
			throw DomainException.notFound("acceptance.blacklist-entry-unknown", id);
		}
	}
}
