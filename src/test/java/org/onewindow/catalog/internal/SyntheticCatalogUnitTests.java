package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.ApprovalStep;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogContent;
import org.onewindow.catalog.FormTemplate;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The synthetic catalog the load benchmark publishes: the size asked for, the same for the same seed, and
 * publishable in the demo county.
 */
class SyntheticCatalogUnitTests {

	private static final Pattern ITEM_CODE = Pattern.compile("\\d{2}(\\d{2})\\d{3}\\d{3}");

	private static CatalogContent catalog;
	private static Set<String> departments;

	@BeforeAll
	static void generate() throws IOException {
		catalog = SyntheticCatalog.generate(200, 5, 42);
		departments = new HashSet<>();
		try (var in = new ClassPathResource("demo/county.json").getInputStream()) {
			JsonMapper.builder()
				.build()
				.readTree(in)
				.get("departments")
				.forEach(department -> departments.add(department.get("code").asString()));
		}
	}

	@Test
	void hasExactlyTheSizeAskedFor() {
		assertThat(catalog.items()).hasSize(200);
		assertThat(catalog.situations()).hasSize(1000);
		assertThat(catalog.bundles()).hasSize(SyntheticCatalog.bundleCount(200, 5)).hasSize(4);
		assertThat(catalog.synonyms()).hasSize(SyntheticCatalog.synonymCount()).hasSizeGreaterThan(200);
		assertThat(catalog.hallServices()).hasSizeGreaterThanOrEqualTo(4);
		for (ServiceItem item : catalog.items()) {
			assertThat(catalog.situations().stream().filter(s -> s.itemCode().equals(item.code()))).hasSize(5);
		}
	}

	@Test
	void isTheSameForTheSameSeedAndDiffersForAnother() {
		assertThat(SyntheticCatalog.generate(200, 5, 42)).isEqualTo(catalog);
		var other = SyntheticCatalog.generate(200, 5, 43);
		assertThat(other.items()).extracting(ServiceItem::code)
			.containsExactlyElementsOf(catalog.items().stream().map(ServiceItem::code).toList());
		assertThat(other).isNotEqualTo(catalog);
	}

	@Test
	void passesThePublishValidationWithTheDemoDepartments() {
		assertThat(PublishValidation.check(catalog, departments)).isEmpty();
	}

	@Test
	void codesAndNamesAreUnique() {
		assertThat(catalog.items()).extracting(ServiceItem::code).doesNotHaveDuplicates();
		assertThat(catalog.items()).extracting(ServiceItem::name).doesNotHaveDuplicates();
		assertThat(catalog.situations()).extracting(Situation::code).doesNotHaveDuplicates();
		assertThat(catalog.situations()).extracting(Situation::name).doesNotHaveDuplicates();
		assertThat(catalog.bundles()).extracting(Bundle::code).doesNotHaveDuplicates();
		assertThat(catalog.bundles()).extracting(Bundle::name).doesNotHaveDuplicates();
	}

	@Test
	void itemCodesAreTypeDepartmentSequenceAndSubItem() {
		for (ServiceItem item : catalog.items()) {
			var code = ITEM_CODE.matcher(item.code());
			assertThat(code.matches()).as(item.code()).isTrue();
			assertThat(item.code()).startsWith(item.type().code());
		}
		for (Situation situation : catalog.situations()) {
			assertThat(situation.code()).matches(Pattern.quote(situation.itemCode()) + "-\\d{2}");
		}
	}

	@Test
	void goesBeyond999ItemsOfADepartmentWithTheSubItemPart() {
		var big = SyntheticCatalog.generate(12_500, 1, 7);
		var scjg = big.items().stream().filter(item -> item.department().equals("SCJG")).toList();
		assertThat(scjg).hasSizeGreaterThan(999);
		assertThat(scjg).extracting(item -> item.code().substring(7)).contains("000", "001", "050");
		assertThat(big.items()).extracting(ServiceItem::code).doesNotHaveDuplicates();
		assertThat(big.items()).extracting(ServiceItem::name).doesNotHaveDuplicates();
		assertThat(PublishValidation.check(big, departments)).isEmpty();
	}

	@Test
	void situationsLookLikeAHandbooks() {
		for (Situation situation : catalog.situations()) {
			assertThat(situation.materials()).hasSizeBetween(4, 12);
			assertThat(situation.forms()).isNotEmpty();
			for (FormTemplate form : situation.forms()) {
				assertThat(form.fields()).hasSizeGreaterThanOrEqualTo(4);
				assertThat(form.fields()).extracting(FormTemplate.Field::name).doesNotHaveDuplicates();
			}
			assertThat(situation.materials()).anySatisfy(m -> assertThat(m.formTemplate()).isNotNull());
			assertThat(situation.aliases()).isNotEmpty();
			assertThat(situation.phrases()).hasSizeBetween(2, 5);
			assertThat(situation.guide()).isNotBlank();
			assertThat(situation.faqs()).hasSizeBetween(1, 3);
			if (situation.mode() == AcceptanceMode.INSTANT) {
				assertThat(situation.steps()).singleElement().extracting(ApprovalStep::days).isEqualTo(0);
			}
			else {
				assertThat(situation.steps()).hasSizeBetween(2, 4);
				assertThat(situation.countedStepDays()).isLessThanOrEqualTo(situation.promisedDays());
			}
		}
	}

	@Test
	void bundlesJoinExistingSituations() {
		var codes = new HashSet<String>();
		catalog.situations().forEach(situation -> codes.add(situation.code()));
		for (Bundle bundle : catalog.bundles()) {
			assertThat(bundle.members()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(bundle.members()).allSatisfy(member -> assertThat(codes).contains(member.situation()));
			assertThat(bundle.mergedForm().fields()).hasSizeGreaterThanOrEqualTo(4);
		}
	}

	@Test
	void refusesSizesItCannotCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> SyntheticCatalog.generate(0, 8, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> SyntheticCatalog.generate(10, 100, 1));
	}
}
