package dev.scrutiny.corpus.web;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 GET over a socket connected to an address given by the caller, the one that was
 * checked: the host name is not resolved again, so a name that changes its address between the
 * check and the connection (DNS rebinding) cannot send the request elsewhere. The name still goes
 * in the {@code Host} header and, for https, in SNI and the certificate check (the JDK's default
 * trust store; the certificate must name the host).
 *
 * <p>{@code Connection: close}, no compression asked for; bodies by {@code Content-Length}, chunked
 * transfer coding or up to the end of the connection, refused (never truncated) over the size limit.
 * The body is read only for status 200.
 */
final class PinnedGet {

  private static final int MAX_HEADER_BYTES = 64 * 1024;

  /** A response: status, headers by lower-case name, body (empty unless the status is 200). */
  record Response(int status, Map<String, List<String>> headers, byte[] body) {
    Optional<String> header(String name) {
      List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
      return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.getFirst());
    }
  }

  /** The body went over the size limit. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("the response is larger than the limit of " + limit + " bytes; refused, not truncated");
    }
  }

  /** The request went over its time limit. */
  static final class Timeout extends IOException {
    Timeout(String message) {
      super(message);
    }
  }

  private PinnedGet() {}

  /**
   * GETs {@code uri} from {@code address}. {@code connectTimeout} bounds the connection,
   * {@code totalTimeout} the whole exchange.
   *
   * @throws TooLarge when the body is over {@code maxBytes}
   */
  static Response get(URI uri, InetAddress address, Map<String, String> headers, Duration connectTimeout,
                      Duration totalTimeout, long maxBytes) throws IOException {
    boolean https = uri.getScheme().equalsIgnoreCase("https");
    int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
    String host = uri.getHost();
    String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    long deadline = System.nanoTime() + totalTimeout.toNanos();
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, connectTimeout.toMillis()));
      if (https) {
        socket = tls(socket, bareHost, port);
      }
      OutputStream out = socket.getOutputStream();
      out.write(request(uri, host, port, https, headers).getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      Deadlined in = new Deadlined(socket, deadline, totalTimeout);
      while (true) {
        int status = statusLine(readLine(in));
        Map<String, List<String>> h = headerLines(in);
        if (status >= 100 && status < 200) {
          continue; // informational: the real response follows
        }
        byte[] body = status == 200 ? body(in, h, maxBytes) : new byte[0];
        return new Response(status, h, body);
      }
    } finally {
      socket.close();
    }
  }

  private static Socket tls(Socket plain, String host, int port) throws IOException {
    SSLContext context;
    try {
      context = SSLContext.getDefault();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IOException("no TLS available: " + e.getMessage(), e);
    }
    SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
    SSLParameters p = ssl.getSSLParameters();
    p.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host, not the address
    if (!isAddressLiteral(host)) {
      p.setServerNames(List.of(new SNIHostName(host)));
    }
    ssl.setSSLParameters(p);
    ssl.startHandshake();
    return ssl;
  }

  private static boolean isAddressLiteral(String host) {
    return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
  }

  static String request(URI uri, String host, int port, boolean https, Map<String, String> headers) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    boolean defaultPort = port == (https ? 443 : 80);
    StringBuilder b = new StringBuilder(256);
    b.append("GET ").append(path).append(" HTTP/1.1\r\n");
    b.append("Host: ").append(host).append(defaultPort ? "" : ":" + port).append("\r\n");
    headers.forEach((k, v) -> b.append(k).append(": ").append(v).append("\r\n"));
    b.append("Accept-Encoding: identity\r\nConnection: close\r\n\r\n");
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c > 126 || (c < 32 && c != '\r' && c != '\n')) {
        throw new IllegalArgumentException("the request holds a character that HTTP does not allow");
      }
    }
    return b.toString();
  }

  private static int statusLine(String line) throws IOException {
    String[] parts = line.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
      throw new IOException("not an HTTP/1.x response: '" + abbreviate(line) + "'");
    }
    return Integer.parseInt(parts[1]);
  }

  private static Map<String, List<String>> headerLines(InputStream in) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    int bytes = 0;
    while (true) {
      String line = readLine(in);
      bytes += line.length() + 2;
      if (bytes > MAX_HEADER_BYTES) {
        throw new IOException("the response headers are larger than " + MAX_HEADER_BYTES + " bytes");
      }
      if (line.isEmpty()) {
        return headers;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IOException("a malformed response header: '" + abbreviate(line) + "'");
      }
      headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(line.substring(colon + 1).strip());
    }
  }

  private static byte[] body(InputStream in, Map<String, List<String>> headers, long maxBytes) throws IOException {
    String coding = String.join(",", headers.getOrDefault("transfer-encoding", List.of())).toLowerCase(Locale.ROOT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (coding.contains("chunked")) {
      while (true) {
        String size = readLine(in).split(";", 2)[0].strip();
        long n;
        try {
          n = Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
          throw new IOException("a malformed chunk size: '" + abbreviate(size) + "'");
        }
        if (n == 0) {
          while (!readLine(in).isEmpty()) {
            // trailers: ignored
          }
          return out.toByteArray();
        }
        copy(in, out, n, maxBytes);
        readLine(in);
      }
    }
    List<String> length = headers.get("content-length");
    if (length != null) {
      long n;
      try {
        n = Long.parseLong(length.getFirst());
      } catch (NumberFormatException e) {
        throw new IOException("a malformed Content-Length: '" + abbreviate(length.getFirst()) + "'");
      }
      if (n > maxBytes) {
        throw new TooLarge(maxBytes);
      }
      copy(in, out, n, maxBytes);
      return out.toByteArray();
    }
    copy(in, out, -1, maxBytes);
    return out.toByteArray();
  }

  /** Copies {@code n} bytes (all until the end when negative), refusing more than {@code maxBytes} in all. */
  private static void copy(InputStream in, ByteArrayOutputStream out, long n, long maxBytes) throws IOException {
    byte[] buf = new byte[16 * 1024];
    long left = n;
    while (n < 0 || left > 0) {
      int r = in.read(buf, 0, (int) (n < 0 ? buf.length : Math.min(buf.length, left)));
      if (r < 0) {
        if (n < 0) {
          return;
        }
        throw new EOFException("the connection closed before the end of the response body");
      }
      if (out.size() + (long) r > maxBytes) {
        throw new TooLarge(maxBytes);
      }
      out.write(buf, 0, r);
      left -= r;
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new EOFException("the connection closed in the middle of the response");
      }
      if (c == '\n') {
        byte[] b = line.toByteArray();
        int len = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        return new String(b, 0, len, StandardCharsets.ISO_8859_1);
      }
      if (line.size() >= MAX_HEADER_BYTES) {
        throw new IOException("a response line longer than " + MAX_HEADER_BYTES + " bytes");
      }
      line.write(c);
    }
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  /** The socket's input, buffered, failing with {@link Timeout} once the whole exchange's deadline has passed. */
  private static final class Deadlined extends InputStream {
    private final Socket socket;
    private final InputStream in;
    private final long deadline;
    private final Duration total;
    private final byte[] buf = new byte[16 * 1024];
    private int pos;
    private int end;

    Deadlined(Socket socket, long deadline, Duration total) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.deadline = deadline;
      this.total = total;
    }

    private boolean fill() throws IOException {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new Timeout("no complete response within " + seconds(total));
      }
      socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
      try {
        int n = in.read(buf);
        if (n < 0) {
          return false;
        }
        pos = 0;
        end = n;
        return true;
      } catch (SocketTimeoutException e) {
        throw new Timeout("no complete response within " + seconds(total));
      }
    }

    @Override
    public int read() throws IOException {
      if (pos == end && !fill()) {
        return -1;
      }
      return buf[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos == end && !fill()) {
        return -1;
      }
      int n = Math.min(len, end - pos);
      System.arraycopy(buf, pos, b, off, n);
      pos += n;
      return n;
    }
  }
}
