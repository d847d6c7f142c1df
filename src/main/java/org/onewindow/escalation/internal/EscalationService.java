package org.onewindow.escalation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.escalation.EscalationClosed;
import org.onewindow.escalation.EscalationRegistered;
import org.onewindow.platform.DomainException;
import org.onewindow.queue.QueueManagement;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.StaffManagement;
import org.onewindow.staff.StaffSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake, classification, coordination, hand-over, reply and closure of 办不成事 matters. Staff act only on matters of
 * sites in their scope (others are "not found"); every change checks the version the browser saw.
 */
@Service
@Transactional
public class EscalationService {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final MatterRepository matters;
	private final Deadlines deadlines;
	private final StaffManagement staff;
	private final SiteManagement sites;
	private final CatalogManagement catalog;
	private final QueueManagement queue;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	EscalationService(MatterRepository matters, Deadlines deadlines, StaffManagement staff, SiteManagement sites,
			CatalogManagement catalog, QueueManagement queue, ApplicationEventPublisher events, Clock clock) {
		this.matters = matters;
		this.deadlines = deadlines;
		this.staff = staff;
		this.sites = sites;
		this.catalog = catalog;
		this.queue = queue;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the citizen reports. {@code idNumber} may be {@code null}; {@code classification} {@code null} means
	 * {@link Classification#GENERAL} until the window classifies it.
	 */
	public record Intake(String name, PhoneNumber phone, IdNumber idNumber, String summary, String details,
			String itemCode, Long departmentId, String refusal, String refusedBy, Long ticketId,
			Classification classification) {
	}

	/** Taken in at the window by the logged-in staff member, who becomes its first-contact owner (首问负责人). */
	public Matter registerAtWindow(Intake intake) {
		var me = staff.current();
		String ticketNumber = null;
		if (intake.ticketId() != null) {
			var ticket = queue.findTicket(intake.ticketId())
				.filter(t -> t.siteId() == me.siteId())
				.orElseThrow(() -> DomainException.badRequest("escalation.ticket-unknown", String.valueOf(intake.ticketId())));
			ticketNumber = ticket.number();
		}
		return register(me.siteId(), Channel.WINDOW, intake, me.id(), me.id(), ticketNumber);
	}

	/** Reported online on the public phone page: no owner until a staff member of the site takes it. */
	public Matter registerOnline(long siteId, Intake intake) {
		var site = sites.findSite(siteId).filter(s -> s.active())
			.orElseThrow(() -> DomainException.notFound("escalation.site-unknown", String.valueOf(siteId)));
		var online = new Intake(intake.name(), intake.phone(), intake.idNumber(), intake.summary(), intake.details(),
				intake.itemCode(), intake.departmentId(), intake.refusal(), intake.refusedBy(), null, null);
		return register(site.id(), Channel.ONLINE, online, null, null, null);
	}

	private Matter register(long siteId, Channel channel, Intake intake, Long registeredBy, Long owner,
			String ticketNumber) {
		var now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		Long departmentId = intake.departmentId();
		if (departmentId != null && sites.findDepartment(departmentId).isEmpty()) {
			throw DomainException.badRequest("escalation.department-unknown", String.valueOf(departmentId));
		}
		if (intake.itemCode() != null) {
			ServiceItem item = catalog.published()
				.flatMap(c -> c.item(intake.itemCode()))
				.orElseThrow(() -> DomainException.badRequest("escalation.item-unknown", intake.itemCode()));
			if (departmentId == null && item.department() != null) {
				departmentId = sites.findDepartmentByCode(item.department()).map(d -> d.id()).orElse(null);
			}
		}
		var classification = intake.classification() != null ? intake.classification() : Classification.GENERAL;
		var dueOn = deadlines.dueOn(classification, today);
		String number = "BC" + today.format(DAY) + "-" + "%03d".formatted(matters.nextNumber(siteId, today));
		var draft = new Matter(0, number, siteId, today, now, registeredBy, channel, intake.ticketId(), ticketNumber,
				intake.name(), intake.phone().value(), intake.idNumber() == null ? null : intake.idNumber().value(),
				intake.summary(), intake.details(), intake.itemCode(), departmentId, intake.refusal(),
				intake.refusedBy(), owner, classification, dueOn, null,
				intake.classification() != null && channel == Channel.WINDOW ? MatterState.IN_PROGRESS
						: MatterState.REGISTERED,
				null, null, null, null, null, null, null, null, null, null, 0);
		long id = matters.insert(draft);
		if (owner != null) {
			matters.addOwnerChange(id, null, owner, null, owner, now);
		}
		events.publishEvent(new EscalationRegistered(id, number, siteId, departmentId, intake.summary(), dueOn, now));
		return matters.find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Matter get(long id) {
		var matter = matters.find(id).orElseThrow(() -> notFound(id));
		if (!staff.currentScope().includes(matter.siteId())) {
			throw notFound(id);
		}
		return matter;
	}

	/** Classifies (or reclassifies) a matter; the deadline is computed again from the registration day. */
	public Matter classify(long id, int version, Classification classification, String explanation) {
		var matter = open(id, version);
		var dueOn = deadlines.dueOn(classification, matter.registeredOn());
		String kept = explanation != null ? explanation : matter.explanation();
		check(matters.classify(id, version, classification, dueOn, kept, progressed(matter)), id);
		return matters.find(id).orElseThrow();
	}

	/** A coordination note with a department (协调记录). */
	public Matter note(long id, int version, Long departmentId, String note) {
		var matter = open(id, version);
		if (departmentId != null && sites.findDepartment(departmentId).isEmpty()) {
			throw DomainException.badRequest("escalation.department-unknown", String.valueOf(departmentId));
		}
		check(matters.touch(id, version, progressed(matter)), id);
		matters.addNote(id, departmentId, note, staff.current().id(), clock.instant());
		return matters.find(id).orElseThrow();
	}

	/**
	 * Takes an owner-less (online) matter as its first-contact owner, or hands it over to another staff member of the
	 * site: a hand-over needs a reason and is kept on record.
	 */
	public Matter changeOwner(long id, int version, Long newOwnerId, String reason) {
		var matter = open(id, version);
		var me = staff.current();
		long target = newOwnerId != null ? newOwnerId : me.id();
		var owner = staff.find(target)
			.filter(s -> mayOwn(s, matter))
			.orElseThrow(() -> DomainException.badRequest("escalation.owner-unknown", String.valueOf(target)));
		if (matter.ownerStaffId() != null) {
			if (matter.ownerStaffId() == target) {
				throw DomainException.unprocessable("escalation.owner-same", owner.displayName());
			}
			if (reason == null || reason.isBlank()) {
				throw DomainException.unprocessable("escalation.handover-reason-missing");
			}
		}
		recordOwner(matter, target, reason == null || reason.isBlank() ? null : reason, me.id());
		return matters.find(id).orElseThrow();
	}

	/**
	 * The reply to the citizen (答复); a later reply replaces it until the matter is closed. Whoever answers a matter
	 * nobody has taken yet becomes its first-contact owner (首问负责制).
	 */
	public Matter reply(long id, int version, String text, ReplyChannel channel) {
		var matter = open(id, version);
		var me = staff.current();
		int current = takeIfOwnerless(matter, me);
		check(matters.reply(id, current, text, channel, clock.instant(), me.id()), id);
		return matters.find(id).orElseThrow();
	}

	/**
	 * Closes a matter with the citizen's satisfaction: only once a reply is recorded, and a legally impossible matter
	 * only with its written explanation. Whoever closes a matter nobody has taken becomes its first-contact owner.
	 */
	public Matter close(long id, int version, Satisfaction satisfaction, boolean solved) {
		var matter = open(id, version);
		if (matter.replyText() == null) {
			throw DomainException.unprocessable("escalation.reply-missing", matter.number());
		}
		if (matter.classification() == Classification.LEGALLY_IMPOSSIBLE
				&& (matter.explanation() == null || matter.explanation().isBlank())) {
			throw DomainException.unprocessable("escalation.explanation-missing", matter.number());
		}
		var me = staff.current();
		int current = takeIfOwnerless(matter, me);
		var now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		boolean onTime = !today.isAfter(matter.dueOn());
		check(matters.close(id, current, satisfaction, solved, now, today, me.id(), onTime), id);
		events.publishEvent(new EscalationClosed(id, onTime, solved, now));
		return matters.find(id).orElseThrow();
	}

	/**
	 * The first staff member who answers or closes an owner-less (online) matter takes it, in the same transaction
	 * and on record like 认领; only staff of the matter's own site can own it, others are refused until one of them
	 * takes it. Returns the version the next change has to match.
	 */
	private int takeIfOwnerless(Matter matter, StaffSummary me) {
		if (matter.ownerStaffId() != null) {
			return matter.version();
		}
		if (!mayOwn(me, matter)) {
			String site = sites.findSite(matter.siteId()).map(s -> s.name()).orElse(String.valueOf(matter.siteId()));
			throw DomainException.conflict("escalation.owner-required", matter.number(), site);
		}
		recordOwner(matter, me.id(), null, me.id());
		return matter.version() + 1;
	}

	/** Only an active staff member of the matter's own site can be its first-contact owner. */
	private static boolean mayOwn(StaffSummary staffMember, Matter matter) {
		return staffMember.active() && staffMember.siteId() == matter.siteId();
	}

	/** The matter's new owner, at the version read, and the change on record (a first taking has no reason). */
	private void recordOwner(Matter matter, long owner, String reason, long changedBy) {
		check(matters.changeOwner(matter.id(), matter.version(), owner, progressed(matter)), matter.id());
		matters.addOwnerChange(matter.id(), matter.ownerStaffId(), owner, reason, changedBy, clock.instant());
	}

	private Matter open(long id, int version) {
		var matter = get(id);
		if (matter.version() != version) {
			throw changed(id);
		}
		if (matter.state() == MatterState.CLOSED) {
			throw DomainException.conflict("escalation.matter-closed", matter.number());
		}
		return matter;
	}

	private static MatterState progressed(Matter matter) {
		return matter.state() == MatterState.REGISTERED ? MatterState.IN_PROGRESS : matter.state();
	}

	private static void check(boolean updated, long id) {
		if (!updated) {
			throw changed(id);
		}
	}

	private static DomainException changed(long id) {
		return DomainException.conflict("escalation.matter-changed", String.valueOf(id));
	}

	private static DomainException notFound(long id) {
		return DomainException.notFound("escalation.matter-not-found", String.valueOf(id));
	}
}
