// The page as the README's quick start writes it: the member's slice (sent by the server, in
// the page here) loaded with the product entry, three buttons gated with <Can>.
import { createRoot } from "react-dom/client";
import { Dokploy } from "portcullis/dokploy";
import { Can, PortcullisProvider } from "portcullis/react";
import { Decided, SERVICE } from "./shared.jsx";

const authorizer = Dokploy.load(document.getElementById("policy").textContent);

createRoot(document.getElementById("root")).render(
  <PortcullisProvider authorizer={authorizer} user="maya">
    <main>
      <Can I="deployment.create" on={SERVICE}><button>Deploy</button></Can>
      <Can I="service.delete" on={SERVICE}><button>Delete</button></Can>
      <Can I="envVars.read" on={SERVICE}><button>Environment variables</button></Can>
      <Decided />
    </main>
  </PortcullisProvider>,
);
