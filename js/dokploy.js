// The public `Dokploy` class of API.md over a build's wasm core: the same class for the full
// entry and for `portcullis/dokploy`, with the entry points that build holds.
import { modelClass, modelOf } from "./authorizer.js";
import { DOKPLOY_ENTRY_POINTS } from "./generated/dokploy-entry-points.js";

/** `Dokploy` over `glue` (a wasm-bindgen module of a build holding Dokploy), with the entry
 *  points a build with `features` holds. */
export function dokployClass(glue, features) {
  return modelClass("Dokploy", glue.DokployCore, DOKPLOY_ENTRY_POINTS, features,
    () => modelOf(glue.dokployIds(), glue.dokployTargetFields(), false));
}
