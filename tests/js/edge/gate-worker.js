// A Worker in front of both products' APIs, as a platform team writes it: every request is
// read with requestShape, decided by the product's own API map, and passed on or refused.
import { Dokploy, Portainer, requestShape } from "portcullis";
import dokployPolicy from "./policy.json";
import portainerPolicy from "./gate-portainer-policy.json";

const org = Dokploy.load(dokployPolicy);
const docker = Portainer.load(portainerPolicy);

export default {
  async fetch(request) {
    const user = request.headers.get("x-user") ?? "";
    const gate = new URL(request.url).hostname.startsWith("dokploy.") ? org : docker;
    let shape;
    try {
      shape = await requestShape(request);
    } catch (error) {
      return Response.json({ code: error.code, reason: error.message }, { status: 413 });
    }
    const decision = gate.explainRequest(user, shape);
    if (!decision.allowed) {
      return Response.json({ code: decision.code, reason: decision.message }, { status: 403 });
    }
    return fetch(request);
  },
};
