package org.onewindow.acceptance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.platform.DomainException;
import org.onewindow.site.SiteLevel;

/**
 * What a case is about, read from the pinned handbook version: one situation, or a bundle (一件事) with its member
 * situations. Derives the case's title, 即办 mode, time limits and material checklist.
 *
 * @param bundle {@code null} for a single situation
 */
public record CaseSubject(CatalogSnapshot catalog, List<Situation> situations, Bundle bundle) {

	public CaseSubject {
		situations = List.copyOf(situations);
	}

	/**
	 * @throws DomainException 422 for an unknown situation or bundle
	 */
	public static CaseSubject of(CatalogSnapshot catalog, String situationCode, String bundleCode) {
		if (bundleCode != null) {
			Bundle bundle = catalog.bundle(bundleCode)
				.orElseThrow(() -> DomainException.unprocessable("acceptance.bundle-unknown", bundleCode));
			var members = bundle.members()
				.stream()
				.map(m -> catalog.situation(m.situation())
					.orElseThrow(() -> DomainException.unprocessable("acceptance.situation-unknown", m.situation())))
				.toList();
			return new CaseSubject(catalog, members, bundle);
		}
		Situation situation = catalog.situation(situationCode)
			.orElseThrow(() -> DomainException.unprocessable("acceptance.situation-unknown", situationCode));
		return new CaseSubject(catalog, List.of(situation), null);
	}

	public String title() {
		return bundle != null ? bundle.name() : situations.get(0).name();
	}

	public List<String> situationCodes() {
		return situations.stream().map(Situation::code).toList();
	}

	/** 即办件: the situation, or every member of the bundle, is finished on the spot. */
	public boolean instant() {
		return situations.stream().allMatch(s -> s.mode() == AcceptanceMode.INSTANT);
	}

	/** Promised working days: a bundle's groups run in order, the members of a group in parallel. */
	public int promisedDays() {
		return byGroups(Situation::promisedDays);
	}

	/**
	 * Legal working days (the items' 法定时限), combined like {@link #promisedDays()}; 0 (无法定时限) when an item sets
	 * none, for a bundle when any member's item sets none: the whole has no legal time limit then.
	 */
	public int legalDays() {
		java.util.function.ToIntFunction<Situation> legal = s -> catalog.item(s.itemCode())
			.map(ServiceItem::legalDays)
			.orElse(s.promisedDays());
		if (situations.stream().anyMatch(s -> legal.applyAsInt(s) == 0)) {
			return 0;
		}
		return byGroups(legal);
	}

	private int byGroups(java.util.function.ToIntFunction<Situation> days) {
		if (bundle == null) {
			return days.applyAsInt(situations.get(0));
		}
		var longestPerGroup = new TreeMap<Integer, Integer>();
		for (var member : bundle.members()) {
			var situation = catalog.situation(member.situation()).orElseThrow();
			longestPerGroup.merge(member.group(), days.applyAsInt(situation), Math::max);
		}
		return longestPerGroup.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Whether a site of this level may accept every situation (县镇同权: the handbook's accept levels). */
	public boolean acceptableAt(SiteLevel level) {
		return situations.stream().allMatch(s -> s.acceptLevels().contains(level));
	}

	/**
	 * Whether a village station may collect it for its town sub-center (村代办): every situation allows village
	 * collection and may be accepted at the town level.
	 */
	public boolean villageCollectable(SiteLevel parentLevel) {
		return situations.stream().allMatch(s -> s.villageCollect() && s.acceptLevels().contains(parentLevel));
	}

	/** The levels where every situation may be accepted, for the refusal message. */
	public Set<SiteLevel> acceptLevels() {
		var levels = new java.util.TreeSet<SiteLevel>(Set.of(SiteLevel.values()));
		situations.forEach(s -> levels.retainAll(s.acceptLevels()));
		return levels;
	}

	/**
	 * The checklist: the situation's materials, or for a bundle the union of its members' materials with those of
	 * the same name merged (required or key when any member says so, pledge only when every member allows it).
	 * Required lines start {@link MaterialStatus#MISSING}; conditional lines start
	 * {@link MaterialStatus#NOT_APPLICABLE}, except those about an agent (委托) when an agent acts.
	 */
	public List<CaseMaterial> checklist(long caseId, boolean withAgent) {
		var merged = new LinkedHashMap<String, List<Map.Entry<String, MaterialRequirement>>>();
		for (Situation situation : situations) {
			for (MaterialRequirement material : situation.materials()) {
				merged.computeIfAbsent(material.name().strip(), name -> new ArrayList<>())
					.add(Map.entry(situation.code(), material));
			}
		}
		var lines = new ArrayList<CaseMaterial>();
		int line = 1;
		for (var entry : merged.entrySet()) {
			var uses = entry.getValue();
			MaterialRequirement first = uses.get(0).getValue();
			boolean required = uses.stream().anyMatch(u -> u.getValue().required());
			boolean key = uses.stream().anyMatch(u -> u.getValue().key());
			boolean pledge = uses.stream().allMatch(u -> u.getValue().pledgeAllowed());
			String licenseType = uses.stream()
				.map(u -> u.getValue().licenseType())
				.filter(t -> t != null && !t.isBlank())
				.findFirst()
				.orElse(null);
			String condition = required ? null : first.condition();
			var status = required || (withAgent && condition != null && condition.contains("委托"))
					? MaterialStatus.MISSING : MaterialStatus.NOT_APPLICABLE;
			lines.add(new CaseMaterial(caseId, line++, entry.getKey(), first.form().label(), first.copies(), required,
					condition, key, pledge, licenseType, first.source() == null ? null : first.source().label(),
					first.checkNotes(), first.formTemplate(),
					bundle == null ? List.of() : uses.stream().map(Map.Entry::getKey).distinct().toList(), status,
					null, null, null, null, null, false, List.of()));
		}
		return lines;
	}
}
