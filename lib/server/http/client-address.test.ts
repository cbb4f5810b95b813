import { describe, expect, it } from "vitest";
import { addressKey, clientAddress } from "./client-address";

/** A request as server.mjs hands it on: the socket's peer in x-wallet-peer, whatever the client sent. */
const h = (peer: string, xff?: string) =>
  new Headers({ "x-wallet-peer": peer, ...(xff === undefined ? {} : { "x-forwarded-for": xff }) });

describe("clientAddress", () => {
  it("takes the socket's peer when no proxy is trusted: X-Forwarded-For from the client changes nothing", () => {
    expect(clientAddress(h("203.0.113.7"), 0, true)).toBe("203.0.113.7");
    expect(clientAddress(h("203.0.113.7", "1.2.3.4"), 0, true)).toBe("203.0.113.7");
    expect(clientAddress(h("203.0.113.7", "9.9.9.9, 8.8.8.8"), 0, true)).toBe("203.0.113.7");
  });

  it("believes exactly the trusted proxies, counting from the right", () => {
    // client 198.51.100.2 → proxy 10.0.0.5 (appends the client it saw) → server.mjs (peer = the proxy)
    expect(clientAddress(h("10.0.0.5", "1.2.3.4, 198.51.100.2"), 1, true)).toBe("198.51.100.2");
    expect(clientAddress(h("10.0.0.5", "198.51.100.2"), 1, true)).toBe("198.51.100.2");
  });

  it("trusts no header when not behind the app's own server", () => {
    expect(clientAddress(h("203.0.113.7", "1.2.3.4"), 0, false)).toBe("unknown");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }), 1, false)).toBe("unknown");
  });

  it("reads IPv4-mapped IPv6 as IPv4 and refuses what is not an address", () => {
    expect(clientAddress(h("::ffff:127.0.0.1"), 0, true)).toBe("127.0.0.1");
    expect(clientAddress(h("2001:db8::1"), 0, true)).toBe("2001:db8::1");
    expect(clientAddress(h("10.0.0.5", "9".repeat(5000)), 1, true)).toBe("unknown");
    expect(clientAddress(h("10.0.0.5", "<script>"), 1, true)).toBe("unknown");
    expect(clientAddress(new Headers(), 0, true)).toBe("unknown");
    expect(clientAddress({ "x-wallet-peer": "203.0.113.9", "x-forwarded-for": "1.1.1.1" }, 0, true)).toBe(
      "203.0.113.9",
    );
  });
});

describe("addressKey", () => {
  it("counts IPv6 by its /64 and IPv4 as it is", () => {
    expect(addressKey("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(addressKey("2001:db8:aa:bb::9")).toBe("2001:db8:aa:bb::/64");
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7");
  });
});
