import { describe, expect, it } from "vitest";
import { isPushServiceEndpoint } from "./endpoint";

const HOSTS = ["fcm.googleapis.com", "*.push.apple.com", "127.0.0.1"];

describe("isPushServiceEndpoint", () => {
  it("takes the browsers' push services over https", () => {
    expect(isPushServiceEndpoint("https://fcm.googleapis.com/fcm/send/abc:APA91b", HOSTS)).toBe(true);
    expect(isPushServiceEndpoint("https://web.push.apple.com/QGuQyavXutnMp", HOSTS)).toBe(true);
    expect(isPushServiceEndpoint("https://127.0.0.1:8443/push/1", HOSTS)).toBe(true);
  });

  it("refuses anything else: other hosts, look-alikes, http, credentials, garbage", () => {
    for (const endpoint of [
      "http://fcm.googleapis.com/fcm/send/abc",
      "https://fcm.googleapis.com.evil.example/x",
      "https://evilpush.apple.com/x",
      "https://push.apple.com/x",
      "https://user:pass@fcm.googleapis.com/x",
      "https://169.254.169.254/latest/meta-data",
      "https://localhost/x",
      "not a url",
      "",
    ])
      expect(isPushServiceEndpoint(endpoint, HOSTS), endpoint).toBe(false);
  });
});
