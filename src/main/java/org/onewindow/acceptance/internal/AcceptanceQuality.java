package org.onewindow.acceptance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 补正 rate, a quality figure of the front desk: per situation (or bundle), the share of cases that needed at
 * least one one-time notice, in the staff member's data scope.
 */
@Service
@Transactional(readOnly = true)
public class AcceptanceQuality {

	private final CaseRepository cases;
	private final CaseAccess access;
	private final Clock clock;

	AcceptanceQuality(CaseRepository cases, CaseAccess access, Clock clock) {
		this.cases = cases;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * @param rate cases with at least one notice per case, 0–1 with four decimals
	 */
	public record SituationQuality(String subjectCode, String title, long cases, long casesWithNotice, long notices,
			BigDecimal rate) {
	}

	public record Quality(LocalDate from, LocalDate to, long cases, long casesWithNotice, BigDecimal rate,
			List<SituationQuality> situations) {
	}

	public Quality of(LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw DomainException.badRequest("acceptance.period-invalid", String.valueOf(from), String.valueOf(to));
		}
		var zone = clock.getZone();
		var rows = cases.quality(access.scope().asArray(), from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
		var situations = rows.stream()
			.map(r -> new SituationQuality(r.subjectCode(), r.title(), r.cases(), r.casesWithNotice(), r.notices(),
					rate(r.casesWithNotice(), r.cases())))
			.toList();
		long total = rows.stream().mapToLong(CaseRepository.QualityRow::cases).sum();
		long withNotice = rows.stream().mapToLong(CaseRepository.QualityRow::casesWithNotice).sum();
		return new Quality(from, to, total, withNotice, rate(withNotice, total), situations);
	}

	static BigDecimal rate(long part, long whole) {
		return whole == 0 ? BigDecimal.ZERO.setScale(4)
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}
}
