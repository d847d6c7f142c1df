package org.onewindow.platform;

/**
 * The port through which the system sends text messages (短信) to citizens: sign-in codes, one-time notices, results
 * ready for pickup. The default implementation writes an outbox table that administrators read (no external
 * provider is reachable here; one-time codes masked); a real provider is another implementation of this interface.
 */
public interface SmsGateway {

	/**
	 * Queues a message; it is sent when the surrounding transaction commits.
	 *
	 * @param phone the 11-digit mobile number
	 * @param text the whole message in Chinese, at most 500 characters
	 * @param purpose a short machine code of why it was sent ({@code sign-in-code}, {@code one-time-notice} …); a
	 *     message carrying a one-time code (验证码) uses a purpose ending in {@code -code}, so that the outbox masks
	 *     the code for staff
	 * @return the message id
	 */
	long send(String phone, String text, String purpose);
}
