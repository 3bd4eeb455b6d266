// The public `Dokploy` class of API.md over a build's wasm core: the same class for the full
// entry and for `portcullis/dokploy`, with the entry points that build holds.
import { modelClass } from "./class.js";
import { DOKPLOY_ENTRY_POINTS, DOKPLOY_TARGET_FIELDS } from "./generated/dokploy-entry-points.js";

/** `Dokploy` with the entry points a build with `features` holds, its `can` and `allowed`
 *  remembered by `Memo`. */
export function dokployClass(features, Memo) {
  return modelClass("Dokploy", 0, DOKPLOY_ENTRY_POINTS, DOKPLOY_TARGET_FIELDS, features, Memo);
}
