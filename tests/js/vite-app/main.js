// A tiny app as a front-end developer writes it: import the package, no init step.
import { Dokploy } from "portcullis";

const org = Dokploy.load({
  members: [{ userId: "owner", role: "owner" }, { userId: "maya", role: "member", accessedServices: ["api"] }],
});
const target = { serviceId: "api" };
for (const [button, permission] of [["deploy", "deployment.create"], ["delete", "service.delete"]]) {
  const decision = org.explain("maya", permission, target);
  const element = document.getElementById(button);
  element.disabled = !decision.allowed;
  element.title = decision.message;
}
document.getElementById("result").textContent = org.allowed("maya", target).join(" ");
