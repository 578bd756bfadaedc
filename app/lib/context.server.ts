import { type Actor, ANONYMOUS } from "../../src/core/actor";
import type { UseCaseContext } from "../../src/core/context";
import { loadActor } from "../../src/core/people/load-actor.server";
import { authenticateToken } from "../../src/core/tokens/authenticate-token.server";
import { getServices, type Services } from "../../src/server/services.server";

export type RequestContext = { services: Services; actor: Actor; ctx: UseCaseContext };

const cache = new WeakMap<Request, Promise<RequestContext>>();

/**
 * Who is asking, from a bearer token (the API and CLI) or the session cookie (pages). Read fresh
 * from the database on every request, so any server behind the load balancer can answer.
 */
export function requestContext(request: Request): Promise<RequestContext> {
  let found = cache.get(request);
  if (!found) {
    found = resolve(request);
    cache.set(request, found);
  }
  return found;
}

async function resolve(request: Request): Promise<RequestContext> {
  const services = await getServices();
  let actor: Actor = ANONYMOUS;
  const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const userId = await authenticateToken(services.db, bearer);
    if (userId) actor = await loadActor(services.db, userId, "token");
  } else {
    const session = await services.auth.api.getSession({ headers: request.headers });
    if (session) actor = await loadActor(services.db, session.user.id, "session");
  }
  const ctx: UseCaseContext = {
    db: services.db,
    auth: services.auth,
    config: services.config,
    mailer: services.mailer,
    actor,
  };
  return { services, actor, ctx };
}
