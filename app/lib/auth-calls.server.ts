import { getServices } from "../../src/server/services.server";

/** The header server.js fills with the socket's address (clients cannot set it). */
export const CLIENT_IP_HEADER = "x-commitment-hub-client-ip";

/**
 * Calls better-auth over its HTTP handler rather than `auth.api`, because only the handler applies
 * the sign-in rate limit. The client's address and agent are passed on so the limit counts them.
 */
async function callAuth(request: Request, path: string, body: unknown): Promise<Response> {
  const { auth, config } = await getServices();
  const headers = new Headers({ "content-type": "application/json", origin: config.publicUrl });
  for (const name of ["cookie", "user-agent", "x-forwarded-for", CLIENT_IP_HEADER]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  return auth.handler(
    new Request(new URL(`/api/auth${path}`, config.publicUrl), {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    }),
  );
}

export type SignInResult = { ok: true; cookies: string[] } | { ok: false; status: number };

export async function signIn(request: Request, email: string, password: string): Promise<SignInResult> {
  const response = await callAuth(request, "/sign-in/email", { email, password, rememberMe: true });
  if (!response.ok) return { ok: false, status: response.status };
  return { ok: true, cookies: response.headers.getSetCookie() };
}

export async function signOut(request: Request): Promise<string[]> {
  const response = await callAuth(request, "/sign-out", {});
  return response.headers.getSetCookie();
}

export function withCookies(cookies: string[], init: ResponseInit = {}): Headers {
  const headers = new Headers(init.headers);
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return headers;
}
