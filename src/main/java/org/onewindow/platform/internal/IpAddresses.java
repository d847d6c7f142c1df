package org.onewindow.platform.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals and networks, parsed without ever asking DNS (a header value such as {@code evil.example} is
 * no address, not a host name to look up).
 */
public final class IpAddresses {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private IpAddresses() {
	}

	/**
	 * An address as a proxy writes it into {@code X-Forwarded-For} or as the servlet container reports it:
	 * {@code 203.0.113.5}, {@code 203.0.113.5:4711}, {@code 2001:db8::1}, {@code [2001:db8::1]:443}. An IPv4-mapped
	 * IPv6 address comes back as the IPv4 address.
	 *
	 * @return empty for anything else ({@code unknown}, a host name, an obfuscated identifier, garbage)
	 */
	public static Optional<InetAddress> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.strip();
		if (value.startsWith("[")) {
			int end = value.indexOf(']');
			if (end < 0 || !(end == value.length() - 1 || value.charAt(end + 1) == ':')) {
				return Optional.empty();
			}
			return ipv6(value.substring(1, end));
		}
		var withPort = IPV4_WITH_PORT.matcher(value);
		if (withPort.matches()) {
			value = withPort.group(1);
		}
		var ipv4 = IPV4.matcher(value);
		if (ipv4.matches()) {
			byte[] bytes = new byte[4];
			for (int i = 0; i < 4; i++) {
				int part = Integer.parseInt(ipv4.group(i + 1));
				if (part > 255) {
					return Optional.empty();
				}
				bytes[i] = (byte) part;
			}
			return byAddress(bytes);
		}
		return value.indexOf(':') >= 0 ? ipv6(value) : Optional.empty();
	}

	/** A literal with a colon is parsed by the JDK as an IPv6 literal and never looked up. */
	private static Optional<InetAddress> ipv6(String value) {
		if (!IPV6.matcher(value).matches() || value.indexOf(':') < 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByName(value));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	private static Optional<InetAddress> byAddress(byte[] bytes) {
		try {
			return Optional.of(InetAddress.getByAddress(bytes));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	/** The first {@code bits} bits of the address, the rest zero. */
	static byte[] firstBits(byte[] address, int bits) {
		byte[] result = Arrays.copyOf(address, address.length);
		for (int i = 0; i < result.length; i++) {
			int keep = Math.max(0, Math.min(8, bits - i * 8));
			result[i] = (byte) (result[i] & (0xFF << (8 - keep)));
		}
		return result;
	}

	/**
	 * An address or a network in CIDR notation: {@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code ::1},
	 * {@code fd00::/8}.
	 */
	public static final class Network {

		private final byte[] prefix;
		private final int bits;

		private Network(byte[] prefix, int bits) {
			this.prefix = prefix;
			this.bits = bits;
		}

		public static Network parse(String text) {
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException("an empty address or network");
			}
			String value = text.strip();
			int slash = value.indexOf('/');
			String address = slash < 0 ? value : value.substring(0, slash);
			var parsed = IpAddresses.parse(address)
				.filter(a -> !address.contains("[") && !IPV4_WITH_PORT.matcher(address).matches())
				.orElseThrow(() -> new IllegalArgumentException("not an IP address or network: " + text));
			byte[] bytes = parsed.getAddress();
			int max = bytes.length * 8;
			int bits;
			try {
				bits = slash < 0 ? max : Integer.parseInt(value.substring(slash + 1));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("not an IP address or network: " + text, ex);
			}
			if (bits < 0 || bits > max) {
				throw new IllegalArgumentException("a prefix of " + bits + " bits in " + text);
			}
			return new Network(firstBits(bytes, bits), bits);
		}

		public boolean contains(InetAddress address) {
			byte[] bytes = address.getAddress();
			return bytes.length == prefix.length && Arrays.equals(firstBits(bytes, bits), prefix);
		}
	}
}
