package org.onewindow.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.ApplicantType;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.Situation;
import org.onewindow.site.SiteLevel;
import org.onewindow.support.HallClient;

import tools.jackson.databind.JsonNode;

/**
 * Concluded cases for the delivery tests, made the way the front desk makes them (the 即办 path is the quickest way
 * to a concluded case), and the delivery they produce.
 */
public final class DeliveryFixtures {

	public static final String APPLICANT_ID = "110101199003070011";
	public static final String AGENT_ID = "11010119500307003X";
	public static final String STRANGER_ID = "110101195003070013";
	public static final String APPLICANT_PHONE = "13912345678";
	public static final String RECIPIENT_PHONE = "13812345678";

	private final CatalogManagement catalog;

	public DeliveryFixtures(CatalogManagement catalog) {
		this.catalog = catalog;
	}

	/** A 即办件 of the demo handbook a person applies for at a town sub-center. */
	public Situation instantAtTown() {
		return personalAtTown(AcceptanceMode.INSTANT);
	}

	private Situation personalAtTown(AcceptanceMode mode) {
		return catalog.published()
			.orElseThrow()
			.content()
			.situations()
			.stream()
			.filter(s -> s.mode() == mode && s.acceptLevels().contains(SiteLevel.TOWN)
					&& (s.applicantType() == ApplicantType.PERSON
							|| s.applicantType() == ApplicantType.INDIVIDUAL_BUSINESS)
					&& s.materials().stream().anyMatch(m -> m.required()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo handbook has no such situation for a town"));
	}

	public static Map<String, Object> applicant() {
		return Map.of("kind", "PERSON", "name", "张三", "idNumber", APPLICANT_ID, "phone", APPLICANT_PHONE);
	}

	/**
	 * Opens a case for a 即办件, optionally chooses mailing and an agent, hands in every missing material and
	 * concludes it on the spot (its e-licence issued).
	 *
	 * @param mailTo the mailing address, {@code null} for pickup at the counter
	 * @param agent the agent's body for the case ({@code name}, {@code idNumber}, {@code authorizationProvided}), or
	 * {@code null}
	 * @return the concluded case
	 */
	public JsonNode concludedInstantly(HallClient acceptor, String mailTo, Map<String, Object> agent) {
		JsonNode kase = complete(acceptor, instantAtTown(), mailTo, agent);
		var concluded = acceptor.post("/api/cases/" + kase.get("id").asLong() + "/instant",
				Map.of("version", kase.get("version").asInt()));
		assertThat(concluded.status()).as(concluded.text()).isEqualTo(200);
		assertThat(concluded.body().get("status").get("code").asString()).isEqualTo("CONCLUDED");
		return concluded.body();
	}

	/** Opens a case for a 承诺件, hands in every missing material and accepts it: it goes to the back office. */
	public JsonNode accepted(HallClient acceptor) {
		JsonNode kase = complete(acceptor, personalAtTown(AcceptanceMode.PROMISED), null, null);
		var accepted = acceptor.post("/api/cases/" + kase.get("id").asLong() + "/accept",
				Map.of("version", kase.get("version").asInt()));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(accepted.body().get("status").get("code").asString()).isEqualTo("IN_APPROVAL");
		return accepted.body();
	}

	/** Opens a case for the situation, chooses mailing and an agent when given, hands in every missing material. */
	private JsonNode complete(HallClient acceptor, Situation situation, String mailTo, Map<String, Object> agent) {
		var open = new HashMap<String, Object>();
		open.put("situationCode", situation.code());
		open.put("applicant", applicant());
		if (agent != null) {
			open.put("agent", agent);
		}
		var opened = acceptor.post("/api/cases", open);
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		JsonNode kase = opened.body();
		long id = kase.get("id").asLong();
		if (mailTo != null) {
			var mail = acceptor.put("/api/cases/" + id + "/delivery", Map.of("version", kase.get("version").asInt(),
					"method", "MAIL", "recipient", "李四", "phone", RECIPIENT_PHONE, "address", mailTo));
			assertThat(mail.status()).as(mail.text()).isEqualTo(200);
			kase = mail.body();
		}
		for (JsonNode line : kase.get("materials")) {
			if (!"MISSING".equals(line.get("status").get("code").asString())) {
				continue;
			}
			var put = acceptor.put("/api/cases/" + id + "/materials/" + line.get("line").asInt(),
					Map.of("version", kase.get("version").asInt(), "status", "PROVIDED_ORIGINAL"));
			assertThat(put.status()).as(put.text()).isEqualTo(200);
			kase = put.body();
		}
		return kase;
	}

	/** The delivery of a case as the counter lists it, once the listener of {@code CaseConcluded} has made it. */
	public static JsonNode deliveryOf(HallClient clerk, JsonNode kase) {
		String number = kase.get("caseNumber").asString();
		JsonNode found = eventually(() -> {
			var list = clerk.get("/api/deliveries?q=" + number);
			assertThat(list.status()).as(list.text()).isEqualTo(200);
			return list.body().get("content").size() == 1 ? list.body().get("content").get(0) : null;
		});
		var detail = clerk.get("/api/deliveries/" + found.get("id").asLong());
		assertThat(detail.status()).as(detail.text()).isEqualTo(200);
		return detail.body();
	}

	public static <T> T eventually(Supplier<T> probe) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("gave up waiting after 10 seconds");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/** A small real PNG, as a scanner's app would save the 回执. */
	public static byte[] png() {
		var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 40; x++) {
			image.setRGB(x, 10, 0xFFFFFF);
		}
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
