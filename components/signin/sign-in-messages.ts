/** What a shopper reads for each sign-in failure next-auth hands back. */
export function signInErrorMessage(error: string): string {
  const [reason, seconds] = error.split(":");
  switch (reason) {
    case "wrong_code":
      return "That code is wrong or has expired. Check the latest message, or send a new code.";
    case "invalid_input":
      return "Enter the number you signed up with and the code from your message.";
    case "throttled": {
      const minutes = Math.max(1, Math.ceil(Number(seconds ?? 900) / 60));
      return `Too many tries. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
    }
    case "no_wallet":
      return "We couldn't find a wallet for this number. Check it, or use the number you shop with.";
    case "unavailable":
      return "We can't reach the coupon service right now. Please try again in a moment.";
    default:
      return "Sign-in didn't work. Please try again.";
  }
}
