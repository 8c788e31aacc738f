package dev.scrutiny.corpus.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Refuses addresses a news fetcher has no business reaching (server-side request forgery): loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata
 * address 169.254.169.254, fe80::/10), carrier-grade NAT (100.64/10), unspecified, multicast and
 * broadcast, IPv4 inside IPv6, and metadata host names. Checked on the addresses the name resolves to,
 * for the first URL and after every redirect; {@link #check} gives the checked addresses, which the
 * connection then uses (no second resolution, so DNS rebinding cannot change the target). {@code allowPrivate} lifts all of this except the cloud
 * metadata names and addresses, which are always refused.
 */
final class AddressGuard {

  private static final Set<String> METADATA_HOSTS = Set.of("metadata", "metadata.google.internal",
      "metadata.goog", "instance-data", "instance-data.ec2.internal");

  private static final Set<String> METADATA_ADDRESSES = Set.of("169.254.169.254", "169.254.170.2",
      "fd00:ec2::254", "100.100.100.200");

  /** Host name → addresses; {@link InetAddress#getAllByName} but for tests. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** The outcome of a check: a refusal, or the checked addresses that a connection must use. */
  record Checked(@Nullable String refusal, List<InetAddress> addresses) {}

  private final boolean allowPrivate;
  private final Resolver resolver;

  AddressGuard(boolean allowPrivate) {
    this(allowPrivate, InetAddress::getAllByName);
  }

  AddressGuard(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /** Why {@code uri} may not be fetched, or null when it may. Resolves the host name. */
  @Nullable String refusal(URI uri) {
    return check(uri).refusal();
  }

  /**
   * Resolves the host of {@code uri} once and checks every address: either a refusal, or the
   * addresses to connect to (the ones checked, so the name is not resolved again).
   */
  Checked check(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return refused("only http and https URLs are fetched, not '" + scheme + "'");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return refused("the URL has no host");
    }
    if (uri.getRawUserInfo() != null) {
      return refused("URLs with a user name or password are not fetched");
    }
    String bare = host.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "").replace("[", "").replace("]", "");
    if (METADATA_HOSTS.contains(bare) || METADATA_ADDRESSES.contains(bare)) {
      // refused even with allowPrivate: a local test server never needs the cloud's credentials
      return refused("refused: " + host + " is a cloud metadata address");
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return refused("cannot resolve the host " + host);
    }
    if (addresses == null || addresses.length == 0) {
      return refused("cannot resolve the host " + host);
    }
    for (InetAddress a : addresses) {
      if (METADATA_ADDRESSES.contains(a.getHostAddress())) {
        return refused("refused: " + host + " resolves to " + a.getHostAddress() + ", a cloud metadata address");
      }
      String why = allowPrivate ? null : why(a);
      if (why != null) {
        return refused("refused: " + host + " resolves to " + a.getHostAddress() + ", a " + why
            + " address (--allow-private to fetch it anyway)");
      }
    }
    return new Checked(null, List.of(addresses));
  }

  private static Checked refused(String why) {
    return new Checked(why, List.of());
  }

  /** The kind of non-public address {@code a} is, or null when it is public. */
  static @Nullable String why(InetAddress a) {
    if (a.isLoopbackAddress()) {
      return "loopback";
    }
    if (a.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (a.isLinkLocalAddress()) {
      return "link-local (cloud metadata)";
    }
    if (a.isSiteLocalAddress()) {
      return "private";
    }
    if (a.isMulticastAddress()) {
      return "multicast";
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xFF;
      int second = b[1] & 0xFF;
      if (first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128)
          || (first == 192 && second == 0 && (b[2] & 0xFF) == 0) || (first == 198 && (second == 18 || second == 19))) {
        return "reserved or shared";
      }
    } else if (a instanceof Inet6Address) {
      if ((b[0] & 0xFE) == 0xFC) {
        return "private (unique local)";
      }
      if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0xC0) {
        return "private (site-local)";
      }
      boolean v4mapped = true;
      for (int i = 0; i < 10; i++) {
        v4mapped &= b[i] == 0;
      }
      if (v4mapped && (((b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) || (b[10] == 0 && b[11] == 0))) {
        try {
          String inner = why(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
          return inner != null ? inner : "IPv4-in-IPv6";
        } catch (UnknownHostException e) {
          return "IPv4-in-IPv6";
        }
      }
      if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
        return "6to4";
      }
    }
    return null;
  }
}
