package org.onewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.queue.internal.AppointmentService;
import org.onewindow.shared.CheckCharacters;
import org.onewindow.support.AtOnce;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.QrImages;
import org.onewindow.support.TestClock;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Appointments on a pinned Monday (23 November 2026): slots with 错时延时 hours, one booking per person per slot and
 * one active booking per person, category and day (also when two arrive at once), capacity, cancellation, check-in on time / late / too early, and the ban after three no-shows.
 */
@HallIntegrationTest
class AppointmentIntegrationTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
	static final String[] PEOPLE = { "110101199003070011", "110101198506150019", "110101197812010028",
			"110101196505050017", "110101200001010010" };

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	QueueSetup queue;

	@Autowired
	TestClock clock;

	@Autowired
	AppointmentService appointments;

	TestHall hall;

	HallClient phone;

	HallClient kiosk;

	@BeforeEach
	void pinMondayMorning() {
		at(9, 40);
		hall = halls.create(List.of(List.of("A")));
		queue.standardAppointmentHours(hall.siteId(), "A", 2, true);
		phone = new HallClient(port);
		kiosk = hall.kiosk(port);
	}

	@AfterEach
	void unpin() {
		clock.reset();
	}

	private void at(int hour, int minute) {
		clock.pin(LocalDateTime.of(MONDAY, java.time.LocalTime.of(hour, minute)).atZone(HALL));
	}

	private HallClient.Response book(LocalDate day, String start, String idNumber) {
		return book(phone, day, start, idNumber);
	}

	private HallClient.Response book(HallClient from, LocalDate day, String start, String idNumber) {
		var body = new HashMap<String, Object>();
		body.put("siteId", hall.siteId());
		body.put("category", "A");
		body.put("day", day.toString());
		body.put("start", start);
		body.put("name", "王小明");
		body.put("idNumber", idNumber);
		body.put("phone", "13812345678");
		return from.post("/api/queue/appointments", body);
	}

	private JsonNode slots(LocalDate from, int days) {
		var response = phone.get("/api/queue/sites/" + hall.siteId() + "/slots?category=A&from=" + from + "&days=" + days);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.body();
	}

	@Test
	void slotsStartAfterNowAndIncludeTheExtendedHours() {
		var monday = slots(MONDAY, 1);
		assertThat(monday.get(0).get("start").asString()).startsWith("10:00");
		assertThat(monday.valueStream().anyMatch(s -> "午间延时".equals(s.path("label").asString()))).isTrue();
		var week = slots(MONDAY, 7);
		assertThat(week.valueStream().filter(s -> s.get("day").asString().equals("2026-11-28")))
			.isNotEmpty()
			.allMatch(s -> s.get("label").asString().equals("周六延时"));
		assertThat(week.valueStream().noneMatch(s -> s.get("day").asString().equals("2026-11-29"))).as("Sunday").isTrue();
		assertThat(phone.get("/api/queue/sites/" + hall.siteId() + "/slots?category=A&days=30").status()).isEqualTo(400);
		assertThat(phone.get("/api/queue/sites/" + hall.siteId() + "/slots?category=Q").code())
			.isEqualTo("queue.category-unknown");
	}

	@Test
	void onePlacePerPersonPerSlotAndNeverMoreThanTheCapacity() {
		var booked = book(MONDAY, "10:00", PEOPLE[0]);
		assertThat(booked.status()).as(booked.text()).isEqualTo(201);
		assertThat(booked.body().get("code").asString()).hasSize(8);
		assertThat(booked.body().get("idNumber").asString()).doesNotContain("19900307");
		assertThat(booked.body().get("name").asString()).isNotEqualTo("王小明");

		var twice = book(MONDAY, "10:00", PEOPLE[0]);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.code()).isEqualTo("queue.appointment-duplicate");
		assertThat(book(MONDAY, "10:00", PEOPLE[1]).status()).isEqualTo(201);
		var full = book(MONDAY, "10:00", PEOPLE[2]);
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.code()).isEqualTo("queue.slot-full");
		assertThat(slots(MONDAY, 1).get(0).get("available").asInt()).isZero();

		String code = booked.body().get("code").asString();
		var qr = phone.getBytes("/api/queue/appointments/" + code + "/qr.png");
		assertThat(qr.status()).isEqualTo(200);
		assertThat(qr.bytes()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(QrImages.text(qr.bytes())).isEqualTo(code);
		var wrongPerson = phone.post("/api/queue/appointments/" + code + "/cancellation", Map.of("idNumber", PEOPLE[3]));
		assertThat(wrongPerson.status()).isEqualTo(403);
		var cancelled = phone.post("/api/queue/appointments/" + code + "/cancellation", Map.of("idNumber", PEOPLE[0]));
		assertThat(cancelled.body().get("state").asString()).isEqualTo("CANCELLED");
		assertThat(slots(MONDAY, 1).get(0).get("available").asInt()).isEqualTo(1);
		assertThat(book(MONDAY, "10:00", PEOPLE[2]).status()).isEqualTo(201);
	}

	@Test
	void oneActiveBookingPerPersonCategoryAndDay() {
		queue.standardAppointmentHours(hall.siteId(), "B", 2, true);
		var client = HallClient.fromAnotherAddress(port);
		String person = aPerson();
		var first = book(client, MONDAY, "10:00", person);
		assertThat(first.status()).as(first.text()).isEqualTo(201);

		var second = book(client, MONDAY, "10:30", person);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.code()).isEqualTo("queue.appointment-same-day");
		assertThat(second.detail())
			.isEqualTo("您已预约 11月23日 10:00–10:30，同一天同一类业务只能预约一次，如需改约请先取消");
		var monday = slots(MONDAY, 1);
		assertThat(monday.valueStream().filter(s -> s.get("start").asString().startsWith("10:30")).findFirst()
			.orElseThrow().get("available").asInt()).as("nothing taken").isEqualTo(2);

		assertThat(book(client, MONDAY.plusDays(1), "10:30", person).status()).as("another day").isEqualTo(201);
		var otherCategory = new HashMap<String, Object>(Map.of("siteId", hall.siteId(), "category", "B", "day",
				MONDAY.toString(), "start", "10:30", "name", "王小明", "idNumber", person, "phone", "13812345678"));
		assertThat(client.post("/api/queue/appointments", otherCategory).status()).as("another category").isEqualTo(201);

		String code = first.body().get("code").asString();
		assertThat(client.post("/api/queue/appointments/" + code + "/cancellation", Map.of("idNumber", person))
			.status()).isEqualTo(200);
		var rebooked = book(client, MONDAY, "10:30", person);
		assertThat(rebooked.status()).as("after cancelling: " + rebooked.text()).isEqualTo(201);
	}

	@Test
	void twoBookingsOfOnePersonAtOnceGiveExactlyOne() throws Exception {
		String person = aPerson();
		var starts = List.of("10:00", "10:30", "11:00", "11:30");
		var requests = starts.stream().<java.util.concurrent.Callable<HallClient.Response>>map(start -> {
			var client = HallClient.fromAnotherAddress(port);
			return () -> book(client, MONDAY, start, person);
		}).toList();
		AtOnce.assertExactlyOneCreated(AtOnce.send(requests), "queue.appointment-same-day");
		int taken = slots(MONDAY, 1).valueStream()
			.filter(s -> starts.contains(s.get("start").asString().substring(0, 5)))
			.mapToInt(s -> s.get("capacity").asInt() - s.get("available").asInt())
			.sum();
		assertThat(taken).as("places taken").isEqualTo(1);
	}

	@Test
	void badBookingsAreRefusedClearly() {
		assertThat(book(MONDAY, "09:00", PEOPLE[0]).code()).as("already started").isEqualTo("queue.slot-unknown");
		assertThat(book(MONDAY, "10:10", PEOPLE[0]).code()).as("not a slot").isEqualTo("queue.slot-unknown");
		assertThat(book(MONDAY.plusDays(6), "10:00", PEOPLE[0]).code()).as("Sunday").isEqualTo("queue.slot-unknown");
		assertThat(book(MONDAY, "10:00", "110101199003070012").status()).isEqualTo(400);
		var body = new HashMap<String, Object>(Map.of("siteId", hall.siteId(), "category", "A", "day", MONDAY.toString(),
				"start", "10:00", "name", "王\u0007小明", "idNumber", PEOPLE[0], "phone", "13812345678"));
		assertThat(phone.post("/api/queue/appointments", body).code()).isEqualTo("queue.appointment-name-invalid");
		body.put("name", "王小明");
		body.put("phone", "1381234");
		assertThat(phone.post("/api/queue/appointments", body).status()).isEqualTo(400);
		assertThat(phone.get("/api/queue/appointments/NOSUCH99").status()).isEqualTo(404);
	}

	@Test
	void anOnTimeCheckInGivesAPriorityTicketALateOneANormalTicket() {
		String early = book(MONDAY, "10:00", PEOPLE[0]).body().get("code").asString();
		book(MONDAY, "10:00", PEOPLE[1]);
		String later = book(MONDAY, "11:00", PEOPLE[2]).body().get("code").asString();
		String checkIns = "/api/queue/sites/" + hall.siteId() + "/check-ins";

		var onTime = kiosk.post(checkIns, Map.of("code", early));
		assertThat(onTime.status()).as(onTime.text()).isEqualTo(201);
		assertThat(onTime.body().get("priority").asString()).isEqualTo("APPOINTMENT");
		assertThat(onTime.body().get("category").asString()).isEqualTo("A");
		assertThat(phone.get("/api/queue/appointments/" + early).body().get("ticketNumber").asString())
			.isEqualTo(onTime.body().get("number").asString());
		assertThat(kiosk.post(checkIns, Map.of("code", early)).code()).isEqualTo("queue.appointment-not-booked");

		var tooEarly = kiosk.post(checkIns, Map.of("code", later));
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(tooEarly.detail()).contains("10:30");

		at(10, 20);
		var late = kiosk.post(checkIns, Map.of("idNumber", PEOPLE[1]));
		assertThat(late.status()).as(late.text()).isEqualTo(201);
		assertThat(late.body().get("priority").asString()).isEqualTo("NONE");
		assertThat(late.body().get("notice").asString()).contains("已超过预约时段");
		assertThat(kiosk.post(checkIns, Map.of("idNumber", PEOPLE[3])).code()).isEqualTo("queue.appointment-none-today");
		assertThat(kiosk.post(checkIns, Map.of()).code()).isEqualTo("queue.check-in-missing");
	}

	@Test
	void threeNoShowsBanBookingForAWhile() {
		// one active booking per day and category: the next one is booked once the previous became a no-show
		assertThat(book(MONDAY, "10:00", PEOPLE[4]).status()).isEqualTo(201);
		at(10, 35);
		assertThat(appointments.markNoShows()).isGreaterThanOrEqualTo(1);
		assertThat(book(MONDAY, "11:00", PEOPLE[4]).status()).isEqualTo(201);
		at(11, 35);
		assertThat(appointments.markNoShows()).isGreaterThanOrEqualTo(1);
		assertThat(book(MONDAY, "12:00", PEOPLE[4]).status()).isEqualTo(201);
		at(12, 35);
		assertThat(appointments.markNoShows()).isGreaterThanOrEqualTo(1);
		assertThat(appointments.markNoShows()).as("idempotent").isZero();
		var banned = book(MONDAY.plusDays(1), "10:00", PEOPLE[4]);
		assertThat(banned.status()).isEqualTo(403);
		assertThat(banned.code()).isEqualTo("queue.appointment-banned");
		assertThat(banned.detail()).contains("2026-12-23");
		assertThat(book(MONDAY.plusDays(1), "10:00", PEOPLE[3]).status()).isEqualTo(201);
	}

	/** A valid ID number no other test books with (their bookings turn into no-shows that ban a person). */
	private static String aPerson() {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		return CheckCharacters.completeIdNumber("110101%04d%02d%02d%03d".formatted(1950 + random.nextInt(50),
				1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000)));
	}

	@Test
	void tenBookingsAnHourFromOneAddressLeaveTheOtherPlacesToOthers() {
		var script = HallClient.fromAnotherAddress(port);
		for (int i = 0; i < 3; i++) {
			assertThat(book(script, MONDAY, "09:00", aPerson()).code()).as("a refused booking does not count")
				.isEqualTo("queue.slot-unknown");
		}
		var places = new java.util.ArrayList<JsonNode>();
		for (var slot : slots(MONDAY, 3).valueStream().toList()) {
			for (int i = 0; i < slot.get("available").asInt(); i++) {
				places.add(slot);
			}
		}
		for (int i = 0; i < 10; i++) {
			var response = book(script, places.get(i), aPerson());
			assertThat(response.status()).as(response.text()).isEqualTo(201);
		}
		var refused = book(script, places.get(10), aPerson());
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.code()).isEqualTo("platform.too-many-requests");
		assertThat(refused.body().get("bucket").asString()).isEqualTo("appointments-per-address");
		assertThat(refused.detail()).isEqualTo("操作过于频繁，请 20 分钟后再试");
		assertThat(refused.header("Retry-After")).isEqualTo("1200");

		assertThat(book(HallClient.fromAnotherAddress(port), places.get(10), aPerson()).status()).as("another address")
			.isEqualTo(201);
		at(10, 0);
		assertThat(book(script, places.get(places.size() - 1), aPerson()).status()).as("a new window").isEqualTo(201);
	}

	private HallClient.Response book(HallClient from, JsonNode slot, String idNumber) {
		return book(from, LocalDate.parse(slot.get("day").asString()), slot.get("start").asString().substring(0, 5),
				idNumber);
	}
}
