package org.onewindow.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for the end-to-end API tests: keeps cookies (the session and the XSRF token), sends
 * the token back as a header on every change, parses JSON.
 */
public final class HallClient {

	public static final String DEMO_PASSWORD = "demo1234";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicInteger ADDRESSES = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 17));

	private final String base;
	private final CookieManager cookies;
	private final HttpClient http;
	private final Map<String, String> extraHeaders = new java.util.LinkedHashMap<>();

	public HallClient(int port) {
		this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
	}

	private HallClient(int port, CookieManager cookies) {
		this.base = "http://localhost:" + port;
		this.cookies = cookies;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
	}

	/** The same browser (cookies: session and XSRF token) talking to another node. */
	public HallClient onPort(int port) {
		return new HallClient(port, cookies);
	}

	/** A client logged in as one of the demo accounts. */
	public static HallClient loggedIn(int port, String username) {
		var client = new HallClient(port);
		var response = client.login(username, DEMO_PASSWORD);
		if (response.status() != 200) {
			throw new IllegalStateException("demo login " + username + " failed: " + response);
		}
		return client;
	}

	public Response login(String username, String password) {
		String form = Map.of("username", username, "password", password)
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(withToken(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form))));
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body) {
		return send(withToken(json(request(path), body, "POST")));
	}

	public Response put(String path, Object body) {
		return send(withToken(json(request(path), body, "PUT")));
	}

	public Response delete(String path) {
		return send(withToken(request(path).DELETE()));
	}

	/** Sends raw text as JSON, for malformed-input tests. */
	public Response postRaw(String path, String rawJson) {
		return send(withToken(request(path).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(rawJson))));
	}

	/** Uploads one file as a browser's file input does: a multipart form with the file in {@code field}. */
	public Response postMultipart(String path, String field, String filename, byte[] bytes, String contentType) {
		String boundary = "----OneWindowTest" + UUID.randomUUID().toString().replace("-", "");
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(withToken(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray()))));
	}

	/** Downloads a file as a browser does; a refusal comes back as the problem's JSON bytes. */
	public Download getBytes(String path) {
		var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*").GET();
		try {
			HttpResponse<byte[]> response = http.send(builder.build(), BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""),
					response.headers().firstValue("Cache-Control").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A change without the CSRF header, as a forged cross-site request would be. */
	public Response postWithoutToken(String path, Object body) {
		return send(json(request(path), body, "POST"));
	}

	/**
	 * A client that appears to come from another address: the tests' server trusts the local machine as a proxy
	 * (application-test.yml), so it takes the client address from {@code X-Forwarded-For}. Each call gives a
	 * different address, so per-address rate limits start from zero.
	 */
	public static HallClient fromAnotherAddress(int port) {
		return new HallClient(port).withHeader("X-Forwarded-For", anotherAddress());
	}

	/** An address of the benchmarking network 198.18.0.0/15 that no other test of this run got. */
	public static String anotherAddress() {
		int n = ADDRESSES.getAndIncrement();
		return "198." + (18 + (n >> 16 & 1)) + "." + (n >> 8 & 0xFF) + "." + (n & 0xFF);
	}

		/** Sends a header with every later request (e.g. a paired counter pad's secret). */
	public HallClient withHeader(String name, String value) {
		extraHeaders.put(name, value);
		return this;
	}

	private HttpRequest.Builder request(String path) {
		var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, application/problem+json");
		extraHeaders.forEach(builder::header);
		return builder;
	}

	private static HttpRequest.Builder json(HttpRequest.Builder builder, Object body, String method) {
		return builder.header("Content-Type", "application/json")
			.method(method, BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)));
	}

	/** The cookies as a {@code Cookie} header, and the XSRF token, for lighter clients (the load driver). */
	public String cookieHeader() {
		token();
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	public String xsrfToken() {
		return token();
	}

	private HttpRequest.Builder withToken(HttpRequest.Builder builder) {
		return builder.header("X-XSRF-TOKEN", token());
	}

	private String token() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElseGet(() -> get("/api/auth/csrf").body().get("token").asString());
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = http.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			String text = response.body();
			JsonNode body = text == null || text.isBlank() || !text.trim().matches("(?s)^[\\[{].*")
					? NullNode.getInstance() : JSON.readTree(text);
			return new Response(response.statusCode(), body, text, response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, JsonNode body, String text, String contentType, String location,
			HttpHeaders headers) {

		/** The first value of a response header, or {@code null}. */
		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public String code() {
			return body.path("code").asString("");
		}

		public String detail() {
			return body.path("detail").asString("");
		}
	}

	public record Download(int status, byte[] bytes, String contentType, String disposition, String cacheControl) {
	}
}
