package org.onewindow.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Recorder;
import org.onewindow.support.HallClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load driver for whole cases (受办分离) against a running server (see bench/case-load/run.sh): front-desk clerks
 * open a case, mark the required materials and accept it; back-office approvers work their department inbox (claim
 * and approve every step); delivery clerks hand the results over at the counter (pickup with the applicant's ID
 * number and signature). A case counts when it is delivered. Then the same clients on a trivial endpoint for the
 * ratio.
 *
 * <p>Arguments: {@code port [seconds] [clerks] [approvers] [deliverers] [warm-up seconds] [situation]} (default 8080
 * 60 8 8 3 30 0110006000-02: 医师执业注册（变更注册）, two steps in 县卫生健康局, two required materials).
 */
public final class CaseLoadBenchmark {

	private static final String APPLICANT_ID = "110101199003070011";
	private static final String APPLICANT_NAME = "压测申请人";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AtomicBoolean stop = new AtomicBoolean();
	private final AtomicBoolean measuring = new AtomicBoolean();
	private final Map<String, Recorder> latencies = new ConcurrentHashMap<>();
	private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
	private final Map<Long, Long> openedAt = new ConcurrentHashMap<>();
	private final Recorder caseLatency = new Recorder(3);

	public static void main(String[] args) throws Exception {
		int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		int clerks = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		int approvers = args.length > 3 ? Integer.parseInt(args[3]) : 8;
		int deliverers = args.length > 4 ? Integer.parseInt(args[4]) : 3;
		int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 30;
		String situation = args.length > 6 ? args[6] : "0110006000-02";
		new CaseLoadBenchmark().run(port, seconds, clerks, approvers, deliverers, warmUp, situation);
	}

	private void run(int port, int seconds, int clerks, int approvers, int deliverers, int warmUp, String situation)
			throws Exception {
		System.setProperty("http.maxConnections", "200");
		var admin = HallClient.loggedIn(port, "sysadmin");
		long countyId = admin.get("/api/sites")
			.body()
			.valueStream()
			.filter(site -> site.get("level").asString().equals("COUNTY"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		String department = departmentOf(admin, situation);
		long departmentId = admin.get("/api/departments")
			.body()
			.valueStream()
			.filter(d -> d.get("code").asString().equals(department))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		String tag = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
		System.out.printf("situation %s (department %s), county %d: %d clerks, %d approvers, %d deliverers, %d s%n",
				situation, department, countyId, clerks, approvers, deliverers, seconds);

		var clerkClients = staff(admin, port, tag + "a", clerks, countyId, null, "ACCEPTOR");
		var approverClients = staff(admin, port, tag + "p", approvers, countyId, departmentId, "APPROVER");
		var delivererClients = staff(admin, port, tag + "d", deliverers, countyId, null, "DELIVERY");

		ExecutorService pool = Executors.newFixedThreadPool(clerks + approvers + deliverers);
		for (int i = 0; i < clerks; i++) {
			var client = clerkClients.get(i);
			pool.submit(() -> loop(() -> frontDesk(client, situation)));
		}
		for (int i = 0; i < approvers; i++) {
			var client = approverClients.get(i);
			int share = i;
			pool.submit(() -> loop(() -> backOffice(client, share, approvers)));
		}
		for (int i = 0; i < deliverers; i++) {
			var client = delivererClients.get(i);
			int share = i;
			pool.submit(() -> loop(() -> deliveryCounter(client, share, deliverers)));
		}

		TimeUnit.SECONDS.sleep(warmUp);
		latencies.values().forEach(Recorder::reset);
		caseLatency.reset();
		counts.clear();
		measuring.set(true);
		long t0 = System.nanoTime();
		TimeUnit.SECONDS.sleep(seconds);
		measuring.set(false);
		double elapsed = (System.nanoTime() - t0) / 1e9;
		var snapshot = Map.copyOf(counts);
		var histograms = new java.util.TreeMap<String, org.HdrHistogram.Histogram>();
		latencies.forEach((name, recorder) -> histograms.put(name, recorder.getIntervalHistogram()));
		var cases = caseLatency.getIntervalHistogram();
		stop.set(true);
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.SECONDS);

		long requests = histograms.values().stream().mapToLong(h -> h.getTotalCount()).sum();
		System.out.printf("measured %.1f s: %d cases opened, %d accepted, %d steps approved, %d delivered%n", elapsed,
				count(snapshot, "opened"), count(snapshot, "accepted"), count(snapshot, "approved"),
				count(snapshot, "delivered"));
		System.out.printf("full cases (delivered) %.1f/s; accepted %.1f/s; %d requests = %.0f/s; %d errors%n",
				count(snapshot, "delivered") / elapsed, count(snapshot, "accepted") / elapsed, requests,
				requests / elapsed, count(snapshot, "errors"));
		System.out.printf("case open → delivered: p50 %.0f ms, p99 %.0f ms%n", cases.getValueAtPercentile(50) / 1000.0,
				cases.getValueAtPercentile(99) / 1000.0);
		histograms.forEach((name, h) -> System.out.printf("  %-28s %7d  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
				name, h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
				h.getMaxValue() / 1000.0));

		var all = new ArrayList<QueueLoadBenchmark.LightClient>();
		for (var client : clerkClients) {
			all.add(new QueueLoadBenchmark.LightClient(port, client.session()));
		}
		var trivial = QueueLoadBenchmark.run("trivial GET /api/auth/csrf", all.size(), Math.min(seconds, 30),
				Long.MAX_VALUE, i -> {
					var client = all.get(i);
					return () -> client.get("/api/auth/csrf") == 200;
				});
		trivial.print();
		System.out.printf("ratio requests of full cases / trivial throughput: %.2f%n",
				requests / elapsed / trivial.perSecond());
	}

	// --- the three desks

	private void frontDesk(Client clerk, String situation) throws IOException {
		var opened = clerk.call("open case", "POST", "/api/cases",
				"{\"situationCode\":\"" + situation + "\",\"applicant\":{\"kind\":\"PERSON\",\"name\":\"" + APPLICANT_NAME
						+ "\",\"idNumber\":\"" + APPLICANT_ID + "\",\"phone\":\"13912345678\"}}",
				201);
		long caseId = opened.get("id").asLong();
		openedAt.put(caseId, System.nanoTime());
		count("opened");
		var kase = opened;
		for (JsonNode line : opened.get("materials")) {
			if (line.get("required").asBoolean()) {
				kase = clerk.call("mark material", "PUT", "/api/cases/" + caseId + "/materials/" + line.get("line").asInt(),
						"{\"version\":" + kase.get("version").asInt() + ",\"status\":\"PROVIDED_ORIGINAL\"}", 200);
			}
		}
		clerk.call("accept", "POST", "/api/cases/" + caseId + "/accept", "{\"version\":" + kase.get("version").asInt() + "}",
				200);
		count("accepted");
	}

	private void backOffice(Client approver, int share, int shares) throws IOException, InterruptedException {
		var inbox = approver.call("inbox", "GET", "/api/approval/tasks?state=OPEN", null, 200);
		int worked = 0;
		for (JsonNode task : inbox) {
			long id = task.get("id").asLong();
			if (id % shares != share) {
				continue;
			}
			var claimed = approver.call("claim", "POST", "/api/approval/tasks/" + id + "/claim",
					"{\"version\":" + task.get("version").asInt() + "}", 200);
			approver.call("approve", "POST", "/api/approval/tasks/" + id + "/approve",
					"{\"version\":" + claimed.get("task").get("version").asInt() + ",\"opinion\":\"同意\"}", 200);
			count("approved");
			worked++;
		}
		if (worked == 0) {
			Thread.sleep(20);
		}
	}

	private void deliveryCounter(Client clerk, int share, int shares) throws IOException, InterruptedException {
		var page = clerk.call("delivery list", "GET", "/api/deliveries?state=READY_FOR_PICKUP&size=100", null, 200);
		int worked = 0;
		for (JsonNode delivery : page.get("content")) {
			long id = delivery.get("id").asLong();
			// only the cases of this run: the demo county's own results wait for their applicants
			if (id % shares != share || !openedAt.containsKey(delivery.get("caseId").asLong())) {
				continue;
			}
			clerk.call("pickup", "POST", "/api/deliveries/" + id + "/pickup", "{\"version\":"
					+ delivery.get("version").asInt() + ",\"idNumber\":\"" + APPLICANT_ID + "\",\"signatureName\":\""
					+ APPLICANT_NAME + "\"}", 200);
			Long opened = openedAt.remove(delivery.get("caseId").asLong());
			if (opened != null && measuring.get()) {
				caseLatency.recordValue((System.nanoTime() - opened) / 1000);
			}
			count("delivered");
			worked++;
		}
		if (worked == 0) {
			Thread.sleep(20);
		}
	}

	// --- plumbing

	interface Step {

		void run() throws Exception;
	}

	private void loop(Step step) {
		while (!stop.get()) {
			try {
				step.run();
			}
			catch (Exception e) {
				count("errors");
				if (count(counts, "errors") < 5) {
					System.out.println("error: " + e.getMessage());
				}
			}
		}
	}

	private void count(String name) {
		if (measuring.get()) {
			counts.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
		}
	}

	private static long count(Map<String, AtomicLong> counts, String name) {
		var count = counts.get(name);
		return count == null ? 0 : count.get();
	}

	private List<Client> staff(HallClient admin, int port, String tag, int n, long siteId, Long departmentId,
			String role) {
		var clients = new ArrayList<Client>();
		for (int i = 0; i < n; i++) {
			String username = "bench" + tag + "_" + i;
			var body = new java.util.HashMap<String, Object>(Map.of("username", username, "displayName", "压测" + role + i,
					"password", HallClient.DEMO_PASSWORD, "siteId", siteId, "roles", List.of(role)));
			if (departmentId != null) {
				body.put("departmentId", departmentId);
			}
			var created = admin.post("/api/staff", body);
			if (created.status() != 201) {
				throw new IllegalStateException(created.text());
			}
			clients.add(new Client(port, HallClient.loggedIn(port, username)));
		}
		return clients;
	}

	private static String departmentOf(HallClient admin, String situation) {
		var published = admin.get("/api/catalog/situations/" + situation);
		if (published.status() == 200) {
			for (JsonNode step : published.body().path("situation").path("steps")) {
				if (step.get("role").asString().equals("APPROVER")) {
					return step.get("department").asString();
				}
			}
		}
		throw new IllegalStateException("no back-office step for situation " + situation + ": " + published.text());
	}

	/** A plain keep-alive client that reads the JSON answer and records the latency per kind of request. */
	final class Client {

		private final String base;
		private final String cookies;
		private final String token;
		private final HallClient session;

		Client(int port, HallClient session) {
			this.base = "http://localhost:" + port;
			this.session = session;
			this.cookies = session.cookieHeader();
			this.token = session.xsrfToken();
		}

		HallClient session() {
			return session;
		}

		JsonNode call(String name, String method, String path, String json, int expected) throws IOException {
			long t0 = System.nanoTime();
			var connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
			connection.setRequestMethod(method);
			connection.setRequestProperty("Cookie", cookies);
			connection.setRequestProperty("Accept", "application/json");
			if (json != null) {
				connection.setDoOutput(true);
				connection.setRequestProperty("X-XSRF-TOKEN", token);
				connection.setRequestProperty("Content-Type", "application/json");
				try (var out = connection.getOutputStream()) {
					out.write(json.getBytes(StandardCharsets.UTF_8));
				}
			}
			int status = connection.getResponseCode();
			var in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
			byte[] body = in == null ? new byte[0] : in.readAllBytes();
			if (in != null) {
				in.close();
			}
			if (measuring.get()) {
				latencies.computeIfAbsent(name, n -> new Recorder(3)).recordValue((System.nanoTime() - t0) / 1000);
			}
			if (status != expected) {
				String text = new String(body, StandardCharsets.UTF_8);
				throw new IOException(name + " " + path + " → " + status + " " + text.substring(0, Math.min(200, text.length())));
			}
			return JSON.readTree(body);
		}
	}

	private CaseLoadBenchmark() {
	}
}
