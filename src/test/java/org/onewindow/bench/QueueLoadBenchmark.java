package org.onewindow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.HdrHistogram.Recorder;
import org.onewindow.support.HallClient;

/**
 * Load driver for the queue against a running server (see bench/queue-load/run.sh): 48 counters calling
 * ("办结并叫下一位") and 10 kiosks issuing, all at once, for a fixed time; then the same 58 clients on a trivial
 * endpoint ({@code GET /api/auth/csrf}: the whole filter chain with the session lookup, no business work) for the same time, for the ratio.
 *
 * <p>Arguments: {@code port [seconds] [counters] [kiosks] [backlog] [warm-up seconds] [rate]} (default 8080 60 48
 * 10 50000 120 0). Order: set-up (counters, clerks, kiosks paired through the admin API), backlog (kiosks), warm-up
 * (counters calling and kiosks issuing, not measured), closed loop (every counter calls again at once), open loop
 * (the counters together call {@code rate} times a second; 0: half of what the closed loop reached), trivial phase.
 */
public final class QueueLoadBenchmark {

	public static void main(String[] args) throws Exception {
		int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
		int counters = args.length > 2 ? Integer.parseInt(args[2]) : 48;
		int kiosks = args.length > 3 ? Integer.parseInt(args[3]) : 10;
		int backlog = args.length > 4 ? Integer.parseInt(args[4]) : 50_000;
		int warmUpSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 120;
		double fixedRate = args.length > 6 ? Double.parseDouble(args[6]) : 0;

		var admin = HallClient.loggedIn(port, "sysadmin");
		long siteId = admin.get("/api/queue/sites").body().get(0).get("id").asLong();
		String tag = Long.toString(System.currentTimeMillis() % 100_000, 36);
		System.out.printf("site %d, %d counters, %d kiosks, backlog %d, %d s per phase%n", siteId, counters, kiosks,
				backlog, seconds);

		// the bench counters (numbers 500+) and one clerk each
		var clerks = new ArrayList<HallClient>();
		var counterIds = new ArrayList<Long>();
		int firstNumber = 500 + (int) (System.currentTimeMillis() / 1000 % 400);
		for (int i = 0; i < counters; i++) {
			var counter = admin.post("/api/sites/" + siteId + "/counters",
					Map.of("number", firstNumber + i, "name", "压测窗口" + (i + 1), "categories", List.of("A")));
			require(counter, 201);
			long counterId = counter.body().get("id").asLong();
			String username = "bench" + tag + "_" + i;
			require(admin.post("/api/staff", Map.of("username", username, "displayName", "压测" + i, "password",
					HallClient.DEMO_PASSWORD, "siteId", siteId, "roles", List.of("ACCEPTOR"), "counterIds",
					List.of(counterId))), 201);
			var clerk = HallClient.loggedIn(port, username);
			require(clerk.put("/api/queue/counters/" + counterId + "/state", Map.of("state", "OPEN")), 200);
			clerks.add(clerk);
			counterIds.add(counterId);
		}
		System.setProperty("http.maxConnections", "200");
		var kioskClients = new ArrayList<LightClient>();
		for (int i = 0; i < kiosks; i++) {
			// kiosks are paired devices: the administrator adds one, the kiosk exchanges the pairing code for its key
			var added = admin.post("/api/queue/sites/" + siteId + "/kiosks", Map.of("name", "压测自助机" + tag + "_" + i));
			require(added, 201);
			var kiosk = new HallClient(port);
			var paired = kiosk.post("/api/queue/kiosk-pairings", Map.of("code", added.body().get("pairingCode").asString()));
			require(paired, 201);
			kioskClients.add(new LightClient(port, kiosk, paired.body().get("deviceKey").asString()));
		}
		var counterClients = new ArrayList<LightClient>();
		for (HallClient clerk : clerks) {
			counterClients.add(new LightClient(port, clerk));
		}
		String ticketBody = "{\"category\":\"A\"}";

		var kioskPath = "/api/queue/sites/" + siteId + "/tickets";
		var callPaths = new ArrayList<String>();
		for (Long counterId : counterIds) {
			callPaths.add("/api/queue/counters/" + counterId + "/calls?finishCurrent=true");
		}

		// a backlog first, so the counters never run dry during the warm-up and the measured phases
		run("backlog", kiosks, Integer.MAX_VALUE, backlog, i -> {
			var client = kioskClients.get(i);
			return () -> client.post(kioskPath, ticketBody) == 201;
		}).print();

		// warm-up (JIT, caches, connection pool), not measured: the same calls and kiosks as measured, on the backlog,
		// so that what is measured runs compiled code
		var warmKiosks = new Background(kioskClients, kioskPath, ticketBody, 0);
		run("warm-up", counters, warmUpSeconds, Long.MAX_VALUE, i -> {
			var clerk = counterClients.get(i);
			return () -> clerk.post(callPaths.get(i), "{}") == 201;
		}).print();
		warmKiosks.stop();
		run("warm-up (trivial)", counters, 5, Long.MAX_VALUE, i -> {
			var client = counterClients.get(i);
			return () -> client.get("/api/auth/csrf") == 200;
		});

		// measured, closed loop: every counter calls again as soon as its call returns, while the kiosks issue
		var kioskLoad = new Background(kioskClients, kioskPath, ticketBody, 0);
		var calls = run("call-next", counters, seconds, Long.MAX_VALUE, i -> {
			var clerk = counterClients.get(i);
			return () -> clerk.post(callPaths.get(i), "{}") == 201;
		});
		kioskLoad.stop();
		calls.print();
		kioskLoad.print(seconds);

		// measured, open loop: the counters together call at a fixed rate (each on its own schedule) while the kiosks
		// issue a tenth as many tickets; latency counted from the scheduled moment, so a slow answer also delays the
		// next ones (no coordinated omission)
		double rate = fixedRate > 0 ? fixedRate : Math.max(1, Math.floor(calls.perSecond() / 2));
		var pacedKiosks = new Background(kioskClients, kioskPath, ticketBody, rate / 10);
		var paced = paced(String.format("call-next at %.0f/s", rate), counters, seconds, rate, i -> {
			var clerk = counterClients.get(i);
			return () -> clerk.post(callPaths.get(i), "{}") == 201;
		});
		pacedKiosks.stop();
		paced.print();
		pacedKiosks.print(seconds);

		// the same clients on a trivial endpoint
		var trivial = run("trivial GET /api/auth/csrf", counters + kiosks, seconds, Long.MAX_VALUE, i -> {
			var client = counterClients.get(i % counters);
			return () -> client.get("/api/auth/csrf") == 200;
		});
		trivial.print();
		System.out.printf("ratio call-next / trivial throughput: %.2f%n", calls.perSecond() / trivial.perSecond());

		// leave the counters closed and the backlog served
		for (int i = 0; i < counters; i++) {
			var current = clerks.get(i).get("/api/queue/counters/" + counterIds.get(i)).body().path("current");
			if (!current.isMissingNode() && !current.isNull()) {
				clerks.get(i).post("/api/queue/tickets/" + current.get("id").asLong() + "/completion", Map.of());
			}
			clerks.get(i).put("/api/queue/counters/" + counterIds.get(i) + "/state", Map.of("state", "CLOSED"));
		}
	}

	/**
	 * A light client for the measured loops (java.net.http costs the driver more CPU than the server spends on a
	 * request on this 2-core machine): plain HttpURLConnection with keep-alive, the session's cookies and token.
	 */
	static final class LightClient {

		private final String base;
		private final String cookies;
		private final String token;
		private final String kioskKey;

		LightClient(int port, HallClient session) {
			this(port, session, null);
		}

		/** @param kioskKey a paired kiosk's device key, sent as {@code X-Kiosk-Key} (null for staff) */
		LightClient(int port, HallClient session, String kioskKey) {
			this.base = "http://localhost:" + port;
			this.cookies = session.cookieHeader();
			this.token = session.xsrfToken();
			this.kioskKey = kioskKey;
		}

		int post(String path, String json) throws java.io.IOException {
			var connection = (java.net.HttpURLConnection) java.net.URI.create(base + path).toURL().openConnection();
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setRequestProperty("Cookie", cookies);
			connection.setRequestProperty("X-XSRF-TOKEN", token);
			connection.setRequestProperty("Content-Type", "application/json");
			connection.setRequestProperty("Accept", "application/json");
			if (kioskKey != null) {
				connection.setRequestProperty("X-Kiosk-Key", kioskKey);
			}
			try (var out = connection.getOutputStream()) {
				out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			return finish(connection);
		}

		int get(String path) throws java.io.IOException {
			var connection = (java.net.HttpURLConnection) java.net.URI.create(base + path).toURL().openConnection();
			connection.setRequestProperty("Cookie", cookies);
			connection.setRequestProperty("Accept", "application/json");
			return finish(connection);
		}

		private static int finish(java.net.HttpURLConnection connection) throws java.io.IOException {
			int status = connection.getResponseCode();
			var in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
			if (in != null) {
				try (in) {
					in.transferTo(java.io.OutputStream.nullOutputStream()); // drained: the connection is reused
				}
			}
			return status;
		}
	}

	interface Action {

		boolean run() throws Exception;
	}

	record Result(String name, long ok, long errors, double seconds, double p50, double p90, double p99, double max) {

		/** Latencies recorded in microseconds, reported in milliseconds. */
		static Result of(String name, long ok, long errors, double seconds, org.HdrHistogram.Histogram latencies) {
			return new Result(name, ok, errors, seconds, latencies.getValueAtPercentile(50) / 1000.0,
					latencies.getValueAtPercentile(90) / 1000.0, latencies.getValueAtPercentile(99) / 1000.0,
					latencies.getMaxValue() / 1000.0);
		}

		double perSecond() {
			return ok / seconds;
		}

		void print() {
			System.out.printf("%-22s %8d ok %6d errors in %5.1f s = %7.0f/s   p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
					name, ok, errors, seconds, perSecond(), p50, p90, p99, max);
		}
	}

	/**
	 * The kiosks issuing tickets in the background: each as fast as it can ({@code rate} 0) or all together
	 * {@code rate} tickets a second.
	 */
	static final class Background {

		private final AtomicBoolean stop = new AtomicBoolean();
		private final ExecutorService pool;
		private final Recorder recorder = new Recorder(3);
		private final AtomicLong ok = new AtomicLong();
		private final AtomicLong errors = new AtomicLong();

		Background(List<LightClient> clients, String path, String body, double rate) {
			pool = Executors.newFixedThreadPool(clients.size());
			long interval = rate > 0 ? (long) (1e9 * clients.size() / rate) : 0;
			for (var client : clients) {
				pool.submit(() -> {
					long next = System.nanoTime();
					while (!stop.get()) {
						if (interval > 0) {
							next += interval;
							java.util.concurrent.locks.LockSupport.parkNanos(next - System.nanoTime());
						}
						long t0 = System.nanoTime();
						int status;
						try {
							status = client.post(path, body);
						}
						catch (java.io.IOException e) {
							status = -1;
						}
						recorder.recordValue((System.nanoTime() - t0) / 1000);
						(status == 201 ? ok : errors).incrementAndGet();
					}
				});
			}
		}

		void stop() throws InterruptedException {
			stop.set(true);
			pool.shutdown();
			pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
		}

		void print(int seconds) {
			var histogram = recorder.getIntervalHistogram();
			System.out.printf("  kiosks meanwhile: %d tickets issued (%.0f/s), %d errors, p50 %.1f ms, p99 %.1f ms%n",
					ok.get(), ok.get() / (double) seconds, errors.get(), histogram.getValueAtPercentile(50) / 1000.0,
					histogram.getValueAtPercentile(99) / 1000.0);
		}
	}

	/**
	 * Runs {@code threads} clients in an open loop for {@code seconds}: together {@code rate} actions a second, each
	 * client on its own fixed schedule (offset so that they do not start together). A response's latency counts
	 * from the moment the request was due, so when the server falls behind, the waiting shows.
	 */
	static Result paced(String name, int threads, int seconds, double rate, Function<Integer, Action> actions)
			throws Exception {
		var recorder = new Recorder(3);
		var ok = new AtomicLong();
		var errors = new AtomicLong();
		long interval = (long) (1e9 * threads / rate);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		var futures = new ArrayList<java.util.concurrent.Future<?>>();
		long t0 = System.nanoTime() + 100_000_000L;
		long end = t0 + seconds * 1_000_000_000L;
		for (int i = 0; i < threads; i++) {
			var action = actions.apply(i);
			long first = t0 + interval * i / threads;
			futures.add(pool.submit(() -> {
				for (long due = first; due < end; due += interval) {
					java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
					boolean success = attempt(action);
					recorder.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
					(success ? ok : errors).incrementAndGet();
				}
				return null;
			}));
		}
		for (var future : futures) {
			future.get();
		}
		double elapsed = (System.nanoTime() - t0) / 1e9;
		pool.shutdown();
		return Result.of(name, ok.get(), errors.get(), elapsed, recorder.getIntervalHistogram());
	}

	/** Runs the action once: whether it succeeded (an exception is a failure). */
	private static boolean attempt(Action action) {
		try {
			return action.run();
		}
		catch (Exception e) {
			return false;
		}
	}

	/** Runs {@code threads} clients in a closed loop for {@code seconds} or until {@code total} successes. */
	static Result run(String name, int threads, int seconds, long total, Function<Integer, Action> actions)
			throws Exception {
		var recorder = new Recorder(3);
		var ok = new AtomicLong();
		var errors = new AtomicLong();
		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		var futures = new ArrayList<java.util.concurrent.Future<?>>();
		long[] window = new long[1];
		for (int i = 0; i < threads; i++) {
			var action = actions.apply(i);
			futures.add(pool.submit(() -> {
				start.await();
				while (System.nanoTime() < window[0] && ok.get() < total) {
					long t0 = System.nanoTime();
					boolean success = attempt(action);
					recorder.recordValue((System.nanoTime() - t0) / 1000);
					(success ? ok : errors).incrementAndGet();
				}
				return null;
			}));
		}
		long t0 = System.nanoTime();
		window[0] = seconds == Integer.MAX_VALUE ? Long.MAX_VALUE : t0 + seconds * 1_000_000_000L;
		start.countDown();
		for (var future : futures) {
			future.get();
		}
		double elapsed = (System.nanoTime() - t0) / 1e9;
		pool.shutdown();
		return Result.of(name, ok.get(), errors.get(), elapsed, recorder.getIntervalHistogram());
	}

	private static void require(HallClient.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("expected " + status + ": " + response.text());
		}
	}

	private QueueLoadBenchmark() {
	}
}
