package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.internal.ClientAddresses.Client;
import org.onewindow.platform.internal.IpAddresses.Network;

/**
 * Which address a request is counted by: {@code X-Forwarded-For} only through trusted proxies, IPv6 by /64.
 */
class ClientAddressesUnitTests {

	static final ClientAddresses DIRECT = new ClientAddresses(List.of(), List.of());

	static final ClientAddresses BEHIND_PROXIES = new ClientAddresses(List.of("10.0.0.0/8", "fd00::/8"),
			List.of("192.0.2.0/24"));

	@Test
	void withoutTrustedProxiesTheHeaderIsIgnored() {
		assertThat(DIRECT.client("203.0.113.9", List.of("198.51.100.1"))).isEqualTo(new Client("203.0.113.9", false));
		assertThat(DIRECT.client("10.1.2.3", List.of("198.51.100.1")).key()).isEqualTo("10.1.2.3");
	}

	@Test
	void aRequestFromAnUntrustedAddressIsThatAddressWhateverItsHeaderSays() {
		assertThat(BEHIND_PROXIES.client("203.0.113.9", List.of("198.51.100.1")).key()).isEqualTo("203.0.113.9");
	}

	@Test
	void throughATrustedProxyTheClientIsTheFirstUntrustedEntryFromTheRight() {
		assertThat(BEHIND_PROXIES.client("10.0.0.5", List.of("198.51.100.1")).key()).isEqualTo("198.51.100.1");
		assertThat(BEHIND_PROXIES.client("10.0.0.5", List.of("198.51.100.1", "10.9.9.9")).key())
			.as("past a second trusted proxy").isEqualTo("198.51.100.1");
		assertThat(BEHIND_PROXIES.client("10.0.0.5", List.of("6.6.6.6", "198.51.100.1")).key())
			.as("what the client wrote itself is ignored").isEqualTo("198.51.100.1");
		assertThat(BEHIND_PROXIES.client("10.0.0.5", List.of("10.1.1.1", "10.2.2.2")).key())
			.as("only proxies: the farthest").isEqualTo("10.1.1.1");
		assertThat(BEHIND_PROXIES.client("10.0.0.5", List.of()).key()).as("no header: the proxy").isEqualTo("10.0.0.5");
	}

	@Test
	void anEntryThatIsNoAddressStopsAtTheLastTrustedHop() {
		assertThat(BEHIND_PROXIES.client("10.0.0.5", List.of("198.51.100.1", "unknown")).key()).isEqualTo("10.0.0.5");
		assertThat(BEHIND_PROXIES.client("10.0.0.5", List.of("198.51.100.1", "evil.example", "10.3.3.3")).key())
			.isEqualTo("10.3.3.3");
		assertThat(BEHIND_PROXIES.client("10.0.0.5", List.of("999.1.1.1")).key()).isEqualTo("10.0.0.5");
	}

	@Test
	void theAuditLogGetsTheWholeClientAddressNotTheCountingKey() {
		assertThat(BEHIND_PROXIES.address("10.0.0.5", List.of("6.6.6.6", "198.51.100.1"))).isEqualTo("198.51.100.1");
		assertThat(BEHIND_PROXIES.address("10.0.0.5", List.of("[2001:db8:1:2:3:4:5:6]:443")))
			.as("a whole IPv6 address, not its /64").isEqualTo("2001:db8:1:2:3:4:5:6");
		assertThat(DIRECT.address("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
		assertThat(DIRECT.address("not-an-address", List.of())).as("kept as it came").isEqualTo("not-an-address");
	}

	@Test
	void portsAndBracketsAreUnderstood() {
		assertThat(BEHIND_PROXIES.client("10.0.0.5", List.of("198.51.100.1:4711")).key()).isEqualTo("198.51.100.1");
		assertThat(BEHIND_PROXIES.client("10.0.0.5", List.of("[2001:db8:1:2:3:4:5:6]:443")).key())
			.isEqualTo("2001:db8:1:2:0:0:0:0/64");
		assertThat(BEHIND_PROXIES.client("fd00::1", List.of("198.51.100.1")).key()).isEqualTo("198.51.100.1");
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64() {
		var one = DIRECT.client("2001:db8:1:2:aaaa::1", List.of());
		var other = DIRECT.client("2001:db8:1:2:bbbb::9", List.of());
		var elsewhere = DIRECT.client("2001:db8:1:3::1", List.of());
		assertThat(one.key()).isEqualTo("2001:db8:1:2:0:0:0:0/64").isEqualTo(other.key());
		assertThat(elsewhere.key()).isNotEqualTo(one.key());
		assertThat(DIRECT.client("::ffff:198.51.100.7", List.of()).key()).as("IPv4-mapped").isEqualTo("198.51.100.7");
	}

	@Test
	void exemptAddressesAreMarked() {
		assertThat(BEHIND_PROXIES.client("192.0.2.77", List.of()).exempt()).isTrue();
		assertThat(BEHIND_PROXIES.client("10.0.0.5", List.of("192.0.2.77")).exempt()).isTrue();
		assertThat(BEHIND_PROXIES.client("192.0.2.77", List.of()).key()).isEqualTo("192.0.2.77");
		assertThat(BEHIND_PROXIES.client("198.51.100.1", List.of()).exempt()).isFalse();
		assertThat(BEHIND_PROXIES.client("203.0.113.1", List.of("192.0.2.77")).exempt())
			.as("a forged header from outside exempts nobody").isFalse();
	}

	@Test
	void networksAreCidrAndNeverHostNames() {
		var network = Network.parse("172.16.0.0/12");
		assertThat(network.contains(IpAddresses.parse("172.31.255.255").orElseThrow())).isTrue();
		assertThat(network.contains(IpAddresses.parse("172.32.0.0").orElseThrow())).isFalse();
		assertThat(network.contains(IpAddresses.parse("::1").orElseThrow())).as("other family").isFalse();
		assertThat(Network.parse("::1").contains(IpAddresses.parse("0:0:0:0:0:0:0:1").orElseThrow())).isTrue();
		assertThat(Network.parse("0.0.0.0/0").contains(IpAddresses.parse("8.8.8.8").orElseThrow())).isTrue();
		for (String bad : List.of("localhost", "10.0.0.0/33", "10.0.0.0/x", "", "1.2.3.4:80", "fe80::1%eth0")) {
			assertThatThrownBy(() -> Network.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
		assertThat(IpAddresses.parse("localhost")).isEmpty();
		assertThat(IpAddresses.parse("1234")).isEmpty();
		assertThat(IpAddresses.parse("[::1")).isEmpty();
		assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.example"), List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
