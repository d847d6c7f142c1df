package org.onewindow.improvement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Campaigns, their suggestions and the questionnaire answers.
 */
@Repository
class CampaignRepository {

	private static final String CAMPAIGN = """
			id, code, site_id, name, starts_on, ends_on, target_groups, themes, questionnaire_themes, created_by,
			created_at, version""";

	private static final String SUGGESTION = """
			id, campaign_id, site_id, target_group, theme, content, author_name, author_phone, submitted_at, status,
			reply, reviewed_by, reviewed_at, issue_id, version""";

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Campaign c) {
		return jdbc.sql("""
				insert into imp_campaign (code, site_id, name, starts_on, ends_on, target_groups, themes,
				    questionnaire_themes, created_by, created_at, updated_at)
				values (:code, :site, :name, :startsOn, :endsOn, :groups, :themes, :questions, :by, :at, :at)
				returning id""")
			.param("code", c.code())
			.param("site", c.siteId())
			.param("name", c.name())
			.param("startsOn", c.startsOn())
			.param("endsOn", c.endsOn())
			.param("groups", join(c.targetGroups()))
			.param("themes", join(c.themes()))
			.param("questions", join(c.questionnaireThemes()))
			.param("by", c.createdBy())
			.param("at", Timestamp.from(c.createdAt()))
			.query(Long.class)
			.single();
	}

	/** @return false when the version was stale */
	boolean update(Campaign c, Instant now) {
		return jdbc.sql("""
				update imp_campaign set name = :name, starts_on = :startsOn, ends_on = :endsOn,
				    target_groups = :groups, themes = :themes, questionnaire_themes = :questions,
				    updated_at = :now, version = version + 1
				where id = :id and version = :version""")
			.param("id", c.id())
			.param("version", c.version())
			.param("name", c.name())
			.param("startsOn", c.startsOn())
			.param("endsOn", c.endsOn())
			.param("groups", join(c.targetGroups()))
			.param("themes", join(c.themes()))
			.param("questions", join(c.questionnaireThemes()))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<Campaign> find(long id) {
		return jdbc.sql("select " + CAMPAIGN + " from imp_campaign where id = :id")
			.param("id", id)
			.query(CampaignRepository::campaign)
			.optional();
	}

	Optional<Campaign> findByCode(String code) {
		return jdbc.sql("select " + CAMPAIGN + " from imp_campaign where code = :code")
			.param("code", code)
			.query(CampaignRepository::campaign)
			.optional();
	}

	List<Campaign> inSites(Long[] siteIds) {
		return jdbc.sql("select " + CAMPAIGN + " from imp_campaign where site_id = any(:sites) order by starts_on desc, id desc")
			.param("sites", siteIds)
			.query(CampaignRepository::campaign)
			.list();
	}

	Map<Long, Map<Suggestion.Status, Integer>> counts(Long[] siteIds) {
		var counts = new java.util.HashMap<Long, Map<Suggestion.Status, Integer>>();
		jdbc.sql("""
				select campaign_id, status, count(*) as n from imp_suggestion where site_id = any(:sites)
				group by campaign_id, status""")
			.param("sites", siteIds)
			.query((rs, n) -> counts.computeIfAbsent(rs.getLong("campaign_id"), id -> new EnumMap<>(Suggestion.Status.class))
				.put(Suggestion.Status.valueOf(rs.getString("status")), rs.getInt("n")))
			.list();
		return counts;
	}

	long insertSuggestion(Suggestion s) {
		long id = jdbc.sql("""
				insert into imp_suggestion (campaign_id, site_id, target_group, theme, content, author_name,
				    author_phone, submitted_at, status)
				values (:campaign, :site, :group, :theme, :content, :name, :phone, :at, :status)
				returning id""")
			.param("campaign", s.campaignId())
			.param("site", s.siteId())
			.param("group", s.targetGroup().name())
			.param("theme", s.theme().name())
			.param("content", s.content())
			.param("name", s.authorName())
			.param("phone", s.authorPhone())
			.param("at", Timestamp.from(s.submittedAt()))
			.param("status", s.status().name())
			.query(Long.class)
			.single();
		s.answers().forEach((theme, score) -> jdbc
			.sql("insert into imp_answer (suggestion_id, theme, score) values (:id, :theme, :score)")
			.param("id", id)
			.param("theme", theme.name())
			.param("score", score)
			.update());
		return id;
	}

	/** The id of the same suggestion sent to the campaign since {@code since} (a double tap on a slow phone). */
	Optional<Long> findRepeat(Suggestion s, Instant since) {
		return jdbc.sql("""
				select id from imp_suggestion
				where campaign_id = :campaign and content = :content and theme = :theme and target_group = :group
				  and author_name is not distinct from :name and author_phone is not distinct from :phone
				  and submitted_at >= :since
				order by id limit 1""")
			.param("campaign", s.campaignId())
			.param("content", s.content())
			.param("theme", s.theme().name())
			.param("group", s.targetGroup().name())
			.param("name", s.authorName())
			.param("phone", s.authorPhone())
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.optional();
	}

	Optional<Suggestion> findSuggestion(long id) {
		return jdbc.sql("select " + SUGGESTION + " from imp_suggestion where id = :id")
			.param("id", id)
			.query((rs, n) -> suggestion(rs, answersOf(List.of(rs.getLong("id")))))
			.optional();
	}

	List<Suggestion> suggestions(long campaignId, Suggestion.Status status) {
		var ids = jdbc.sql("select id from imp_suggestion where campaign_id = :campaign").param("campaign", campaignId)
			.query(Long.class).list();
		var answers = answersOf(ids);
		return jdbc.sql("select " + SUGGESTION + """
				 from imp_suggestion where campaign_id = :campaign and (cast(:status as varchar) is null or status = :status)
				order by submitted_at desc, id desc limit 500""")
			.param("campaign", campaignId)
			.param("status", status == null ? null : status.name())
			.query((rs, n) -> suggestion(rs, answers))
			.list();
	}

	/** @return false when the version was stale or the suggestion was reviewed already */
	boolean review(long id, int version, Suggestion.Status status, String reply, long by, Instant at, Long issueId) {
		return jdbc.sql("""
				update imp_suggestion set status = :status, reply = :reply, reviewed_by = :by, reviewed_at = :at,
				    issue_id = :issue, version = version + 1
				where id = :id and version = :version""")
			.param("id", id)
			.param("version", version)
			.param("status", status.name())
			.param("reply", reply)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("issue", issueId)
			.update() == 1;
	}

	/** Average score per questionnaire theme of a campaign's suggestions, and how many answered. */
	List<ThemeScore> scores(long campaignId) {
		return jdbc.sql("""
				select a.theme, avg(a.score)::numeric(3,2) as average, count(*) as answers
				from imp_answer a join imp_suggestion s on s.id = a.suggestion_id
				where s.campaign_id = :campaign group by a.theme""")
			.param("campaign", campaignId)
			.query((rs, n) -> new ThemeScore(Theme.valueOf(rs.getString("theme")), rs.getBigDecimal("average").doubleValue(),
					rs.getInt("answers")))
			.list();
	}

	record ThemeScore(Theme theme, double average, int answers) {
	}

	private Map<Long, Map<Theme, Integer>> answersOf(List<Long> suggestionIds) {
		var answers = new java.util.HashMap<Long, Map<Theme, Integer>>();
		if (suggestionIds.isEmpty()) {
			return answers;
		}
		jdbc.sql("select suggestion_id, theme, score from imp_answer where suggestion_id = any(:ids)")
			.param("ids", suggestionIds.toArray(Long[]::new))
			.query((rs, n) -> answers.computeIfAbsent(rs.getLong("suggestion_id"), id -> new EnumMap<>(Theme.class))
				.put(Theme.valueOf(rs.getString("theme")), rs.getInt("score")))
			.list();
		return answers;
	}

	private static Suggestion suggestion(ResultSet rs, Map<Long, Map<Theme, Integer>> answers) throws SQLException {
		long id = rs.getLong("id");
		var reviewedAt = rs.getTimestamp("reviewed_at");
		return new Suggestion(id, rs.getLong("campaign_id"), rs.getLong("site_id"),
				TargetGroup.valueOf(rs.getString("target_group")), Theme.valueOf(rs.getString("theme")),
				rs.getString("content"), rs.getString("author_name"), rs.getString("author_phone"),
				rs.getTimestamp("submitted_at").toInstant(), Suggestion.Status.valueOf(rs.getString("status")),
				rs.getString("reply"), rs.getObject("reviewed_by", Long.class),
				reviewedAt == null ? null : reviewedAt.toInstant(), rs.getObject("issue_id", Long.class),
				answers.getOrDefault(id, Map.of()), rs.getInt("version"));
	}

	private static Campaign campaign(ResultSet rs, int row) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getString("code"), rs.getLong("site_id"), rs.getString("name"),
				rs.getObject("starts_on", java.time.LocalDate.class), rs.getObject("ends_on", java.time.LocalDate.class),
				split(rs.getString("target_groups"), TargetGroup::valueOf), split(rs.getString("themes"), Theme::valueOf),
				split(rs.getString("questionnaire_themes"), Theme::valueOf), rs.getLong("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}

	private static String join(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static <E> List<E> split(String value, Function<String, E> parse) {
		return value == null || value.isBlank() ? List.of()
				: Arrays.stream(value.split(",")).map(parse).toList();
	}
}
