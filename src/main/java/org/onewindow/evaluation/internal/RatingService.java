package org.onewindow.evaluation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onewindow.evaluation.internal.EvaluationRecords.RatedService;
import org.onewindow.evaluation.internal.EvaluationRecords.Rating;
import org.onewindow.acceptance.CaseProgress;
import org.onewindow.platform.CurrentStaff;
import org.onewindow.queue.QueueManagement;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.Sha256;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffManagement;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings: one per service (一次一评) with one later 追评, from the counter pad, a phone, a paper card or online.
 */
@Service
@Transactional
public class RatingService {

	/** An 18-character ID number or an 11-digit mobile number inside a text: a card must carry no personal data. */
	private static final Pattern PERSONAL_DATA = Pattern
		.compile("(?<!\\d)(\\d{17}[\\dXx]|1[3-9]\\d{9})(?![\\dXx])");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EvaluationRepository repository;
	private final RectificationService rectifications;
	private final EvaluationProperties properties;
	private final CurrentStaff currentStaff;
	private final StaffManagement staff;
	private final SiteManagement sites;
	private final QueueManagement queue;
	private final CaseProgress caseProgress;
	private final Clock clock;

	RatingService(EvaluationRepository repository, RectificationService rectifications,
			EvaluationProperties properties, CurrentStaff currentStaff, StaffManagement staff, SiteManagement sites,
			QueueManagement queue, CaseProgress caseProgress, Clock clock) {
		this.repository = repository;
		this.rectifications = rectifications;
		this.properties = properties;
		this.currentStaff = currentStaff;
		this.staff = staff;
		this.sites = sites;
		this.queue = queue;
		this.caseProgress = caseProgress;
		this.clock = clock;
	}

	/** What a citizen (or a card) says. */
	public record Verdict(Level level, List<String> reasons, String comment) {

		public Verdict {
			reasons = reasons == null ? List.of() : List.copyOf(new LinkedHashSet<>(reasons));
			comment = comment == null || comment.isBlank() ? null : comment.strip();
		}
	}

	// services

	/** Whether a text carries an ID number or a mobile number. */
	static boolean containsPersonalData(String text) {
		if (text == null) {
			return false;
		}
		// full-width digits (１３８…) and letters (Ｘ) read as the ordinary ones; spaces and dashes inside a number too
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("(?<=\\d)[\\s\\-]+(?=[\\dXx])", "");
		return PERSONAL_DATA.matcher(plain).find();
	}

	static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Transactional(readOnly = true)
	public RatedService serviceByToken(String token) {
		return repository.serviceByToken(token)
			.orElseThrow(() -> DomainException.notFound("evaluation.service-not-found", token));
	}

	/**
	 * 扫码评 from the QR printed on the ticket ({@code /m/t/<followToken>}): the service of the finished ticket. An
	 * unknown token and a ticket not finished yet are answered alike (404).
	 */
	@Transactional(readOnly = true)
	public RatedService serviceByFollowToken(String followToken) {
		return queue.ticketIdByFollowToken(followToken)
			.flatMap(id -> repository.servicesOfTicket(id).stream().findFirst())
			.orElseThrow(RatingService::notRateable);
	}

	/**
	 * 扫码评 from the QR on the acceptance notice or the receipt ({@code /m/progress/<progressToken>}): the service of
	 * the delivered case. An unknown token and a case not delivered yet are answered alike (404).
	 */
	@Transactional(readOnly = true)
	public RatedService serviceByProgressToken(String progressToken) {
		return caseProgress.caseIdByProgressToken(progressToken)
			.flatMap(id -> repository.servicesOfCase(id).stream().findFirst())
			.orElseThrow(RatingService::notRateable);
	}

	private static DomainException notRateable() {
		return DomainException.notFound("evaluation.not-rateable");
	}

	@Transactional(readOnly = true)
	public Optional<Rating> ratingOf(RatedService service) {
		return repository.ratingOfService(service.id());
	}

	/** The services of a case or a ticket, for staff of the site's scope (to hand out the rating link). */
	@Transactional(readOnly = true)
	public List<RatedService> services(Long caseId, Long ticketId) {
		if ((caseId == null) == (ticketId == null)) {
			throw DomainException.badRequest("evaluation.services-query");
		}
		var scope = staff.currentScope();
		var found = caseId != null ? repository.servicesOfCase(caseId) : repository.servicesOfTicket(ticketId);
		return found.stream().filter(s -> scope.includes(s.siteId())).toList();
	}

	// pads

	/** Pairs the citizen-facing tablet of a counter; answers the secret the pad keeps (only its hash is stored). */
	public String pair(long counterId) {
		var counter = sites.findCounter(counterId)
			.orElseThrow(() -> DomainException.notFound("evaluation.counter-not-found", counterId));
		var me = staff.current();
		if (!me.hasRole(Role.SITE_ADMIN) || !staff.currentScope().includes(counter.siteId())) {
			throw DomainException.forbidden("evaluation.pairing-forbidden", counter.name());
		}
		String secret = newToken();
		repository.pair(counterId, counter.siteId(), Sha256.hex(secret), me.id(), clock.instant());
		return secret;
	}

	/** The service just finished at the counter and not yet rated, if any. */
	@Transactional(readOnly = true)
	public Optional<RatedService> pending(long counterId, String padSecret) {
		checkPad(counterId, padSecret);
		return repository.pendingAt(counterId, clock.instant().minus(Duration.ofMinutes(properties.padMinutes())));
	}

	/** 即时评 on the counter pad. */
	public Rating rateOnPad(long counterId, String padSecret, long serviceId, Verdict verdict) {
		checkPad(counterId, padSecret);
		var service = repository.service(serviceId)
			.filter(s -> s.counterId() != null && s.counterId() == counterId)
			.orElseThrow(() -> DomainException.notFound("evaluation.service-not-found", serviceId));
		if (service.finishedAt().isBefore(clock.instant().minus(Duration.ofMinutes(properties.padMinutes())))) {
			throw DomainException.conflict("evaluation.pad-too-late");
		}
		return rate(service, Channel.COUNTER_PAD, verdict);
	}

	/** 扫码评 (a ticket) or online (a case) with the service's token. */
	public Rating rateByToken(String token, Verdict verdict) {
		refuseStaff();
		var service = serviceByToken(token);
		return rate(service, "CASE".equals(service.kind()) ? Channel.ONLINE : Channel.QR_CODE, verdict);
	}

	/** The one 追评 after a rating. */
	public Rating followUp(String token, Level level, String comment) {
		refuseStaff();
		var service = serviceByToken(token);
		var rating = repository.ratingOfService(service.id())
			.orElseThrow(() -> DomainException.conflict("evaluation.not-rated-yet"));
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (!repository.followUp(rating.id(), level, text, clock.instant())) {
			throw DomainException.conflict("evaluation.follow-up-done");
		}
		rectifications.followedUp(rating.id(), level, text);
		return repository.rating(rating.id()).orElseThrow();
	}

	/**
	 * 卡片评: an anonymous paper card typed in by staff. The card names a counter or a department of a site, never
	 * a person; a text with an ID or mobile number is refused so that none is stored.
	 */
	public Rating card(Long siteId, Long counterId, Long departmentId, Verdict verdict) {
		var me = staff.current();
		long site = siteId != null ? siteId : me.siteId();
		if (!staff.currentScope().includes(site)) {
			throw DomainException.forbidden("evaluation.site-out-of-scope", site);
		}
		if (counterId != null) {
			long wanted = counterId;
			sites.findCounter(wanted)
				.filter(c -> c.siteId() == site)
				.orElseThrow(() -> DomainException.notFound("evaluation.counter-not-found", wanted));
		}
		if (departmentId != null && sites.findDepartment(departmentId).isEmpty()) {
			throw DomainException.notFound("evaluation.department-not-found", departmentId);
		}
		if (containsPersonalData(verdict.comment())) {
			throw DomainException.badRequest("evaluation.card-personal-data");
		}
		check(verdict);
		Instant now = clock.instant();
		long id = repository.insertRating(null, site, counterId, null, departmentId, Channel.CARD, verdict.level(),
				verdict.reasons(), verdict.comment(), now, me.id());
		var rating = repository.rating(id).orElseThrow();
		if (rating.level().bad()) {
			String where = counterId != null ? sites.findCounter(counterId).orElseThrow().name()
					: departmentId != null ? sites.findDepartment(departmentId).orElseThrow().name()
							: sites.getSite(site).name();
			rectifications.open(rating, "评价卡 " + where);
		}
		return rating;
	}

	private Rating rate(RatedService service, Channel channel, Verdict verdict) {
		check(verdict);
		if (repository.ratingOfService(service.id()).isPresent()) {
			throw DomainException.conflict("evaluation.already-rated");
		}
		long id;
		try {
			id = repository.insertRating(service.id(), service.siteId(), service.counterId(), service.staffId(),
					service.departmentId(), channel, verdict.level(), verdict.reasons(), verdict.comment(),
					clock.instant(), null);
		}
		catch (DuplicateKeyException raced) {
			throw DomainException.conflict("evaluation.already-rated");
		}
		var rating = repository.rating(id).orElseThrow();
		if (rating.level().bad()) {
			rectifications.open(rating, service.description());
		}
		return rating;
	}

	/** A 差评 needs a reason from the list and/or a text; reasons must be on the list. */
	private static void check(Verdict verdict) {
		var unknown = new ArrayList<String>();
		for (String reason : verdict.reasons()) {
			if (!BadRatingReasons.known(reason)) {
				unknown.add(reason);
			}
		}
		if (!unknown.isEmpty()) {
			throw DomainException.badRequest("evaluation.reason-unknown", String.join("、", unknown));
		}
		if (verdict.level().bad() && verdict.reasons().isEmpty() && verdict.comment() == null) {
			throw DomainException.badRequest("evaluation.reason-required", verdict.level().label());
		}
	}

	/** The clerk cannot submit for the citizen: no rating with a staff session. */
	private void refuseStaff() {
		if (currentStaff.find().isPresent()) {
			throw DomainException.forbidden("evaluation.staff-cannot-rate");
		}
	}

	private void checkPad(long counterId, String padSecret) {
		refuseStaff();
		if (sites.findCounter(counterId).isEmpty()) {
			throw DomainException.notFound("evaluation.counter-not-found", counterId);
		}
		String stored = repository.padSecretHash(counterId).orElse(null);
		if (stored == null || padSecret == null || padSecret.isBlank() || !MessageDigest
			.isEqual(stored.getBytes(StandardCharsets.US_ASCII), Sha256.hex(padSecret).getBytes(StandardCharsets.US_ASCII))) {
			throw DomainException.forbidden("evaluation.pad-not-paired", counterId);
		}
	}
}
