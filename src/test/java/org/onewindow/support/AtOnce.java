package org.onewindow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Requests sent at the same instant, each from its own thread (a barrier releases them together), for the tests of
 * rules that must hold when two browsers or two nodes act at once.
 */
public final class AtOnce {

	private AtOnce() {
	}

	/** Sends the requests at once; the answers in the order of the requests. */
	public static List<HallClient.Response> send(List<Callable<HallClient.Response>> requests) throws Exception {
		var ready = new CyclicBarrier(requests.size());
		var pool = Executors.newFixedThreadPool(requests.size());
		try {
			var futures = new ArrayList<Future<HallClient.Response>>();
			for (var request : requests) {
				futures.add(pool.submit(() -> {
					ready.await();
					return request.call();
				}));
			}
			var answers = new ArrayList<HallClient.Response>();
			for (var future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Exactly one of the answers created something (201); every other one is a 409 with {@code conflictCode}. */
	public static void assertExactlyOneCreated(List<HallClient.Response> answers, String conflictCode) {
		var statuses = answers.stream().map(HallClient.Response::status).toList();
		assertThat(statuses).as(statuses.toString()).containsOnly(201, 409);
		assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
		assertThat(answers.stream().filter(a -> a.status() == 409).map(HallClient.Response::code))
			.allMatch(conflictCode::equals);
	}
}
