// The public `Portainer` class of API.md over a build's wasm core: the same class for the
// full entry and for `portcullis/portainer`, with the entry points that build holds.
import { modelClass, modelOf } from "./authorizer.js";
import { PORTAINER_ENTRY_POINTS } from "./generated/portainer-entry-points.js";

/** `Portainer` over `glue` (a wasm-bindgen module of a build holding Portainer), with the
 *  entry points a build with `features` holds; its targets need an `environmentId`. */
export function portainerClass(glue, features) {
  return modelClass("Portainer", glue.PortainerCore, PORTAINER_ENTRY_POINTS, features,
    () => modelOf(glue.portainerIds(), glue.portainerTargetFields(), true));
}
