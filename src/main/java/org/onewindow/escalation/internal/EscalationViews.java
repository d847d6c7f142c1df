package org.onewindow.escalation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.platform.DomainException;
import org.onewindow.shared.Masking;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteScope;
import org.onewindow.staff.StaffManagement;
import org.onewindow.staff.StaffSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What screens and the ledger (台账) show of matters: personal data masked, names of staff and departments resolved,
 * the light of the day, and the per-department figures.
 */
@Component
@Transactional(readOnly = true)
public class EscalationViews {

	private final MatterRepository matters;
	private final Deadlines deadlines;
	private final StaffManagement staff;
	private final SiteManagement sites;
	private final Clock clock;

	EscalationViews(MatterRepository matters, Deadlines deadlines, StaffManagement staff, SiteManagement sites,
			Clock clock) {
		this.matters = matters;
		this.deadlines = deadlines;
		this.staff = staff;
		this.sites = sites;
		this.clock = clock;
	}

	public record MatterRow(long id, String number, long siteId, String siteName, Channel channel,
			LocalDate registeredOn, String citizenName, String citizenPhone, String summary, Long departmentId,
			String departmentName, String ownerName, Classification classification, LocalDate dueOn, MatterState state,
			Light light, Satisfaction satisfaction, Boolean onTime, int version) {
	}

	public record NoteView(Long departmentId, String departmentName, String note, String staffName, Instant notedAt) {
	}

	public record OwnerChangeView(String fromName, String toName, String reason, String changedByName,
			Instant changedAt) {
	}

	public record MatterView(long id, String number, long siteId, String siteName, Channel channel,
			LocalDate registeredOn, Instant registeredAt, String registeredByName, Long ticketId, String ticketNumber,
			String citizenName, String citizenPhone, String citizenIdNumber, String summary, String details,
			String itemCode, Long departmentId, String departmentName, String refusal, String refusedBy,
			Long ownerStaffId, String ownerName, Classification classification, LocalDate dueOn, String explanation,
			MatterState state, Light light, String replyText, ReplyChannel replyChannel, Instant repliedAt,
			String repliedByName, Satisfaction satisfaction, Boolean solved, Instant closedAt, String closedByName,
			Boolean onTime, List<NoteView> notes, List<OwnerChangeView> ownerChanges, int version) {
	}

	/** The receipt of an online report: the number to quote and the date an answer is due. */
	public record Receipt(String number, LocalDate dueOn) {
	}

	/** What the citizen sees of their matter on the phone page: no personal data, the reply once given. */
	public record PublicProgress(String number, MatterState state, LocalDate dueOn, String replyText,
			Instant repliedAt, boolean closed) {
	}

	public record DepartmentFigures(Long departmentId, String departmentName, int registered, int closed,
			int closedOnTime, int satisfied, BigDecimal closedRate, BigDecimal onTimeRate, BigDecimal satisfactionRate) {
	}

	public record Ledger(LocalDate from, LocalDate to, List<MatterRow> matters, List<DepartmentFigures> departments,
			DepartmentFigures total) {
	}

	/** The ledger's filters; {@code null} means any. */
	public record Filter(LocalDate from, LocalDate to, Long siteId, Long departmentId, MatterState state,
			Classification classification, Light light) {
	}

	public MatterView view(Matter m) {
		var today = LocalDate.now(clock);
		var notes = matters.notes(m.id())
			.stream()
			.map(n -> new NoteView(n.departmentId(), departmentName(n.departmentId()), n.note(), staffName(n.staffId()),
					n.notedAt()))
			.toList();
		var changes = matters.ownerChanges(m.id())
			.stream()
			.map(c -> new OwnerChangeView(staffName(c.fromStaffId()), staffName(c.toStaffId()), c.reason(),
					staffName(c.changedBy()), c.changedAt()))
			.toList();
		return new MatterView(m.id(), m.number(), m.siteId(), siteName(m.siteId()), m.channel(), m.registeredOn(),
				m.registeredAt(), staffName(m.registeredBy()), m.ticketId(), m.ticketNumber(), m.citizenName(),
				Masking.middle(m.citizenPhone(), 3, 4),
				m.citizenIdNumber() == null ? null : Masking.middle(m.citizenIdNumber(), 6, 4), m.summary(),
				m.details(), m.itemCode(), m.departmentId(), departmentName(m.departmentId()), m.refusal(),
				m.refusedBy(), m.ownerStaffId(), staffName(m.ownerStaffId()), m.classification(), m.dueOn(),
				m.explanation(), m.state(), deadlines.light(m.state(), m.registeredOn(), m.dueOn(), today),
				m.replyText(), m.replyChannel(), m.repliedAt(), staffName(m.repliedBy()), m.satisfaction(), m.solved(),
				m.closedAt(), staffName(m.closedBy()), m.onTime(), notes, changes, m.version());
	}

	/**
	 * A matter's progress for the citizen, by its number and the last four digits of the phone given; a wrong number
	 * or wrong digits are the same "not found", so neither can be probed.
	 */
	public PublicProgress progress(long siteId, String number, String phoneTail) {
		return matters.findByNumber(siteId, number.strip().toUpperCase())
			.filter(m -> phoneTail != null && phoneTail.length() == 4 && m.citizenPhone().endsWith(phoneTail))
			.map(m -> new PublicProgress(m.number(), m.state(), m.dueOn(), m.replyText(), m.repliedAt(),
					m.state() == MatterState.CLOSED))
			.orElseThrow(() -> DomainException.notFound("escalation.progress-not-found", number));
	}

	public MatterRow row(Matter m, LocalDate today) {
		return new MatterRow(m.id(), m.number(), m.siteId(), siteName(m.siteId()), m.channel(), m.registeredOn(),
				Masking.name(m.citizenName()), Masking.middle(m.citizenPhone(), 3, 4), m.summary(), m.departmentId(),
				departmentName(m.departmentId()), staffName(m.ownerStaffId()), m.classification(), m.dueOn(),
				m.state(), deadlines.light(m.state(), m.registeredOn(), m.dueOn(), today), m.satisfaction(),
				m.onTime(), m.version());
	}

	/** The matters of the scope matching the filter, newest first. */
	public List<MatterRow> list(SiteScope scope, Filter filter) {
		var today = LocalDate.now(clock);
		return select(scope, filter, today).stream()
			.map(m -> row(m, today))
			.filter(r -> filter.light() == null || r.light() == filter.light())
			.toList();
	}

	/**
	 * The ledger: the filtered matters and, per department, 办结率 (closed / registered), the on-time rate (closed by
	 * the due date / closed) and the satisfaction rate (满意 and 基本满意 / closed), as fractions with four decimals,
	 * {@code null} when nothing was counted. The figures ignore the state and light filters.
	 */
	public Ledger ledger(SiteScope scope, Filter filter) {
		var today = LocalDate.now(clock);
		var base = select(scope, new Filter(filter.from(), filter.to(), filter.siteId(), filter.departmentId(), null,
				filter.classification(), null), today);
		Map<Long, List<Matter>> byDepartment = new LinkedHashMap<>();
		for (var m : base) {
			byDepartment.computeIfAbsent(m.departmentId() == null ? -1L : m.departmentId(), k -> new ArrayList<>()).add(m);
		}
		var departments = byDepartment.entrySet()
			.stream()
			.map(e -> figures(e.getKey() == -1L ? null : e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(DepartmentFigures::registered).reversed()
				.thenComparing(f -> f.departmentName() == null ? "" : f.departmentName()))
			.toList();
		var rows = list(scope, filter);
		var from = filter.from() != null ? filter.from() : today.withDayOfMonth(1);
		var to = filter.to() != null ? filter.to() : today;
		return new Ledger(from, to, rows, departments, figures(null, base));
	}

	private DepartmentFigures figures(Long departmentId, List<Matter> list) {
		int registered = list.size();
		int closed = (int) list.stream().filter(m -> m.state() == MatterState.CLOSED).count();
		int onTime = (int) list.stream().filter(m -> Boolean.TRUE.equals(m.onTime())).count();
		int satisfied = (int) list.stream()
			.filter(m -> m.satisfaction() != null && m.satisfaction().counts())
			.count();
		return new DepartmentFigures(departmentId, departmentId == null ? null : departmentName(departmentId), registered,
				closed, onTime, satisfied, rate(closed, registered), rate(onTime, closed), rate(satisfied, closed));
	}

	private static BigDecimal rate(int part, int whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

	private List<Matter> select(SiteScope scope, Filter filter, LocalDate today) {
		var from = filter.from() != null ? filter.from() : today.withDayOfMonth(1);
		var to = filter.to() != null ? filter.to() : today;
		Long[] siteIds = filter.siteId() != null
				? (scope.includes(filter.siteId()) ? new Long[] { filter.siteId() } : new Long[0]) : scope.asArray();
		return matters.findInSites(siteIds, from, to)
			.stream()
			.filter(m -> filter.departmentId() == null || filter.departmentId().equals(m.departmentId()))
			.filter(m -> filter.state() == null || m.state() == filter.state())
			.filter(m -> filter.classification() == null || m.classification() == filter.classification())
			.toList();
	}

	private String staffName(Long id) {
		return id == null ? null
				: names().computeIfAbsent("s" + id, k -> staff.find(id).map(StaffSummary::displayName).orElse(null));
	}

	private String departmentName(Long id) {
		return id == null ? null
				: names().computeIfAbsent("d" + id, k -> sites.findDepartment(id).map(d -> d.name()).orElse(null));
	}

	private String siteName(long id) {
		return names().computeIfAbsent("t" + id, k -> sites.findSite(id).map(s -> s.name()).orElse(null));
	}

	/**
	 * Names of staff, departments and sites read once per web request (a ledger of a month names the same few
	 * dozen again and again); outside a request every lookup reads.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, String> names() {
		var request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return new HashMap<>();
		}
		String key = EscalationViews.class.getName() + ".names";
		Object kept = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
		if (kept instanceof Map<?, ?> map) {
			return (Map<String, String>) map;
		}
		var map = new HashMap<String, String>();
		request.setAttribute(key, map, RequestAttributes.SCOPE_REQUEST);
		return map;
	}
}
