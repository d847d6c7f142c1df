package org.onewindow.site.web;

import java.net.URI;
import java.util.List;

import org.onewindow.shared.RegionCode;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.internal.Counter;
import org.onewindow.site.internal.Site;
import org.onewindow.site.internal.SiteAdministration;
import org.onewindow.site.internal.SiteRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Sites (中心/分中心/站) and their counters (窗口), within the caller's data scope.
 */
@Tag(name = "站点与窗口")
@RestController
@RequestMapping("/api")
class SiteController {

	private final SiteAdministration administration;
	private final SiteRepository sites;

	SiteController(SiteAdministration administration, SiteRepository sites) {
		this.administration = administration;
		this.sites = sites;
	}

	@Operation(summary = "本人数据范围内的站点（上级在前）")
	@GetMapping("/sites")
	List<SiteResponse> sites() {
		return sites.findAll(administration.currentScope().siteIds()).stream().map(SiteResponse::of).toList();
	}

	@Operation(summary = "一个站点")
	@GetMapping("/sites/{id}")
	SiteResponse site(@PathVariable long id) {
		return SiteResponse.of(administration.siteInScope(id));
	}

	@Operation(summary = "新建站点（系统管理员）")
	@PostMapping("/sites")
	@PreAuthorize("hasRole('SYS_ADMIN')")
	ResponseEntity<SiteResponse> createSite(@Valid @RequestBody SiteRequest request) {
		var site = administration.saveSite(request.toSite(null, 0));
		return ResponseEntity.created(URI.create("/api/sites/" + site.id())).body(SiteResponse.of(site));
	}

	@Operation(summary = "修改站点（系统管理员）")
	@PutMapping("/sites/{id}")
	@PreAuthorize("hasRole('SYS_ADMIN')")
	SiteResponse updateSite(@PathVariable long id, @Valid @RequestBody SiteRequest request) {
		int version = request.version() != null ? request.version() : administration.siteInScope(id).version();
		return SiteResponse.of(administration.saveSite(request.toSite(id, version)));
	}

	@Operation(summary = "站点的窗口")
	@GetMapping("/sites/{siteId}/counters")
	List<CounterResponse> counters(@PathVariable long siteId) {
		return administration.countersOf(siteId).stream().map(CounterResponse::of).toList();
	}

	@Operation(summary = "新增窗口（站点管理员）")
	@PostMapping("/sites/{siteId}/counters")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
	ResponseEntity<CounterResponse> createCounter(@PathVariable long siteId, @Valid @RequestBody CounterRequest request) {
		var counter = administration.saveCounter(request.toCounter(null, siteId, 0));
		return ResponseEntity.created(URI.create("/api/counters/" + counter.id())).body(CounterResponse.of(counter));
	}

	@Operation(summary = "一个窗口")
	@GetMapping("/counters/{id}")
	CounterResponse counter(@PathVariable long id) {
		return CounterResponse.of(administration.counterInScope(id));
	}

	@Operation(summary = "修改窗口（站点管理员）")
	@PutMapping("/counters/{id}")
	@PreAuthorize("hasAnyRole('SITE_ADMIN', 'SYS_ADMIN')")
	CounterResponse updateCounter(@PathVariable long id, @Valid @RequestBody CounterRequest request) {
		var existing = administration.counterInScope(id);
		int version = request.version() != null ? request.version() : existing.version();
		return CounterResponse.of(administration.saveCounter(request.toCounter(id, existing.siteId(), version)));
	}

	record SiteResponse(long id, String name, SiteLevel level, String levelName, Long parentId, String regionCode,
			String regionName, String address, String phone, String openingHours, boolean active, int version) {

		static SiteResponse of(Site site) {
			return new SiteResponse(site.id(), site.name(), site.level(), site.level().label(), site.parentId(),
					site.regionCode(), site.regionName(), site.address(), site.phone(), site.openingHours(),
					site.active(), site.version());
		}
	}

	record SiteRequest(@NotBlank @Size(max = 100) String name, @NotNull SiteLevel level, Long parentId,
			@NotNull RegionCode regionCode, @Size(max = 200) String address, @Size(max = 50) String phone,
			@Size(max = 200) String openingHours, Boolean active, Integer version) {

		Site toSite(Long id, int currentVersion) {
			return new Site(id, name.strip(), level, parentId, regionCode.value(), null, address, phone, openingHours,
					active == null || active, currentVersion);
		}
	}

	record CounterResponse(long id, long siteId, int number, String name, List<String> categories, boolean active,
			int version) {

		static CounterResponse of(Counter counter) {
			return new CounterResponse(counter.id(), counter.siteId(), counter.number(), counter.name(),
					counter.categories(), counter.active(), counter.version());
		}
	}

	record CounterRequest(@NotNull @Min(1) @Max(999) Integer number, @NotBlank @Size(max = 50) String name,
			@NotNull @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Z]", message = "{site.counter-category.pattern}") String> categories,
			Boolean active, Integer version) {

		Counter toCounter(Long id, long siteId, int currentVersion) {
			return new Counter(id, siteId, number, name.strip(), categories, active == null || active, currentVersion);
		}
	}
}
