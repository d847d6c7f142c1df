package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The published SHA-256 test vectors (FIPS 180-2), and Chinese text hashed as UTF-8. */
class Sha256UnitTests {

	@Test
	void knownDigests() {
		assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(Sha256.digest("abc")).hasSize(32);
		assertThat(Sha256.hex("一窗通")).hasSize(64).isNotEqualTo(Sha256.hex("一窗"));
	}
}
