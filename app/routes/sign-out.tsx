import { redirect } from "react-router";
import { signOut, withCookies } from "../lib/auth-calls.server";
import type { RouteAccess } from "../lib/route-access";
import type { Route } from "./+types/sign-out";

export const access: RouteAccess = { kind: "page", requests: [{ method: "POST", allow: "everyone" }] };

export async function action({ request }: Route.ActionArgs) {
  return redirect("/", { headers: withCookies(await signOut(request)) });
}

export const loader = () => redirect("/");
