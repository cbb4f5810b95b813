/** What a member of staff reads for each sign-in failure next-auth hands back. */
export function staffSignInMessage(error: string): string {
  const [reason, seconds] = error.split(":");
  if (reason === "throttled") {
    const minutes = Math.max(1, Math.ceil(Number(seconds ?? 900) / 60));
    return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask your manager.`;
  }
  if (reason === "invalid_credentials" || reason === "CredentialsSignin")
    return "That username and password don't match.";
  return "Sign-in didn't work. Please try again.";
}
