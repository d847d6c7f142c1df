package org.onewindow.evaluation.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteScope;
import org.onewindow.staff.StaffManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly ratings per staff member, counter, department or site: counts per level, 好评率 (非常满意, 满意 and
 * 基本满意 over all ratings that count), 差评 and the share of 差评 closed in time. Annulled ratings do not count.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationStatistics {

	public enum By {
		STAFF("staff_id"), COUNTER("counter_id"), DEPARTMENT("department_id"), SITE("site_id");

		private final String column;

		By(String column) {
			this.column = column;
		}
	}

	/**
	 * @param goodRate 好评率 in percent with one decimal, {@code null} without ratings
	 * @param closedInTimeRate percent of the 差评 whose rectification closed in time, {@code null} without 差评
	 */
	public record Row(Long id, String name, Map<Level, Long> counts, long total, Double goodRate, long bad,
			long badClosedInTime, Double closedInTimeRate) {
	}

	private final EvaluationRepository repository;
	private final StaffManagement staff;
	private final SiteManagement sites;
	private final Clock clock;

	EvaluationStatistics(EvaluationRepository repository, StaffManagement staff, SiteManagement sites, Clock clock) {
		this.repository = repository;
		this.staff = staff;
		this.sites = sites;
		this.clock = clock;
	}

	/** The month's rows, best 好评率 first (the ranking). */
	public List<Row> month(YearMonth month, By by) {
		SiteScope scope = staff.currentScope();
		var from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
		var to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
		var groups = new LinkedHashMap<Long, List<EvaluationRepository.LevelCount>>();
		for (var count : repository.levelCounts(scope.asArray(), from, to, by.column)) {
			groups.computeIfAbsent(count.key(), k -> new ArrayList<>()).add(count);
		}
		var rows = new ArrayList<Row>();
		groups.forEach((key, counts) -> {
			var perLevel = new EnumMap<Level, Long>(Level.class);
			for (Level level : Level.values()) {
				perLevel.put(level, 0L);
			}
			long total = 0;
			long good = 0;
			long bad = 0;
			long closedInTime = 0;
			for (var count : counts) {
				perLevel.merge(count.level(), count.count(), Long::sum);
				total += count.count();
				if (count.level().bad()) {
					bad += count.count();
					closedInTime += count.closedOnTime();
				}
				else {
					good += count.count();
				}
			}
			rows.add(new Row(key, name(by, key), perLevel, total, percent(good, total), bad, closedInTime,
					percent(closedInTime, bad)));
		});
		rows.sort(Comparator.comparing((Row row) -> row.goodRate() == null ? -1 : row.goodRate())
			.reversed()
			.thenComparing(Row::total, Comparator.reverseOrder()));
		return rows;
	}

	private static Double percent(long part, long whole) {
		return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
	}

	private String name(By by, Long id) {
		if (id == null) {
			return switch (by) {
				case STAFF -> "（评价卡或办件，未关联工作人员）";
				case COUNTER -> "（未关联窗口）";
				case DEPARTMENT -> "（综合窗口 / 大厅）";
				case SITE -> "";
			};
		}
		return switch (by) {
			case STAFF -> staff.find(id).map(s -> s.displayName()).orElse("#" + id);
			case COUNTER -> sites.findCounter(id)
				.map(c -> sites.getSite(c.siteId()).name() + " " + c.name())
				.orElse("#" + id);
			case DEPARTMENT -> sites.findDepartment(id).map(d -> d.name()).orElse("#" + id);
			case SITE -> sites.findSite(id).map(s -> s.name()).orElse("#" + id);
		};
	}
}
