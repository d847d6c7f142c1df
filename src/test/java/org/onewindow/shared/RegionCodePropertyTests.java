package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class RegionCodePropertyTests {

	/** Three codes where {@code b} is often an ancestor of {@code c}, and {@code a} of {@code b}. */
	record Triple(RegionCode a, RegionCode b, RegionCode c) {
	}

	@Property
	void roundTripsThroughItsValueAndItsSignificantPrefix(@ForAll("codes") RegionCode code) {
		assertThat(RegionCode.of(code.value())).isEqualTo(code);
		assertThat(RegionCode.of(code.significantPrefix())).isEqualTo(code);
		assertThat(code.significantPrefix()).hasSize(code.level().prefixLength());
	}

	@Property
	void theParentIsAnAncestorOneLevelUp(@ForAll("codes") RegionCode code) {
		var parent = code.parent();

		if (code.level() == RegionLevel.PROVINCE) {
			assertThat(parent).isEmpty();
		}
		else {
			assertThat(parent).hasValueSatisfying(up -> {
				assertThat(up.isAncestorOf(code)).isTrue();
				assertThat(code.isAncestorOf(up)).isFalse();
				assertThat(up.level().ordinal()).isEqualTo(code.level().ordinal() - 1);
			});
		}
	}

	@Property
	void everyCodeUpTheParentChainIsAnAncestorOfEveryCodeBelowIt(@ForAll("codes") RegionCode code) {
		var chain = chainUpFrom(code);

		assertThat(chain).hasSize(code.level().ordinal() + 1)
			.last()
			.isEqualTo(RegionCode.of(code.value().substring(0, 2)));
		for (var below = 0; below < chain.size(); below++) {
			for (var above = below + 1; above < chain.size(); above++) {
				assertThat(chain.get(above).isAncestorOf(chain.get(below))).isTrue();
			}
		}
	}

	@Property
	void ancestryIsTransitive(@ForAll("oftenRelatedTriples") Triple triple) {
		var premise = triple.a().isAncestorOf(triple.b()) && triple.b().isAncestorOf(triple.c());
		Statistics.collect(premise);

		if (premise) {
			assertThat(triple.a().isAncestorOf(triple.c())).isTrue();
		}
		Statistics.coverage(coverage -> {
			coverage.check(true).percentage(percent -> percent > 5);
			coverage.check(false).percentage(percent -> percent > 10);
		});
	}

	@Property
	void ancestryIsIrreflexiveAndAntisymmetric(@ForAll("nearbyCodes") RegionCode a,
			@ForAll("nearbyCodes") RegionCode b) {
		assertThat(a.isAncestorOf(a)).isFalse();
		assertThat(a.isAncestorOf(b) && b.isAncestorOf(a)).isFalse();
	}

	@Property
	void aZeroPartAboveANonZeroOneIsRejected(@ForAll("codes") RegionCode code,
			@ForAll("levelsBelowProvince") RegionLevel zeroed) {
		Assume.that(zeroed.ordinal() < code.level().ordinal());
		Assume.that(!RegionCode.CITIES_WITHOUT_COUNTIES.contains(code.value().substring(0, 4)));
		var start = RegionLevel.values()[zeroed.ordinal() - 1].prefixLength();
		var value = code.value();
		var broken = value.substring(0, start) + "0".repeat(zeroed.prefixLength() - start)
				+ value.substring(zeroed.prefixLength());

		Rejections.assertRejected(() -> RegionCode.of(broken), "shared.region-code.structure");
	}

	/** Codes of any level over all provinces, every part up to the level non-zero. */
	@Provide
	Arbitrary<RegionCode> codes() {
		return codesFrom(Arbitraries.of(ProvinceCodes.all()), Arbitraries.integers().between(1, 99),
				Arbitraries.integers().between(1, 999));
	}

	/** Codes from a small tree, so that random pairs and triples are often related. */
	@Provide
	Arbitrary<RegionCode> nearbyCodes() {
		return codesFrom(Arbitraries.just("36"), Arbitraries.integers().between(1, 2),
				Arbitraries.integers().between(1, 2));
	}

	@Provide
	Arbitrary<Triple> oftenRelatedTriples() {
		return nearbyCodes()
			.flatMap(c -> oftenAnAncestorOf(c).flatMap(b -> oftenAnAncestorOf(b).map(a -> new Triple(a, b, c))));
	}

	private Arbitrary<RegionCode> oftenAnAncestorOf(RegionCode code) {
		var ancestors = chainUpFrom(code).subList(1, code.level().ordinal() + 1);
		return ancestors.isEmpty() ? nearbyCodes()
				: Arbitraries.frequencyOf(Tuple.of(1, nearbyCodes()), Tuple.of(3, Arbitraries.of(ancestors)));
	}

	@Provide
	Arbitrary<RegionLevel> levelsBelowProvince() {
		return Arbitraries.of(RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.TOWN);
	}

	private static Arbitrary<RegionCode> codesFrom(Arbitrary<String> provinces, Arbitrary<Integer> twoDigitParts,
			Arbitrary<Integer> threeDigitParts) {
		var depths = Arbitraries.of(RegionLevel.values());
		return Combinators
			.combine(provinces, twoDigitParts, twoDigitParts, threeDigitParts, threeDigitParts, depths)
			.as((province, city, county, town, village, level) -> {
				var prefix = province + "%02d%02d%03d%03d".formatted(city, county, town, village);
				return RegionCode.of(prefix.substring(0, level.prefixLength()));
			});
	}

	private static List<RegionCode> chainUpFrom(RegionCode code) {
		var chain = new ArrayList<RegionCode>();
		var current = Optional.of(code);
		while (current.isPresent()) {
			chain.add(current.get());
			current = current.get().parent();
		}
		return chain;
	}

}
