package org.onewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.onewindow.OneWindowApplication;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Two nodes on one database: a call made on node B reaches a board connected to node A (LISTEN/NOTIFY), and when
 * node B stops mid-day node A carries on with the same queue, counter state and numbering.
 */
@HallIntegrationTest
class QueueNodesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Test
	void aCallOnOneNodeReachesBoardsOnAnotherAndTheQueueSurvivesANodeStopping() throws Exception {
		var hall = halls.create(List.of(List.of("A")));
		String counter = "/api/queue/counters/" + hall.counterIds().get(0);
		BlockingQueue<String> boardOnA = new LinkedBlockingQueue<>();
		var http = HttpClient.newHttpClient();
		var stream = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/queue/sites/"
				+ hall.siteId() + "/events")).header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(boardOnA)));

		var nodeB = new SpringApplicationBuilder(OneWindowApplication.class).profiles("test")
			.properties("server.port=0")
			.run();
		try {
			int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
			var kioskB = hall.kiosk(portB);
			assertThat(kioskB.post("/api/queue/sites/" + hall.siteId() + "/tickets", Map.of("category", "A")).status())
				.isEqualTo(201);
			var clerkB = HallClient.loggedIn(portB, hall.clerks().get(0));
			assertThat(clerkB.put(counter + "/state", Map.of("state", "OPEN")).status()).isEqualTo(200);
			var called = clerkB.post(counter + "/calls", Map.of());
			assertThat(called.status()).as(called.text()).isEqualTo(201);

			assertThat(awaitLine(boardOnA, "请A001号到1号窗口办理")).as("the board on node A heard the call on node B")
				.isTrue();
		}
		finally {
			nodeB.close();
			stream.cancel(true);
		}

		var clerkA = HallClient.loggedIn(port, hall.clerks().get(0));
		var workstation = clerkA.get(counter).body();
		assertThat(workstation.get("state").asString()).isEqualTo("OPEN");
		assertThat(workstation.get("current").get("number").asString()).isEqualTo("A001");
		var kioskA = hall.kiosk(port);
		var next = kioskA.post("/api/queue/sites/" + hall.siteId() + "/tickets", Map.of("category", "A"));
		assertThat(next.body().get("number").asString()).as("numbering continues").isEqualTo("A002");
		var calledOnA = clerkA.post(counter + "/calls?finishCurrent=true", Map.of());
		assertThat(calledOnA.status()).as(calledOnA.text()).isEqualTo(201);
		assertThat(calledOnA.body().get("number").asString()).isEqualTo("A002");
	}

	private static boolean awaitLine(BlockingQueue<String> lines, String text) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			String line = lines.poll(500, TimeUnit.MILLISECONDS);
			if (line != null && line.contains(text)) {
				return true;
			}
		}
		return false;
	}

	private static final class LineCollector implements java.util.concurrent.Flow.Subscriber<String> {

		private final BlockingQueue<String> lines;

		LineCollector(BlockingQueue<String> lines) {
			this.lines = lines;
		}

		@Override
		public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String item) {
			lines.add(item);
		}

		@Override
		public void onError(Throwable throwable) {
			// the stream was cancelled at the end of the test
		}

		@Override
		public void onComplete() {
			// the server closed the stream
		}
	}
}
