package org.onewindow.queue.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.onewindow.platform.RateLimitBuckets;
import org.onewindow.platform.RateLimiter;
import org.onewindow.queue.internal.KioskRepository.Kiosk;
import org.onewindow.queue.internal.KioskService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Kiosk pairing (自助机配对): the site administrator's list, new kiosks with their one-time pairing code, 停用 and
 * 重新启用 (with a new code); and the kiosk's side, exchanging the code for its device key and checking that key at
 * start.
 */
@Tag(name = "自助机配对")
@RestController
class KioskController {

	static final String PAIRINGS_PER_ADDRESS = "kiosk-pairings-per-address";

	private final KioskService kiosks;
	private final RateLimiter limiter;

	KioskController(KioskService kiosks, RateLimiter limiter) {
		this.kiosks = kiosks;
		this.limiter = limiter;
	}

	record KioskView(long id, long siteId, String name, String state, String stateLabel, Instant pairingExpiresAt,
			Instant pairedAt, Instant lastSeenAt, Instant revokedAt, int version) {

		static KioskView of(Kiosk k) {
			String state = !k.active() ? "REVOKED" : k.paired() ? "PAIRED" : "PENDING";
			String label = switch (state) {
				case "REVOKED" -> "已停用";
				case "PAIRED" -> k.pairingPending() ? "已配对（有待用配对码）" : "已配对";
				default -> "待配对";
			};
			return new KioskView(k.id(), k.siteId(), k.name(), state, label, k.pairingExpiresAt(), k.pairedAt(),
					k.lastSeenAt(), k.revokedAt(), k.version());
		}
	}

	record PairingCodeView(KioskView kiosk, String pairingCode, String pairingPath) {
	}

	@Operation(summary = "站点的自助机（含最近在线时间）")
	@GetMapping("/api/queue/sites/{siteId}/kiosks")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
	List<KioskView> list(@PathVariable long siteId) {
		return kiosks.kiosks(siteId).stream().map(KioskView::of).toList();
	}

	record AddRequest(@NotBlank @Size(max = 40) String name) {
	}

	@Operation(summary = "添加自助机（返回一次性配对码，仅显示一次）")
	@PostMapping("/api/queue/sites/{siteId}/kiosks")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
	ResponseEntity<PairingCodeView> add(@PathVariable long siteId, @Valid @RequestBody AddRequest request) {
		var added = kiosks.add(siteId, request.name());
		return ResponseEntity.created(URI.create("/api/queue/sites/" + siteId + "/kiosks/" + added.kiosk().id()))
			.body(view(added));
	}

	record VersionRequest(@NotNull Integer version) {
	}

	@Operation(summary = "重新生成配对码（原配对在新配对完成前仍有效）")
	@PostMapping("/api/queue/sites/{siteId}/kiosks/{kioskId}/pairing-code")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
	PairingCodeView newCode(@PathVariable long siteId, @PathVariable long kioskId,
			@Valid @RequestBody VersionRequest request) {
		return view(kiosks.newPairingCode(siteId, kioskId, request.version()));
	}

	@Operation(summary = "停用自助机（立即在所有节点失效）")
	@PostMapping("/api/queue/sites/{siteId}/kiosks/{kioskId}/revocation")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
	KioskView revoke(@PathVariable long siteId, @PathVariable long kioskId, @Valid @RequestBody VersionRequest request) {
		return KioskView.of(kiosks.revoke(siteId, kioskId, request.version()));
	}

	@Operation(summary = "重新启用已停用的自助机（返回新的一次性配对码，须重新配对）")
	@PostMapping("/api/queue/sites/{siteId}/kiosks/{kioskId}/reactivation")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
	PairingCodeView reactivate(@PathVariable long siteId, @PathVariable long kioskId,
			@Valid @RequestBody VersionRequest request) {
		return view(kiosks.reactivate(siteId, kioskId, request.version()));
	}

	record PairRequest(@NotBlank @Size(max = 20) String code) {
	}

	record PairedView(long kioskId, long siteId, String siteName, String name, String deviceKey) {
	}

	@Operation(summary = "自助机配对：以配对码换取设备密钥（仅返回一次）")
	@PostMapping("/api/queue/kiosk-pairings")
	ResponseEntity<PairedView> pair(@Valid @RequestBody PairRequest request, HttpServletRequest http) {
		var counted = limiter.hit(limiter.byAddress(PAIRINGS_PER_ADDRESS, http));
		var paired = kiosks.pair(request.code());
		counted.refund(); // only failed attempts count: guessing codes is what the limit stops
		return ResponseEntity.created(URI.create("/api/queue/kiosks/me"))
			.body(new PairedView(paired.kiosk().id(), paired.kiosk().siteId(), paired.siteName(),
					paired.kiosk().name(), paired.deviceKey()));
	}

	record MeView(long kioskId, long siteId, String name) {
	}

	@Operation(summary = "本机（自助机凭设备密钥查看自己的配对）")
	@GetMapping("/api/queue/kiosks/me")
	MeView me(@RequestHeader(name = KioskService.KEY_HEADER, required = false) String key) {
		var kiosk = kiosks.identify(key);
		return new MeView(kiosk.id(), kiosk.siteId(), kiosk.name());
	}

	private static PairingCodeView view(KioskService.PairingCode code) {
		String c = code.code();
		return new PairingCodeView(KioskView.of(code.kiosk()), c.substring(0, 4) + " " + c.substring(4),
				"/kiosk?site=" + code.kiosk().siteId() + "&pair=" + c);
	}

	@Configuration(proxyBeanMethods = false)
	static class Limits {

		@Bean
		RateLimitBuckets kioskRateLimits() {
			return RateLimitBuckets.of(PAIRINGS_PER_ADDRESS);
		}
	}
}
