import { apiToken } from "../../db/schema";

export const tokenColumns = {
  id: apiToken.id,
  name: apiToken.name,
  prefix: apiToken.prefix,
  expiresAt: apiToken.expiresAt,
  lastUsedAt: apiToken.lastUsedAt,
  revokedAt: apiToken.revokedAt,
  createdAt: apiToken.createdAt,
};

export type TokenView = {
  id: string;
  name: string;
  prefix: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

export type TokenState = "active" | "expired" | "revoked";

export function tokenState(t: Pick<TokenView, "expiresAt" | "revokedAt">, now = new Date()): TokenState {
  if (t.revokedAt) return "revoked";
  if (t.expiresAt && t.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}
