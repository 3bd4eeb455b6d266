// A Cloudflare Worker that gates a request, as a platform team writes it.
import { Dokploy } from "portcullis";
import policy from "./policy.json";

const org = Dokploy.load(policy);

export default {
  async fetch(request) {
    const user = request.headers.get("x-user") ?? "";
    const serviceId = new URL(request.url).searchParams.get("service") ?? undefined;
    const decision = org.explain(user, "deployment.create", { serviceId });
    if (!decision.allowed) {
      return Response.json({ error: "forbidden", code: decision.code, reason: decision.message }, { status: 403 });
    }
    return Response.json({ deployed: serviceId, by: user, via: decision.via, policy: org.fingerprint() });
  },
};
