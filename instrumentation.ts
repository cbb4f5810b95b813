// Runs once when the server starts. The check and the reminder schedule live in Node-only modules so the
// Edge bundle of this file never sees `process.exit` or timers.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/server/startup-check");
  // Expiry reminders by web push, when VAPID keys are configured (lib/server/push).
  (await import("./lib/server/push")).startReminderSchedule();
}
