// What `portcullis/react` and `portcullis/vue` share: any authorizer, either product's ids,
// targets and decisions.
import type { DokployDecision, DokployPermissionId, DokployTarget } from "./dokploy-types.js";
import type { PortainerDecision, PortainerOperationId, PortainerTarget } from "./portainer-types.js";

/** Any authorizer of the package: `Dokploy` or `Portainer`, from any entry, a full state or a slice. */
export interface SubscribableAuthorizer {
  can(user: string, id: never, target?: never): boolean;
  subscribe(listener: () => void): () => void;
}

/** A permission (Dokploy) or operation (Portainer) id. */
export type PermissionId = DokployPermissionId | PortainerOperationId;
/** What an id is asked on. */
export type Target = DokployTarget | PortainerTarget;
/** A decision of either model. */
export type Decision = DokployDecision | PortainerDecision;
