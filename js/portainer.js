// The public `Portainer` class of API.md over a build's wasm core: the same class for the
// full entry and for `portcullis/portainer`, with the entry points that build holds.
import { modelClass } from "./class.js";
import { PORTAINER_ENTRY_POINTS, PORTAINER_TARGET_FIELDS } from "./generated/portainer-entry-points.js";

/** `Portainer` with the entry points a build with `features` holds, its `can` and `allowed`
 *  remembered by `Memo`; its targets need an `environmentId`. */
export function portainerClass(features, Memo) {
  return modelClass("Portainer", 1, PORTAINER_ENTRY_POINTS, PORTAINER_TARGET_FIELDS, features, Memo);
}
