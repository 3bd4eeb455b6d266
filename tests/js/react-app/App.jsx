// A small React app as a front-end developer writes it with `portcullis/react`: the same
// module renders on the server (Node entry, full state) and hydrates in the browser (the
// Dokploy entry, the user's slice). Each gated component counts its renders, so the test can
// tell which ones a change re-rendered.
import { memo } from "react";
import { Can, PortcullisProvider, useAllowed, useCan, useDecision } from "portcullis/react";

export const SERVICE = { serviceId: "shop-api" };
/** Renders per component, read by the test (the same counts on the server and in the page). */
export const renders = globalThis.__renders ?? (globalThis.__renders = {});
const counted = (name) => { renders[name] = (renders[name] ?? 0) + 1; };

const Deploy = memo(function Deploy() {
  counted("Deploy");
  const can = useCan("deployment.create", SERVICE);
  return <button id="deploy" disabled={!can}>Deploy</button>;
});

const Delete = memo(function Delete() {
  counted("Delete");
  const decision = useDecision("service.delete", SERVICE);
  return <button id="delete" disabled={!decision.allowed} title={decision.message}>Delete</button>;
});

// <Can> renders inside these: what it shows is counted where it renders (its children and
// fallback each count; the function of the decision counts each call).
function EnvButton() {
  counted("EnvVars");
  return <button id="env">Environment variables</button>;
}

function NoEnv() {
  counted("EnvVars");
  return <span id="env">no environment variables</span>;
}

const EnvVars = memo(function EnvVars() {
  return (
    <Can I="envVars.read" on={SERVICE} fallback={<NoEnv />}>
      <EnvButton />
    </Can>
  );
});

const Why = memo(function Why() {
  return (
    <Can I="logs.read" on={SERVICE}>
      {(decision) => {
        counted("Why");
        return <p id="why" data-code={decision.code}>{decision.message}</p>;
      }}
    </Can>
  );
});

const NewProject = memo(function NewProject() {
  counted("NewProject");
  const can = useCan("project.create");
  return <button id="new-project" disabled={!can}>Create Project</button>;
});

const Allowed = memo(function Allowed() {
  counted("Allowed");
  const ids = useAllowed(SERVICE);
  return <p id="allowed">{ids.join(" ")}</p>;
});

export function App({ authorizer, user }) {
  return (
    <PortcullisProvider authorizer={authorizer} user={user}>
      <main>
        <p id="user">{user}</p>
        <Deploy />
        <Delete />
        <EnvVars />
        <Why />
        <NewProject />
        <Allowed />
      </main>
    </PortcullisProvider>
  );
}
