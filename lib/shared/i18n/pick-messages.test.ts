import { describe, expect, it } from "vitest";
import { pickMessages } from "./pick-messages";

const messages = {
  common: { tryAgain: "Try again", demoBanner: "Demo" },
  problem: { walletFailedTitle: "Failed", staffFailedTitle: "Console failed" },
  wallet: { title: "My coupons", banner: { offline: "Offline" }, reminders: { optIn: "Remind me" } },
  staff: { title: "Console" },
};

describe("pickMessages", () => {
  it("takes whole namespaces, parts of one and single messages, and nothing else", () => {
    expect(pickMessages(messages, ["wallet", "common.tryAgain", "problem.walletFailedTitle"])).toEqual({
      wallet: messages.wallet,
      common: { tryAgain: "Try again" },
      problem: { walletFailedTitle: "Failed" },
    });
  });

  it("leaves out what `without` names, however deep", () => {
    expect(pickMessages(messages, ["wallet", "common"], ["wallet.reminders", "common.demoBanner"])).toEqual({
      wallet: { title: "My coupons", banner: { offline: "Offline" } },
      common: { tryAgain: "Try again" },
    });
  });

  it("skips a path that is not there instead of sending an empty branch", () => {
    expect(pickMessages(messages, ["nothing", "wallet.nothing.deeper", "staff.nothing"])).toEqual({});
  });
});
