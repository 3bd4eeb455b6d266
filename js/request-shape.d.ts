import type { RequestShape } from "./common-types.js";

/** The default bound on a body read for a decision: 1 MiB. */
export const MAX_BODY_BYTES: number;

/**
 * Reads a fetch `Request` (Workers, Vercel edge, Hono, Next.js route handlers) into the
 * `{ method, url, body }` that `explainRequest` and `route` read. The request is cloned, so the
 * handler can still read it. JSON and text bodies are read, up to `maxBodyBytes` (1 MiB unless
 * given; past it a `PortcullisError` `limit_exceeded`); uploads of other types are left out.
 */
export function requestShape(request: Request, options?: { maxBodyBytes?: number }): Promise<RequestShape>;
