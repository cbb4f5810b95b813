import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterLoad, LONGEST_IDLE_WAIT_MS } from "./use-display";

// A page that is never idle: the browser runs an idle callback only when its deadline comes.
function neverIdle() {
  const requestIdleCallback = (callback: () => void, options?: { timeout?: number }) =>
    options?.timeout === undefined ? -1 : window.setTimeout(callback, options.timeout);
  return { setTimeout, clearTimeout, requestIdleCallback, cancelIdleCallback: clearTimeout };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("a task for once the page has settled", () => {
  it("runs on a page that is never idle, at most LONGEST_IDLE_WAIT_MS after its delay", () => {
    vi.stubGlobal("window", neverIdle());
    const task = vi.fn();
    afterLoad(task, 5_000);
    vi.advanceTimersByTime(5_000 + LONGEST_IDLE_WAIT_MS - 1);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledOnce();
  });

  it("runs after its delay where the browser has no idle callbacks (Safari)", () => {
    vi.stubGlobal("window", { setTimeout, clearTimeout });
    const task = vi.fn();
    afterLoad(task, 5_000);
    vi.advanceTimersByTime(5_000);
    expect(task).toHaveBeenCalledOnce();
  });

  it("does not run once cancelled, before or after its delay", () => {
    vi.stubGlobal("window", neverIdle());
    const early = vi.fn();
    afterLoad(early, 5_000)();
    const late = vi.fn();
    const cancel = afterLoad(late, 5_000);
    vi.advanceTimersByTime(5_000);
    cancel();
    vi.advanceTimersByTime(LONGEST_IDLE_WAIT_MS);
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
