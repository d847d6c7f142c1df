package org.onewindow.delivery.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.onewindow.delivery.internal.Carrier;
import org.onewindow.delivery.internal.Delivery;
import org.onewindow.delivery.internal.DeliveryService;
import org.onewindow.delivery.internal.DeliveryService.Upload;
import org.onewindow.delivery.internal.DeliveryState;
import org.onewindow.delivery.web.DeliveryViews.CarrierView;
import org.onewindow.delivery.web.DeliveryViews.DetailView;
import org.onewindow.delivery.web.DeliveryViews.ListItem;
import org.onewindow.delivery.web.DeliveryViews.ReceiptDocument;
import org.onewindow.platform.PagedResult;
import org.onewindow.shared.IdNumber;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The unified delivery counter (统一出件): results waiting for pickup or mailing, the pickup with identity check and
 * signature, the mailing with its tracking number, the 送达回执. Delivery clerks and acceptors: the lists are their own
 * site's counter; they read deliveries within their site scope (another site's delivery answers 404) and hand over
 * only those of their own site (403 otherwise).
 */
@Tag(name = "统一出件")
@RestController
@RequestMapping("/api/deliveries")
@PreAuthorize("hasAnyRole('DELIVERY', 'ACCEPTOR')")
class DeliveryController {

	private final DeliveryService deliveries;
	private final DeliveryViews views;

	DeliveryController(DeliveryService deliveries, DeliveryViews views) {
		this.deliveries = deliveries;
		this.views = views;
	}

	@Operation(summary = "本站点的出件列表（按状态筛选；q = 办件编号、申请人或收件人姓名、手机号后4位）")
	@GetMapping
	PagedResult<ListItem> list(@RequestParam(required = false) List<DeliveryState> state,
			@RequestParam(required = false) @Size(max = 40) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		var found = deliveries.search(state, q, page, size);
		return new PagedResult<>(views.items(found.content()), found.page(), found.size(), found.total());
	}

	@Operation(summary = "本站点各状态的数量")
	@GetMapping("/counts")
	Map<DeliveryState, Long> counts() {
		return deliveries.counts();
	}

	@Operation(summary = "可选的快递公司及其单号格式")
	@GetMapping("/carriers")
	List<CarrierView> carriers() {
		return Arrays.stream(Carrier.values()).map(CarrierView::of).toList();
	}

	@Operation(summary = "出件详情（含经过）")
	@GetMapping("/{id}")
	DetailView get(@PathVariable long id) {
		return detail(deliveries.get(id));
	}

	record PickupRequest(@NotNull Integer version, @NotNull IdNumber idNumber,
			@NotBlank @Size(max = 40) String signatureName) {
	}

	@Operation(summary = "窗口领取：核验领取人身份证号（申请人本人或已登记授权的代理人）并签名")
	@PostMapping("/{id}/pickup")
	DetailView pickUp(@PathVariable long id, @Valid @RequestBody PickupRequest request) {
		return detail(deliveries.pickUp(id, request.version(), request.idNumber(), request.signatureName()));
	}

	record MailRequest(@NotNull Integer version, @NotBlank @Size(max = 8) String carrier,
			@NotBlank @Size(max = 40) String trackingNumber) {
	}

	@Operation(summary = "寄出（邮帮办）：快递公司和单号，短信告知申请人")
	@PostMapping("/{id}/mail")
	DetailView mail(@PathVariable long id, @Valid @RequestBody MailRequest request) {
		return detail(deliveries.mail(id, request.version(), request.carrier(), request.trackingNumber()));
	}

	record SignedRequest(@NotNull Integer version, @NotNull LocalDate signedOn, @Size(max = 40) String signerName,
			@Size(max = 200) String note) {
	}

	@Operation(summary = "签收：工作人员确认签收日期（无回执扫描件）")
	@PostMapping(path = "/{id}/signed", consumes = MediaType.APPLICATION_JSON_VALUE)
	DetailView signed(@PathVariable long id, @Valid @RequestBody SignedRequest request) {
		return detail(
				deliveries.sign(id, request.version(), request.signedOn(), request.signerName(), request.note(), null));
	}

	@Operation(summary = "签收：上传送达回执扫描件（PDF、JPEG、PNG）")
	@PostMapping(path = "/{id}/signed", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	DetailView signedWithScan(@PathVariable long id, @RequestParam int version,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			@RequestParam(required = false) @Size(max = 40) String signerName,
			@RequestParam(required = false) @Size(max = 200) String note, @RequestPart("receipt") MultipartFile receipt)
			throws IOException {
		try (var content = receipt.getInputStream()) {
			return detail(deliveries.sign(id, version, signedOn, signerName, note,
					new Upload(receipt.getOriginalFilename(), content)));
		}
	}

	@Operation(summary = "已归档的送达回执扫描件")
	@GetMapping("/{id}/receipt")
	ResponseEntity<InputStreamResource> receipt(@PathVariable long id) {
		var scan = deliveries.receiptScan(id);
		String name = scan.file().originalName() == null || scan.file().originalName().isBlank() ? "送达回执"
				: scan.file().originalName();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(scan.file().mediaType()))
			.contentLength(scan.file().size())
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(scan.content()));
	}

	@Operation(summary = "送达回执（打印用数据）")
	@GetMapping("/{id}/receipt-document")
	ReceiptDocument receiptDocument(@PathVariable long id) {
		return views.document(deliveries.get(id));
	}

	private DetailView detail(Delivery delivery) {
		return views.detail(delivery, deliveries.history(delivery), deliveries.atOwnCounter(delivery));
	}
}
