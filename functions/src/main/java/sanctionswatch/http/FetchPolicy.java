package sanctionswatch.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which URLs the fetcher may reach. Feed and article URLs come from strangers, so a URL must not turn the fetcher
 * against its own cloud: only http and https, only the allowed ports, and no address that is loopback, private,
 * link-local (the metadata service at 169.254.169.254), carrier-grade NAT, unique-local IPv6, multicast or reserved,
 * however the URL spells it (decimal {@code 2130706433}, octal {@code 0177.0.0.1}, hex {@code 0x7f.1}, short
 * {@code 127.1}, IPv4-mapped IPv6). Every address a host resolves to is checked; the fetcher checks each redirect hop.
 * The JVM's DNS cache (30 s by default) serves the connection the same answer the check saw.
 *
 * @param allowedPorts ports a URL may name (80 and 443 by default)
 * @param admitted     {@code host:port} pairs admitted whatever their address (a test's own loopback server)
 */
public record FetchPolicy(Set<Integer> allowedPorts, Set<String> admitted) {
    public FetchPolicy {
        allowedPorts = Set.copyOf(allowedPorts);
        admitted = Set.copyOf(admitted);
    }

    public static FetchPolicy standard() {
        return new FetchPolicy(Set.of(80, 443), Set.of());
    }

    /** The same policy, also admitting {@code host:port}. */
    public FetchPolicy admitting(String host, int port) {
        java.util.HashSet<String> more = new java.util.HashSet<>(admitted);
        more.add(host.toLowerCase(Locale.ROOT) + ":" + port);
        return new FetchPolicy(allowedPorts, more);
    }

    /**
     * The port a URL reaches: the one it names, else its scheme's (443 for https, 80 for http), else -1.
     * {@code port(URI.create("https://example.org/a"))} is 443.
     */
    public static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    }

    /** Refuses, with the reason, a URL this policy does not let the fetcher reach. */
    public void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(uri, "only http and https URLs are fetched", null);
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException(uri, "user info in a URL is refused", null);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            // java.net.URI leaves the host out for spellings like 127.1 or 0x7f.0.0.1; name what they stand for.
            String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority().replaceAll(":\\d*$", "");
            byte[] numeric = legacyIpv4(authority.toLowerCase(Locale.ROOT));
            if (numeric != null) {
                refuseIfInternal(uri, numeric);
            }
            throw new FetchException(uri, "no valid host", null);
        }
        int port = port(uri);
        host = host.toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (admitted.contains(bare + ":" + port) || admitted.contains(host + ":" + port)) {
            return;
        }
        if (!allowedPorts.contains(port)) {
            throw new FetchException(uri, "port " + port + " is not allowed (allowed: "
                    + new TreeSet<>(allowedPorts) + ")", null);
        }
        byte[] numeric = legacyIpv4(bare);
        if (numeric != null) {
            refuseIfInternal(uri, numeric);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new FetchException(uri, "unknown host " + bare, e);
        }
        for (InetAddress a : addresses) {
            refuseIfInternal(uri, a.getAddress());
        }
    }

    private static void refuseIfInternal(URI uri, byte[] address) throws FetchException {
        String why = internal(address);
        if (why != null) {
            throw new FetchException(uri, "address " + format(address) + " is " + why + " and never fetched", null);
        }
    }

    /** Why an address must not be reached, or null when it may. */
    static String internal(byte[] a) {
        if (a.length == 16) {
            byte[] embedded = embeddedIpv4(a);
            if (embedded != null) {
                String why = internal(embedded);
                return why == null ? null : why + " (inside an IPv6 address)";
            }
            int first = a[0] & 0xff;
            if (Arrays.equals(a, new byte[16])) {
                return "unspecified";
            }
            if (isLoopback6(a)) {
                return "loopback";
            }
            if ((first & 0xfe) == 0xfc) {
                return "unique-local";
            }
            if (first == 0xfe && (a[1] & 0xc0) == 0x80) {
                return "link-local";
            }
            if (first == 0xfe && (a[1] & 0xc0) == 0xc0) {
                return "site-local";
            }
            if (first == 0xff) {
                return "multicast";
            }
            if (first == 0x20 && a[1] == 0x01 && a[2] == 0x0d && (a[3] & 0xff) == 0xb8) {
                return "documentation";
            }
            return null;
        }
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        if (b0 == 0) {
            return "\"this network\"";
        }
        if (b0 == 127) {
            return "loopback";
        }
        if (b0 == 10 || b0 == 172 && (b1 & 0xf0) == 16 || b0 == 192 && b1 == 168) {
            return "private";
        }
        if (b0 == 169 && b1 == 254) {
            return "link-local (the metadata service lives here)";
        }
        if (b0 == 100 && (b1 & 0xc0) == 64) {
            return "carrier-grade NAT";
        }
        if (b0 == 192 && b1 == 0 && (a[2] & 0xff) == 0) {
            return "IETF-reserved";
        }
        if (b0 == 198 && (b1 & 0xfe) == 18) {
            return "benchmarking";
        }
        if (b0 >= 224) {
            return b0 < 240 ? "multicast" : "reserved";
        }
        return null;
    }

    private static boolean isLoopback6(byte[] a) {
        for (int i = 0; i < 15; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[15] == 1;
    }

    /** The IPv4 address inside IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) forms. */
    private static byte[] embeddedIpv4(byte[] a) {
        boolean zero80 = true;
        for (int i = 0; i < 10; i++) {
            zero80 &= a[i] == 0;
        }
        if (zero80 && ((a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff || a[10] == 0 && a[11] == 0 && !isLoopback6(a)
                && !Arrays.equals(a, new byte[16]))) {
            return Arrays.copyOfRange(a, 12, 16);
        }
        if (a[0] == 0 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b) {
            return Arrays.copyOfRange(a, 12, 16);
        }
        if (a[0] == 0x20 && a[1] == 0x02) {
            return Arrays.copyOfRange(a, 2, 6);
        }
        return null;
    }

    /**
     * The IPv4 address a host name spells in the forms C's {@code inet_aton} accepts (1 to 4 parts, each decimal,
     * octal with a leading 0 or hex with 0x), or null when it is not such a spelling.
     */
    static byte[] legacyIpv4(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        List<String> parts = Arrays.asList(h.split("\\.", -1));
        if (parts.isEmpty() || parts.size() > 4) {
            return null;
        }
        long[] values = new long[parts.size()];
        for (int i = 0; i < values.length; i++) {
            Long v = number(parts.get(i));
            if (v == null) {
                return null;
            }
            values[i] = v;
        }
        long address = 0;
        int last = values.length - 1;
        for (int i = 0; i < last; i++) {
            if (values[i] > 255) {
                return null;
            }
            address |= values[i] << (24 - 8 * i);
        }
        long max = (1L << (8 * (4 - last))) - 1;
        if (values[last] > max) {
            return null;
        }
        address |= values[last];
        return new byte[]{(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    private static Long number(String s) {
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) {
                return s.length() > 2 && s.length() <= 10 ? Long.parseLong(s.substring(2), 16) : null;
            }
            if (s.isEmpty() || !s.chars().allMatch(Character::isDigit) || s.length() > 12) {
                return null;
            }
            return s.length() > 1 && s.startsWith("0") ? Long.parseLong(s, 8) : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String format(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            return Arrays.toString(address);
        }
    }
}
