package org.onewindow.citizen;

import java.util.Optional;

/**
 * The citizen behind the current request, recognised by the {@code OW_CITIZEN} cookie (on any node: sessions live in
 * the database). Inject it in a controller of a citizen's page.
 */
public interface CurrentCitizen {

	/** The signed-in citizen; empty without a cookie, or with an unknown or expired one. */
	Optional<Citizen> find();

	/**
	 * The signed-in citizen.
	 *
	 * @throws org.onewindow.platform.DomainException 401 {@code citizen.sign-in-required} when nobody is signed in
	 */
	Citizen require();
}
