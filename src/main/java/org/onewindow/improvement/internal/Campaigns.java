package org.onewindow.improvement.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.onewindow.platform.DomainException;
import org.onewindow.shared.Masking;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.StaffManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 金点子 campaigns: set up by the site administrator, answered through a public form (no login) while open, and
 * reviewed by staff; an adopted suggestion enters the {@link IssueLedger}.
 */
@Service
@Transactional
public class Campaigns {

	/** Letters and digits that cannot be mistaken for each other on a printed poster. */
	private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final int CODE_LENGTH = 8;

	/** How long an identical submission counts as a repeated tap of the same one. */
	private static final java.time.Duration REPEAT_WINDOW = java.time.Duration.ofMinutes(10);

	private final SecureRandom random = new SecureRandom();

	private final CampaignRepository campaigns;
	private final IssueLedger ledger;
	private final StaffManagement staff;
	private final SiteManagement sites;
	private final Clock clock;

	Campaigns(CampaignRepository campaigns, IssueLedger ledger, StaffManagement staff, SiteManagement sites,
			Clock clock) {
		this.campaigns = campaigns;
		this.ledger = ledger;
		this.staff = staff;
		this.sites = sites;
		this.clock = clock;
	}

	public record CampaignData(String name, LocalDate startsOn, LocalDate endsOn, List<TargetGroup> targetGroups,
			List<Theme> themes, List<Theme> questionnaireThemes) {
	}

	public record CampaignView(long id, String code, long siteId, String siteName, String name, LocalDate startsOn,
			LocalDate endsOn, boolean open, List<Labelled> targetGroups, List<Labelled> themes,
			List<Labelled> questionnaireThemes, Map<Suggestion.Status, Integer> suggestions,
			List<CampaignRepository.ThemeScore> scores, String formPath, int version) {
	}

	/** A code with its words, for the pages. */
	public record Labelled(String code, String label) {

		static List<Labelled> of(List<TargetGroup> groups, List<Theme> themes) {
			return groups != null ? groups.stream().map(g -> new Labelled(g.name(), g.label())).toList()
					: themes.stream().map(t -> new Labelled(t.name(), t.label())).toList();
		}
	}

	public CampaignView create(long siteId, CampaignData data) {
		var me = staff.current();
		if (!staff.currentScope().includes(siteId)) {
			throw DomainException.forbidden("improvement.site-out-of-scope", String.valueOf(siteId));
		}
		check(data);
		String code = newCode();
		while (campaigns.findByCode(code).isPresent()) {
			code = newCode();
		}
		var campaign = new Campaign(0, code, siteId, data.name(), data.startsOn(), data.endsOn(),
				distinct(data.targetGroups()), distinct(data.themes()), distinct(data.questionnaireThemes()), me.id(),
				clock.instant(), 0);
		return view(campaigns.find(campaigns.insert(campaign)).orElseThrow(), true);
	}

	public CampaignView update(long id, int version, CampaignData data) {
		var campaign = visible(id);
		check(data);
		var changed = new Campaign(id, campaign.code(), campaign.siteId(), data.name(), data.startsOn(), data.endsOn(),
				distinct(data.targetGroups()), distinct(data.themes()), distinct(data.questionnaireThemes()),
				campaign.createdBy(), campaign.createdAt(), version);
		if (!campaigns.update(changed, clock.instant())) {
			throw DomainException.conflict("improvement.campaign-changed", campaign.name());
		}
		return view(campaigns.find(id).orElseThrow(), true);
	}

	@Transactional(readOnly = true)
	public List<CampaignView> list() {
		var ids = staff.currentScope().asArray();
		var counts = campaigns.counts(ids);
		return campaigns.inSites(ids)
			.stream()
			.map(c -> view(c, counts.getOrDefault(c.id(), Map.of()), List.of()))
			.toList();
	}

	@Transactional(readOnly = true)
	public CampaignView get(long id) {
		return view(visible(id), true);
	}

	@Transactional(readOnly = true)
	public Campaign campaign(long id) {
		return visible(id);
	}

	// --- the public form -----------------------------------------------------------------------------------------

	/** What the public form shows; unknown codes are 404. */
	@Transactional(readOnly = true)
	public CampaignView publicView(String code) {
		var campaign = byCode(code);
		return view(campaign, Map.of(), List.of());
	}

	public record Submission(TargetGroup targetGroup, Theme theme, String content, String name, String phone,
			Map<Theme, Integer> answers) {
	}

	public record Receipt(long id, boolean anonymous, String message) {
	}

	public Receipt submit(String code, Submission submission) {
		var campaign = byCode(code);
		if (!campaign.openOn(LocalDate.now(clock))) {
			throw DomainException.unprocessable("improvement.campaign-closed", campaign.name(),
					campaign.startsOn().toString(), campaign.endsOn().toString());
		}
		if (!campaign.targetGroups().contains(submission.targetGroup())) {
			throw DomainException.badRequest("improvement.target-group-not-asked", submission.targetGroup().label());
		}
		if (!campaign.themes().contains(submission.theme())) {
			throw DomainException.badRequest("improvement.theme-not-asked", submission.theme().label());
		}
		var answers = new EnumMap<Theme, Integer>(Theme.class);
		if (submission.answers() != null) {
			submission.answers().forEach((theme, score) -> {
				if (!campaign.questionnaireThemes().contains(theme)) {
					throw DomainException.badRequest("improvement.question-unknown", theme.label());
				}
				if (score == null || score < 1 || score > 5) {
					throw DomainException.badRequest("improvement.score-invalid", theme.label());
				}
				answers.put(theme, score);
			});
		}
		String name = blankToNull(submission.name());
		if (name != null && !name.codePoints().allMatch(c -> Character.isLetter(c) || c == '·' || c == '•' || c == ' ')) {
			throw DomainException.badRequest("improvement.name-invalid");
		}
		String phone = blankToNull(submission.phone());
		if (phone != null) {
			phone = PhoneNumber.of(phone).value();
		}
		var suggestion = new Suggestion(0, campaign.id(), campaign.siteId(), submission.targetGroup(),
				submission.theme(), submission.content().strip(), name, phone, clock.instant(), Suggestion.Status.NEW,
				null, null, null, null, answers, 0);
		// the same suggestion again within minutes is a repeated tap, not a second suggestion: the first one's receipt
		long id = campaigns.findRepeat(suggestion, suggestion.submittedAt().minus(REPEAT_WINDOW))
			.orElseGet(() -> campaigns.insertSuggestion(suggestion));
		return new Receipt(id, suggestion.anonymous(), "感谢您的金点子！我们会认真研究，采纳后纳入问题台账限期整改。");
	}

	// --- review --------------------------------------------------------------------------------------------------

	/** A suggestion as staff see it: personal data masked, anonymous ones say so. */
	public record SuggestionView(long id, long campaignId, String targetGroup, String targetGroupLabel, String theme,
			String themeLabel, String content, boolean anonymous, String author, String phone,
			java.time.Instant submittedAt, Suggestion.Status status, String statusLabel, String reply,
			Long issueId, List<Answer> answers, int version) {
	}

	public record Answer(String theme, String themeLabel, int score) {
	}

	@Transactional(readOnly = true)
	public List<SuggestionView> suggestions(long campaignId, Suggestion.Status status) {
		visible(campaignId);
		return campaigns.suggestions(campaignId, status).stream().map(Campaigns::view).toList();
	}

	public record Review(Suggestion.Status decision, String reply, Long departmentId, DeadlineClass deadlineClass) {
	}

	public SuggestionView review(long id, int version, Review review) {
		var suggestion = campaigns.findSuggestion(id)
			.filter(s -> staff.currentScope().includes(s.siteId()))
			.orElseThrow(() -> DomainException.notFound("improvement.suggestion-not-found", String.valueOf(id)));
		if (review.decision() == Suggestion.Status.NEW) {
			throw DomainException.badRequest("improvement.decision-invalid");
		}
		if (suggestion.status() != Suggestion.Status.NEW) {
			throw DomainException.conflict("improvement.suggestion-reviewed", String.valueOf(id),
					suggestion.status().label());
		}
		if (suggestion.version() != version) {
			throw DomainException.conflict("improvement.suggestion-changed", String.valueOf(id));
		}
		var me = staff.current();
		Long issueId = null;
		if (review.decision() == Suggestion.Status.ADOPTED) {
			if (review.deadlineClass() == null) {
				throw DomainException.badRequest("improvement.deadline-class-required");
			}
			issueId = ledger.recordAdopted(suggestion, review.departmentId(), review.deadlineClass(), me.id());
		}
		if (!campaigns.review(id, version, review.decision(), review.reply().strip(), me.id(), clock.instant(),
				issueId)) {
			// rolls the ledger entry back with the transaction
			throw DomainException.conflict("improvement.suggestion-changed", String.valueOf(id));
		}
		return view(campaigns.findSuggestion(id).orElseThrow());
	}

	// --- helpers -------------------------------------------------------------------------------------------------

	private static SuggestionView view(Suggestion s) {
		return new SuggestionView(s.id(), s.campaignId(), s.targetGroup().name(), s.targetGroup().label(),
				s.theme().name(), s.theme().label(), s.content(), s.anonymous(),
				s.authorName() == null ? "匿名" : Masking.name(s.authorName()),
				s.authorPhone() == null ? null : PhoneNumber.of(s.authorPhone()).masked(), s.submittedAt(), s.status(),
				s.status().label(), s.reply(), s.issueId(),
				s.answers().entrySet().stream().map(e -> new Answer(e.getKey().name(), e.getKey().label(), e.getValue()))
					.toList(),
				s.version());
	}

	private CampaignView view(Campaign c, boolean withFigures) {
		return withFigures
				? view(c, campaigns.counts(new Long[] { c.siteId() }).getOrDefault(c.id(), Map.of()),
						campaigns.scores(c.id()))
				: view(c, Map.of(), List.of());
	}

	private CampaignView view(Campaign c, Map<Suggestion.Status, Integer> counts,
			List<CampaignRepository.ThemeScore> scores) {
		String siteName = sites.findSite(c.siteId()).map(s -> s.name()).orElse("");
		return new CampaignView(c.id(), c.code(), c.siteId(), siteName, c.name(), c.startsOn(), c.endsOn(),
				c.openOn(LocalDate.now(clock)), Labelled.of(c.targetGroups(), null), Labelled.of(null, c.themes()),
				Labelled.of(null, c.questionnaireThemes()), counts, scores, "/m/suggest/" + c.code(), c.version());
	}

	private Campaign visible(long id) {
		return campaigns.find(id)
			.filter(c -> staff.currentScope().includes(c.siteId()))
			.orElseThrow(() -> DomainException.notFound("improvement.campaign-not-found", String.valueOf(id)));
	}

	private Campaign byCode(String code) {
		return campaigns.findByCode(code)
			.orElseThrow(() -> DomainException.notFound("improvement.campaign-code-not-found", code));
	}

	private static void check(CampaignData data) {
		if (data.endsOn().isBefore(data.startsOn())) {
			throw DomainException.badRequest("improvement.period-invalid", data.startsOn().toString(),
					data.endsOn().toString());
		}
		for (var theme : data.questionnaireThemes()) {
			if (!data.themes().contains(theme)) {
				throw DomainException.badRequest("improvement.question-not-a-theme", theme.label());
			}
		}
	}

	private String newCode() {
		var code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private static <E> List<E> distinct(List<E> values) {
		return values == null ? List.of() : values.stream().distinct().toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
