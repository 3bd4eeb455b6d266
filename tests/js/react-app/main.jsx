// The browser side: the state the server rendered with (a slice or a whole state) comes with
// the page; the app hydrates the server's markup, or renders afresh when there is none.
import { useState } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { Dokploy } from "portcullis/dokploy";
import { App } from "./App.jsx";

const { state, user: firstUser } = JSON.parse(document.getElementById("state").textContent);
const authorizer = Dokploy.load(state);
window.__errors = [];

function Harness() {
  const [user, setUser] = useState(firstUser);
  // The test switches the user and changes the state through these.
  window.__app = { authorizer, setUser };
  return <App authorizer={authorizer} user={user} />;
}

const root = document.getElementById("root");
const report = (error) => window.__errors.push(String(error?.message ?? error));
if (root.firstChild) hydrateRoot(root, <Harness />, { onRecoverableError: report, onUncaughtError: report });
else createRoot(root, { onUncaughtError: report }).render(<Harness />);
document.body.dataset.ready = "true";
