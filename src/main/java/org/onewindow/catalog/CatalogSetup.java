package org.onewindow.catalog;

import org.onewindow.catalog.internal.CatalogEditing;
import org.onewindow.catalog.internal.CatalogRepository;
import org.onewindow.catalog.internal.SeedCatalogReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Installing the shipped county catalog without a logged-in user (demo data, a new installation).
 */
@Service
public class CatalogSetup {

	/** Where the shipped catalog lives on the classpath. */
	public static final String SHIPPED = "classpath:catalog/seed";

	private final CatalogRepository repository;
	private final CatalogEditing editing;

	CatalogSetup(CatalogRepository repository, CatalogEditing editing) {
		this.repository = repository;
		this.editing = editing;
	}

	/**
	 * Loads the shipped catalog as the draft and publishes it as version 1, unless a catalog exists already.
	 *
	 * @return whether it was installed now
	 */
	@Transactional
	public boolean installShippedCatalog() {
		if (repository.draft().isPresent() || repository.latestPublished().isPresent()) {
			return false;
		}
		editing.replaceDraft(SeedCatalogReader.read(SHIPPED));
		editing.publish("system", "随系统发布的青山县受理事典");
		return true;
	}
}
