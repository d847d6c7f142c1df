package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogContent;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Storing a whole version with COPY and reading it back with a cursor and a parsing thread: what goes in comes out,
 * whatever characters the texts hold. Each test runs in a transaction that is rolled back, so the shared draft is
 * left as it was.
 */
@HallIntegrationTest
@Transactional
class CatalogRepositoryTests {

	@Autowired
	CatalogRepository repository;

	@Test
	void aVersionComesBackAsItWasStored() {
		// 600 situations: more than one parsing chunk and more than one fetch
		var content = SyntheticCatalog.generate(300, 2, 11);
		long draft = repository.draft().orElseGet(repository::createDraft).id();

		repository.replaceContent(draft, content);

		assertSame(repository.load(draft), content);
	}

	@Test
	void textsWithTabsNewlinesBackslashesAndRareCharactersSurviveTheCopy() {
		var generated = SyntheticCatalog.generate(3, 2, 5);
		var items = new ArrayList<>(generated.items());
		ServiceItem item = items.get(0);
		String odd = "制表\t换行\n回车\r反斜杠\\ 引号\" 斜杠\\N 𠮷 \u0001";
		items.set(0, new ServiceItem(item.code(), item.department(), item.name() + odd, item.type(), item.volume(),
				item.legalBasis(), item.legalDays(), item.promisedDays(), item.mode(), item.fee(), item.visits(),
				item.online(), item.acceptLevels(), item.decideLevels(), item.villageCollect(), item.lifeEvents(),
				item.keywords()));
		var situations = new ArrayList<>(generated.situations());
		Situation s = situations.get(0);
		situations.set(0, new Situation(s.code(), s.itemCode(), s.name() + odd, s.action(), s.actionDetail(),
				s.applicantType(), s.mode(), s.promisedDays(), s.acceptLevels(), s.decideLevels(), s.villageCollect(),
				s.conditions(), s.materials(), s.forms(), s.steps(), odd + s.guide(), s.faqs(), s.aliases(),
				s.phrases()));
		var content = new CatalogContent(items, situations, generated.bundles(), generated.synonyms(),
				generated.hallServices());
		long draft = repository.draft().orElseGet(repository::createDraft).id();

		repository.replaceContent(draft, content);

		assertSame(repository.load(draft), content);
		assertThat(repository.load(draft).situations().get(0).guide()).startsWith(odd);
	}

	@Test
	void replacingAVersionRemovesWhatItSaidBefore() {
		long draft = repository.draft().orElseGet(repository::createDraft).id();
		repository.replaceContent(draft, SyntheticCatalog.generate(40, 3, 1));
		var smaller = SyntheticCatalog.generate(10, 1, 2);

		repository.replaceContent(draft, smaller);

		assertSame(repository.load(draft), smaller);
	}

	/** Items, bundles and hall services come back ordered by code; situations and synonyms in their order. */
	private static void assertSame(CatalogContent loaded, CatalogContent stored) {
		var expected = CatalogSnapshot.of(0, stored);
		var actual = CatalogSnapshot.of(0, loaded);
		assertThat(actual.itemsByCode()).isEqualTo(expected.itemsByCode());
		assertThat(loaded.situations()).isEqualTo(stored.situations());
		assertThat(actual.bundlesByCode()).isEqualTo(expected.bundlesByCode());
		assertThat(loaded.synonyms()).isEqualTo(stored.synonyms());
		assertThat(new HashSet<>(loaded.hallServices())).isEqualTo(new HashSet<>(stored.hallServices()));
	}
}
