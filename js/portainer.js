// The public `Portainer` class of API.md over a build's wasm core: the same class for the
// full entry and for `portcullis/portainer`, with the entry points that build holds.
import { Authorizer, defineEntryPoints, modelOf } from "./authorizer.js";
import { PORTAINER_ENTRY_POINTS } from "./generated/portainer-entry-points.js";

/** The `Portainer` class over `glue` (a wasm-bindgen module of a build holding Portainer),
 *  with the entry points a build with `features` holds. */
export function portainerClass(glue, features) {
  const { PortainerCore } = glue;
  let model = null;
  class Portainer extends Authorizer {
    /** Use `Portainer.load(state)`. */
    constructor(core) {
      if (!(core instanceof PortainerCore)) throw new TypeError("create a Portainer authorizer with Portainer.load(state)");
      model ??= { ...modelOf(glue.portainerIds(), glue.portainerTargetFields(), true), ...positions };
      super(core, model);
    }
  }
  const positions = defineEntryPoints(Portainer, PortainerCore, PORTAINER_ENTRY_POINTS, features);
  return Portainer;
}
