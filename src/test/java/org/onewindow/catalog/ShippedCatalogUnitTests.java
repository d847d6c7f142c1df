package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.internal.PublishValidation;
import org.onewindow.catalog.internal.SeedCatalogReader;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog shipped with OneWindow is a real county's: big enough and publishable as it is.
 */
class ShippedCatalogUnitTests {

	private static final CatalogContent SHIPPED = SeedCatalogReader.read(CatalogSetup.SHIPPED);

	static Set<String> demoDepartments() throws IOException {
		var codes = new HashSet<String>();
		try (var in = new ClassPathResource("demo/county.json").getInputStream()) {
			JsonMapper.builder().build().readTree(in).get("departments").forEach(d -> codes.add(d.get("code").asString()));
		}
		return codes;
	}

	@Test
	void passesThePublishValidation() throws IOException {
		assertThat(PublishValidation.check(SHIPPED, demoDepartments())).isEmpty();
	}

	@Test
	void hasTheSizeOfARealCountyCatalog() {
		var snapshot = CatalogSnapshot.of(1, SHIPPED);
		assertThat(SHIPPED.items()).hasSizeGreaterThanOrEqualTo(180);
		assertThat(SHIPPED.situations()).hasSizeGreaterThanOrEqualTo(1000);
		assertThat(snapshot.departmentCount()).isGreaterThanOrEqualTo(20);
		assertThat(SHIPPED.bundles()).hasSizeGreaterThanOrEqualTo(20);
	}
}
