// A Vercel edge function that gates a request on a Portainer policy.
import { Portainer } from "portcullis";
import policy from "./portainer-policy.json";

const docker = Portainer.load(policy);

addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  const user = event.request.headers.get("x-user") ?? "";
  const target = { environmentId: url.searchParams.get("env") ?? "", resourceId: url.searchParams.get("container") ?? undefined };
  const decision = docker.explain(user, "container.start", target);
  event.respondWith(
    decision.allowed
      ? new Response(`started ${target.resourceId}`)
      : Response.json({ code: decision.code, reason: decision.message, control: decision.control }, { status: 403 }),
  );
});
