package org.onewindow.support;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Citizens on their phones for the tests: a phone number no other test uses, and a client signed in with the code
 * read from the SMS outbox table (the whole text, as a provider would send it; the outbox screen masks the code for
 * everyone but the demo's system administrator).
 */
public final class Citizens {

	private static final Pattern CODE = Pattern.compile("验证码为 (\\d{6})");

	private Citizens() {
	}

	public static String aPhone() {
		return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** The code of the latest sign-in text message to the phone. */
	public static String codeSentTo(JdbcClient jdbc, String phone) {
		String text = jdbc.sql("""
				select text from pf_sms_outbox where phone = :phone and purpose = 'sign-in-code'
				order by id desc limit 1""")
			.param("phone", phone)
			.query(String.class)
			.single();
		var matcher = CODE.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("no code in the text message: " + text);
		}
		return matcher.group(1);
	}

	/** A browser signed in as the citizen with this phone. */
	public static HallClient signedIn(int port, JdbcClient jdbc, String phone) {
		var client = new HallClient(port);
		var sent = client.post("/api/public/citizen/sms-code", Map.of("phone", phone));
		if (sent.status() != 202) {
			throw new IllegalStateException("sms-code failed: " + sent);
		}
		var signedIn = client.post("/api/public/citizen/sign-in",
				Map.of("phone", phone, "code", codeSentTo(jdbc, phone)));
		if (signedIn.status() != 200) {
			throw new IllegalStateException("sign-in failed: " + signedIn);
		}
		return client;
	}
}
