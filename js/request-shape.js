// A fetch runtime's Request (Workers, Vercel edge, Hono, Next.js route handlers, Deno, Node 18+)
// as the `{ method, url, body }` that `explainRequest` and `route` read. Translation only: the
// decision stays in the core.
import { PortcullisError } from "./errors.js";

/** The default bound on a body read for a decision: 1 MiB. */
export const MAX_BODY_BYTES = 1048576;

// Bodies a decision may read: JSON (tRPC, Docker's creations, Portainer's stack files) and text.
// Uploads (archives, images, multipart) are left unread: no decision reads their bytes, and the
// routes that would need them refuse what they cannot see.
const READABLE = /^\s*(application\/([\w.+-]*\+)?json|application\/(x-)?yaml|text\/)/i;

export async function requestShape(request, options = {}) {
  if (request === null || typeof request !== "object" || typeof request.clone !== "function" || typeof request.url !== "string" || typeof request.method !== "string") {
    throw new PortcullisError("invalid_argument", "`request` must be a fetch `Request`", "request");
  }
  const maxBodyBytes = options?.maxBodyBytes ?? MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 0) {
    throw new PortcullisError("invalid_argument", "`maxBodyBytes` must be a non-negative integer", "options.maxBodyBytes");
  }
  const shape = { method: request.method, url: request.url };
  if (request.body === null || request.method === "GET" || request.method === "HEAD") return shape;
  const type = request.headers.get("content-type");
  if (type !== null && !READABLE.test(type)) return shape;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBodyBytes) throw tooLarge(maxBodyBytes);
  // The clone leaves the original readable for the handler; reading chunk by chunk stops at the
  // bound even when no length was declared.
  const reader = request.clone().body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBodyBytes) {
      // Not awaited: cancelling one branch of a cloned body settles only once the handler's
      // branch is done too.
      reader.cancel().catch(() => {});
      throw tooLarge(maxBodyBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    shape.body = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PortcullisError("invalid_request", "the body is not UTF-8 text", "request.body");
  }
  return shape;
}

function tooLarge(bound) {
  return new PortcullisError("limit_exceeded", `the body is larger than ${bound} bytes (raise \`maxBodyBytes\` to read it)`, "request.body");
}
