import { describe, expect, it } from "vitest";
import { addressKey, clientAddress } from "./client-address";

const h = (xff: string) => new Headers({ "x-forwarded-for": xff });

describe("clientAddress", () => {
  it("takes the socket's peer (the last entry) when no proxy is trusted: a spoofed entry changes nothing", () => {
    expect(clientAddress(h("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(h("1.2.3.4, 203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(h("9.9.9.9,8.8.8.8, 203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("believes exactly the trusted proxies, counting from the right", () => {
    // client → proxy (appends client 198.51.100.2) → app server (appends proxy 10.0.0.5)
    expect(clientAddress(h("1.2.3.4, 198.51.100.2, 10.0.0.5"), 1)).toBe("198.51.100.2");
    expect(clientAddress(h("198.51.100.2, 10.0.0.5"), 1)).toBe("198.51.100.2");
  });

  it("reads IPv4-mapped IPv6 as IPv4 and refuses what is not an address", () => {
    expect(clientAddress(h("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress(h("2001:db8::1"), 0)).toBe("2001:db8::1");
    expect(clientAddress(h(`${"9".repeat(5000)}`), 0)).toBe("unknown");
    expect(clientAddress(h("<script>"), 0)).toBe("unknown");
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "1.1.1.1, 203.0.113.9" }, 0)).toBe("203.0.113.9");
  });
});

describe("addressKey", () => {
  it("counts IPv6 by its /64 and IPv4 as it is", () => {
    expect(addressKey("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(addressKey("2001:db8:aa:bb::9")).toBe("2001:db8:aa:bb::/64");
    expect(addressKey("203.0.113.7")).toBe("203.0.113.7");
  });
});
