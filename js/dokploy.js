// The public `Dokploy` class of API.md over a build's wasm core: the same class for the full
// entry and for `portcullis/dokploy`, with the entry points that build holds.
import { Authorizer, defineEntryPoints, modelOf } from "./authorizer.js";
import { DOKPLOY_ENTRY_POINTS } from "./generated/dokploy-entry-points.js";

/** The `Dokploy` class over `glue` (a wasm-bindgen module of a build holding Dokploy), with the
 *  entry points a build with `features` holds. */
export function dokployClass(glue, features) {
  const { DokployCore } = glue;
  let model = null;
  class Dokploy extends Authorizer {
    /** Use `Dokploy.load(state)`. */
    constructor(core) {
      if (!(core instanceof DokployCore)) throw new TypeError("create a Dokploy authorizer with Dokploy.load(state)");
      model ??= { ...modelOf(glue.dokployIds(), glue.dokployTargetFields(), false), ...positions };
      super(core, model);
    }
  }
  const positions = defineEntryPoints(Dokploy, DokployCore, DOKPLOY_ENTRY_POINTS, features);
  return Dokploy;
}
