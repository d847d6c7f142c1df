package org.onewindow.platform.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.onewindow.platform.internal.IpAddresses.Network;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is calling, as far as an address can tell: the address that opened the connection, or, when that is one of
 * the configured trusted proxies, the address the proxies recorded in {@code X-Forwarded-For}, read from the right
 * (the entry the nearest proxy appended) leftwards past further trusted proxies. Anything to the left of the first
 * untrusted entry was written by the client itself and is ignored; an entry that is no IP address stops the walk at
 * the last trusted hop. Without trusted proxies (the default) the header is never read.
 */
public final class ClientAddresses {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private final List<Network> trustedProxies;
	private final List<Network> exempt;

	public ClientAddresses(List<String> trustedProxies, List<String> exemptAddresses) {
		this.trustedProxies = trustedProxies.stream().map(Network::parse).toList();
		this.exempt = exemptAddresses.stream().map(Network::parse).toList();
	}

	/**
	 * The client of a request.
	 *
	 * @param key what limits count by: an IPv4 address as written, an IPv6 address as its /64 network (one
	 * household or phone gets a whole /64, so counting single IPv6 addresses would limit nothing)
	 * @param exempt whether the address is one of the configured exempt addresses
	 */
	public record Client(String key, boolean exempt) {
	}

	public Client of(HttpServletRequest request) {
		return client(request.getRemoteAddr(), forwardedFor(request));
	}

	/** The client's address as written (a whole IPv6 address, not its /64), for the audit log. */
	public String address(HttpServletRequest request) {
		return address(request.getRemoteAddr(), forwardedFor(request));
	}

	String address(String remoteAddress, List<String> forwardedFor) {
		var remote = IpAddresses.parse(remoteAddress);
		return remote.isEmpty() ? remoteAddress : resolve(remote.get(), forwardedFor).getHostAddress();
	}

	/**
	 * @param remoteAddress the address that opened the connection
	 * @param forwardedFor the entries of every {@code X-Forwarded-For} header, in order
	 */
	Client client(String remoteAddress, List<String> forwardedFor) {
		var remote = IpAddresses.parse(remoteAddress);
		if (remote.isEmpty()) {
			return new Client(remoteAddress == null || remoteAddress.isBlank() ? "unknown" : remoteAddress.strip(),
					false);
		}
		InetAddress found = resolve(remote.get(), forwardedFor);
		return new Client(key(found), exempt.stream().anyMatch(network -> network.contains(found)));
	}

	private InetAddress resolve(InetAddress remote, List<String> forwardedFor) {
		InetAddress client = remote;
		if (trusted(client)) {
			for (int i = forwardedFor.size() - 1; i >= 0; i--) {
				var hop = IpAddresses.parse(forwardedFor.get(i));
				if (hop.isEmpty()) {
					break;
				}
				client = hop.get();
				if (!trusted(client)) {
					break;
				}
			}
		}
		return client;
	}

	private boolean trusted(InetAddress address) {
		return trustedProxies.stream().anyMatch(network -> network.contains(address));
	}

	static String key(InetAddress address) {
		if (address instanceof Inet6Address) {
			try {
				return InetAddress.getByAddress(IpAddresses.firstBits(address.getAddress(), 64)).getHostAddress() + "/64";
			}
			catch (UnknownHostException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return address.getHostAddress();
	}

	private List<String> forwardedFor(HttpServletRequest request) {
		if (trustedProxies.isEmpty()) {
			return List.of();
		}
		Enumeration<String> headers = request.getHeaders(FORWARDED_FOR);
		if (headers == null) {
			return List.of();
		}
		var entries = new ArrayList<String>();
		for (String header : Collections.list(headers)) {
			for (String entry : header.split(",")) {
				if (!entry.isBlank()) {
					entries.add(entry.strip());
				}
			}
		}
		return entries;
	}
}
