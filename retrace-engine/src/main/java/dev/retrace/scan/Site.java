package dev.retrace.scan;

import java.net.URI;
import java.util.Locale;

/** Which site published an article: its URL's host, or for files the first part of its id ("reuters", "news"). */
final class Site {
  private Site() {}

  static String of(String url, String id) {
    if (url != null) {
      try {
        String host = URI.create(url).getHost();
        if (host != null) {
          host = host.toLowerCase(Locale.ROOT);
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a URL after all; fall back to the id
      }
    }
    int slash = id.indexOf('/');
    String head = slash > 0 ? id.substring(0, slash) : id;
    return head.replaceAll("[-_:]?\\d+$", "");
  }
}
