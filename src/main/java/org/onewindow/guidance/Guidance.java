package org.onewindow.guidance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.guidance.GuidanceResult.NearestSite;
import org.onewindow.guidance.internal.EngineHolder;
import org.onewindow.guidance.internal.GuidanceEngine.Hit;
import org.onewindow.platform.DomainException;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.springframework.stereotype.Service;

/**
 * Guidance for the guide desk, the kiosk, the citizen pages and other modules: a citizen's words in, ranked answers
 * out, each saying whether the given site may accept it and, if not, the nearest site up the tree that may.
 */
@Service
public class Guidance {

	public static final int MAX_QUERY_LENGTH = 200;

	private static final Duration DEPARTMENT_NAMES_REFRESH = Duration.ofMinutes(1);

	private final EngineHolder engines;
	private final SiteManagement sites;
	private final Clock clock;
	private volatile Map<String, String> departmentNames = Map.of();
	private volatile Instant departmentNamesLoadedAt = Instant.EPOCH;

	Guidance(EngineHolder engines, SiteManagement sites, Clock clock) {
		this.engines = engines;
		this.sites = sites;
		this.clock = clock;
	}

	public List<GuidanceResult> search(String query, Long siteId, int limit) {
		String text = query == null ? "" : query.strip();
		if (text.isEmpty()) {
			throw DomainException.badRequest("guidance.query-empty");
		}
		if (text.length() > MAX_QUERY_LENGTH) {
			throw DomainException.badRequest("guidance.query-too-long", MAX_QUERY_LENGTH, text.length());
		}
		if (limit < 1 || limit > 50) {
			throw DomainException.badRequest("guidance.limit-out-of-range", limit);
		}
		List<SiteSummary> ancestry = siteId == null ? List.of() : ancestryOf(siteId);
		var engine = engines.engine().orElseThrow(() -> DomainException.notFound("catalog.nothing-published"));
		var snapshot = engine.snapshot();
		var results = new ArrayList<GuidanceResult>();
		for (Hit hit : engine.search(text, limit)) {
			results.add(result(hit, snapshot, ancestry));
		}
		return results;
	}

	private List<SiteSummary> ancestryOf(long siteId) {
		var ancestry = sites.ancestry(siteId);
		if (ancestry.isEmpty()) {
			throw DomainException.notFound("site.not-found", siteId);
		}
		return ancestry;
	}

	private GuidanceResult result(Hit hit, CatalogSnapshot snapshot, List<SiteSummary> ancestry) {
		double score = Math.round(hit.score() * 100) / 100.0;
		return switch (hit.type()) {
			case SITUATION -> {
				Situation situation = hit.doc().situation();
				ServiceItem item = hit.doc().item();
				NearestSite nearest = nearest(ancestry, List.of(situation));
				yield new GuidanceResult(ResultType.SITUATION, situation.code(), situation.name(), item.code(),
						item.name(), situation.name(), List.of(), departmentName(item.department()),
						ancestry.isEmpty() || nearest != null && nearest.id() == ancestry.get(0).id(),
						here(ancestry, nearest), hit.why(), score);
			}
			case ITEM -> {
				ServiceItem item = hit.doc().item();
				var situations = snapshot.situationsOf(item.code());
				NearestSite nearest = nearest(ancestry, situations);
				yield new GuidanceResult(ResultType.ITEM, item.code(), item.name(), item.code(), item.name(), null,
						List.of(), departmentName(item.department()),
						ancestry.isEmpty() || nearest != null && nearest.id() == ancestry.get(0).id(),
						here(ancestry, nearest), hit.why(), score);
			}
			case BUNDLE -> {
				Bundle bundle = hit.doc().bundle();
				var members = bundle.members()
					.stream()
					.map(member -> snapshot.situation(member.situation()).orElse(null))
					.filter(situation -> situation != null)
					.toList();
				var memberItems = members.stream()
					.map(situation -> snapshot.item(situation.itemCode()).map(ServiceItem::name).orElse(situation.name()))
					.distinct()
					.toList();
				NearestSite nearest = nearestForAll(ancestry, members);
				yield new GuidanceResult(ResultType.BUNDLE, bundle.code(), bundle.name(), null, null, null,
						memberItems, null, ancestry.isEmpty() || nearest != null && nearest.id() == ancestry.get(0).id(),
						here(ancestry, nearest), hit.why(), score);
			}
			case SERVICE -> new GuidanceResult(ResultType.SERVICE, hit.doc().service().code(),
					hit.doc().service().name(), null, null, null, List.of(), null, true, null, hit.why(), score);
		};
	}

	/** Null when the answer can be had at the asked site (or no site was asked). */
	private static NearestSite here(List<SiteSummary> ancestry, NearestSite nearest) {
		return ancestry.isEmpty() || nearest != null && nearest.id() == ancestry.get(0).id() ? null : nearest;
	}

	/** The nearest site (the asked one first, then up the tree) where one of the situations may be handled. */
	private static NearestSite nearest(List<SiteSummary> ancestry, List<Situation> situations) {
		for (SiteSummary site : ancestry) {
			if (situations.stream().anyMatch(situation -> handles(site.level(), situation))) {
				return new NearestSite(site.id(), site.name());
			}
		}
		return null;
	}

	/** The nearest site where all the situations may be handled (a bundle is done in one place). */
	private static NearestSite nearestForAll(List<SiteSummary> ancestry, List<Situation> situations) {
		for (SiteSummary site : ancestry) {
			if (situations.stream().allMatch(situation -> handles(site.level(), situation))) {
				return new NearestSite(site.id(), site.name());
			}
		}
		return null;
	}

	/** A county or town site accepts what its level may accept; a village station may collect (村代办). */
	static boolean handles(SiteLevel level, Situation situation) {
		return level == SiteLevel.VILLAGE ? situation.villageCollect() : situation.acceptLevels().contains(level);
	}

	/** Department names change rarely; this node reloads them at most once a minute. */
	private String departmentName(String code) {
		Instant now = clock.instant();
		if (departmentNamesLoadedAt.plus(DEPARTMENT_NAMES_REFRESH).isBefore(now)) {
			departmentNames = sites.departments()
				.stream()
				.collect(Collectors.toUnmodifiableMap(DepartmentSummary::code, DepartmentSummary::name));
			departmentNamesLoadedAt = now;
		}
		return departmentNames.getOrDefault(code, code);
	}
}
