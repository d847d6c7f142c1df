package org.onewindow.citizen.internal;

import java.security.SecureRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret keys of this installation, made from {@link SecureRandom} the first time one is needed and kept in
 * {@code cz_secret}, so that every node of the installation uses the same key and no key is in the repository or the
 * configuration. Created in a transaction of its own: a rolled-back caller never leaves a node with a key the
 * database does not have.
 */
@Component
class InstallationKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	InstallationKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public byte[] key(String name) {
		byte[] candidate = new byte[32];
		RANDOM.nextBytes(candidate);
		// two nodes starting at once: the first insert wins, both read the winner
		jdbc.sql("insert into cz_secret (name, value) values (:name, :value) on conflict (name) do nothing")
			.param("name", name)
			.param("value", candidate)
			.update();
		return jdbc.sql("select value from cz_secret where name = :name")
			.param("name", name)
			.query(byte[].class)
			.single();
	}
}
