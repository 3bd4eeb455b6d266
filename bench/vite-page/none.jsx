// The page without authorization: the baseline whose bytes the other variants are measured
// against.
import { createRoot } from "react-dom/client";
import { Decided } from "./shared.jsx";

createRoot(document.getElementById("root")).render(
  <main>
    <button>Deploy</button>
    <button>Delete</button>
    <button>Environment variables</button>
    <Decided />
  </main>,
);
