// The same page with CASL as its documentation writes it: the user's rules (sent by the
// server, in the page here) built into an ability, three buttons gated with its <Can>.
import { createRoot } from "react-dom/client";
import { createMongoAbility } from "@casl/ability";
import { AbilityProvider, Can } from "@casl/react";
import { Decided } from "./shared.jsx";

const ability = createMongoAbility(JSON.parse(document.getElementById("policy").textContent));

createRoot(document.getElementById("root")).render(
  <AbilityProvider value={ability}>
    <main>
      <Can I="create" a="Deployment"><button>Deploy</button></Can>
      <Can I="delete" a="Service"><button>Delete</button></Can>
      <Can I="read" a="EnvVars"><button>Environment variables</button></Can>
      <Decided />
    </main>
  </AbilityProvider>,
);
