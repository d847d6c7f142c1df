package org.onewindow.queue.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.onewindow.platform.DomainException;
import org.onewindow.platform.Sha256;
import org.onewindow.queue.internal.KioskRepository.Kiosk;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kiosks (自助机) are paired hall devices, not anonymous web pages: a site administrator adds a kiosk and gets a
 * one-time pairing code (8 digits, {@link #PAIRING_MINUTES} minutes); the kiosk exchanges it for a long random device
 * key and sends that key with every ticket and check-in. Only hashes are stored; every request reads the database,
 * so a revocation holds at once on every node; a revoked kiosk can be re-activated, and then pairs again with a new
 * code (docs/queue.md, docs/security.md).
 */
@Service
@Transactional
public class KioskService {

	/** The request header a paired kiosk sends its device key in. */
	public static final String KEY_HEADER = "X-Kiosk-Key";

	static final int PAIRING_MINUTES = 30;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final KioskRepository repository;
	private final SiteManagement sites;
	private final StaffManagement staff;
	private final Clock clock;

	KioskService(KioskRepository repository, SiteManagement sites, StaffManagement staff, Clock clock) {
		this.repository = repository;
		this.sites = sites;
		this.staff = staff;
		this.clock = clock;
	}

	/** A kiosk just added or given a new pairing code: the code is shown once and never stored in clear. */
	public record PairingCode(Kiosk kiosk, String code) {
	}

	/** What a kiosk gets for its pairing code: the device key, once. */
	public record Paired(Kiosk kiosk, String siteName, String deviceKey) {
	}

	@Transactional(readOnly = true)
	public List<Kiosk> kiosks(long siteId) {
		requireAdministrator(siteId);
		return repository.ofSite(siteId);
	}

	public PairingCode add(long siteId, String name) {
		requireAdministrator(siteId);
		String code = newCode();
		Instant now = clock.instant();
		long id = repository.insert(siteId, name.strip(), Sha256.hex(code), pairingExpiry(now), staff.current().id(),
				now);
		return new PairingCode(repository.find(id).orElseThrow(), code);
	}

	/** A new pairing code for a kiosk (its browser lost the key, or a new device replaces it). */
	public PairingCode newPairingCode(long siteId, long kioskId, int version) {
		var kiosk = kioskOf(siteId, kioskId);
		if (!kiosk.active()) {
			throw DomainException.conflict("queue.kiosk-revoked", kiosk.name());
		}
		return withNewCode(kiosk, (codeHash, expiresAt) -> repository.newPairingCode(kioskId, version, codeHash,
				expiresAt));
	}

	/** 停用: the kiosk's key and pairing code stop working at once. */
	public Kiosk revoke(long siteId, long kioskId, int version) {
		var kiosk = kioskOf(siteId, kioskId);
		if (!kiosk.active()) {
			return kiosk;
		}
		if (!repository.revoke(kioskId, version, staff.current().id(), clock.instant())) {
			throw DomainException.conflict("queue.kiosk-changed", kiosk.name());
		}
		return repository.find(kioskId).orElseThrow();
	}

	/**
	 * 重新启用: a revoked kiosk becomes active again with a new one-time pairing code. It has no device key: the device
	 * pairs again with the new code, and the key removed at 停用 never works again.
	 */
	public PairingCode reactivate(long siteId, long kioskId, int version) {
		var kiosk = kioskOf(siteId, kioskId);
		if (kiosk.active()) {
			throw DomainException.conflict("queue.kiosk-active", kiosk.name());
		}
		return withNewCode(kiosk, (codeHash, expiresAt) -> repository.reactivate(kioskId, version, codeHash,
				expiresAt));
	}

	/**
	 * Gives the kiosk a fresh one-time code through {@code write} (the code's hash and its expiry; false when the
	 * kiosk's version no longer matches: 409 {@code queue.kiosk-changed}) and answers the kiosk as it now is.
	 */
	private PairingCode withNewCode(Kiosk kiosk, BiPredicate<String, Instant> write) {
		String code = newCode();
		if (!write.test(Sha256.hex(code), pairingExpiry(clock.instant()))) {
			throw DomainException.conflict("queue.kiosk-changed", kiosk.name());
		}
		return new PairingCode(repository.find(kiosk.id()).orElseThrow(), code);
	}

	/** The kiosk exchanges its pairing code for the device key (anonymous: the code is the proof). */
	public Paired pair(String code) {
		String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
		String key = newDeviceKey();
		var kiosk = digits.matches("\\d{8}")
				? repository.pair(Sha256.hex(digits), Sha256.hex(key), clock.instant()) : Optional.<Kiosk>empty();
		return kiosk.map(k -> new Paired(k, sites.getSite(k.siteId()).name(), key))
			.orElseThrow(() -> DomainException.notFound("queue.kiosk-pairing-code-invalid"));
	}

	/**
	 * The paired kiosk sending this device key, for an issue or a check-in at the site: 403 {@code queue.kiosk-not-paired}
	 * when the key is missing, unknown or revoked, 403 {@code queue.kiosk-other-site} when the kiosk belongs to another
	 * site.
	 */
	public Kiosk authenticate(long siteId, String deviceKey) {
		var kiosk = identify(deviceKey);
		if (kiosk.siteId() != siteId) {
			throw DomainException.forbidden("queue.kiosk-other-site", kiosk.name());
		}
		return kiosk;
	}

	/** The paired kiosk sending this device key (its start-up check). */
	public Kiosk identify(String deviceKey) {
		if (deviceKey == null || deviceKey.isBlank() || deviceKey.length() > 200) {
			throw notPaired();
		}
		var kiosk = repository.byDeviceKey(Sha256.hex(deviceKey.strip())).orElseThrow(KioskService::notPaired);
		repository.seen(kiosk.id(), clock.instant());
		return kiosk;
	}

	/**
	 * Demo county only: a kiosk named {@code name} at the site that pairs with a fixed code. An unpaired demo kiosk
	 * gets the code again (valid for a day) at every demo start; a paired one keeps its key. Answers whether the code
	 * is open for pairing.
	 */
	public boolean demoKiosk(long siteId, String name, String fixedCode) {
		Instant now = clock.instant();
		Instant expires = now.plus(Duration.ofDays(1));
		var existing = repository.findByName(siteId, name);
		if (existing.map(k -> k.paired() || !k.active()).orElse(false)) {
			return false;
		}
		if (existing.map(k -> !k.pairingPending()).orElse(true) && repository.pairingCodeInUse(Sha256.hex(fixedCode))) {
			return false; // a random code of another kiosk happens to be this one right now
		}
		if (existing.isEmpty()) {
			repository.insert(siteId, name, Sha256.hex(fixedCode), expires, null, now);
			return true;
		}
		var kiosk = existing.get();
		return repository.newPairingCode(kiosk.id(), kiosk.version(), Sha256.hex(fixedCode), expires);
	}

	/** Tests and the load driver: a kiosk at the site, already paired; answers its device key. */
	public String pairedKiosk(long siteId, String name) {
		String code = newCode();
		Instant now = clock.instant();
		repository.insert(siteId, name, Sha256.hex(code), pairingExpiry(now), null, now);
		return pair(code).deviceKey();
	}

	private static Instant pairingExpiry(Instant from) {
		return from.plus(Duration.ofMinutes(PAIRING_MINUTES));
	}

	private Kiosk kioskOf(long siteId, long kioskId) {
		requireAdministrator(siteId);
		return repository.find(kioskId)
			.filter(k -> k.siteId() == siteId)
			.orElseThrow(() -> DomainException.notFound("queue.kiosk-not-found", kioskId));
	}

	private void requireAdministrator(long siteId) {
		var site = sites.getSite(siteId);
		var me = staff.current();
		if (!(me.hasRole(Role.SITE_ADMIN) || me.hasRole(Role.SYS_ADMIN)) || !staff.currentScope().includes(siteId)) {
			throw DomainException.forbidden("queue.kiosk-admin-only", site.name());
		}
	}

	private static DomainException notPaired() {
		// 403, not 401: a kiosk has nobody to log in, and the browser app sends every 401 to the staff login page
		return DomainException.forbidden("queue.kiosk-not-paired");
	}

	/** A random 8-digit code that no kiosk holds now. */
	private String newCode() {
		String code;
		do {
			code = String.format("%08d", RANDOM.nextInt(100_000_000));
		}
		while (repository.pairingCodeInUse(Sha256.hex(code)));
		return code;
	}

	static String newDeviceKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
