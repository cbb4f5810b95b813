import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";
import { processSingleton } from "@/lib/server/singleton";

// Built on the first request, not at import: the options read the deployment's configuration, which
// `next build` does not have.
const handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> =>
  processSingleton("next-auth-handler", () => NextAuth(authOptions()))(request, context) as Promise<Response>;

export { handler as GET, handler as POST };
