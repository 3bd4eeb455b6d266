// What `portcullis/react` and `portcullis/vue` share: any authorizer, and the ids, targets and
// decisions of the product an authorizer decides for.
import type { DokployDecision, DokployPermissionId, DokployTarget } from "./dokploy-types.js";
import type { PortainerDecision, PortainerOperationId, PortainerTarget } from "./portainer-types.js";

/** Any authorizer of the package: `Dokploy` or `Portainer`, from any entry, a full state or a slice. */
export interface SubscribableAuthorizer {
  can(user: string, id: never, target: never): boolean;
  subscribe(listener: () => void): () => void;
}

/** A permission (Dokploy) or operation (Portainer) id. */
export type PermissionId = DokployPermissionId | PortainerOperationId;
/** What an id is asked on. */
export type Target = DokployTarget | PortainerTarget;
/** A decision of either model. */
export type Decision = DokployDecision | PortainerDecision;

/** The product an authorizer of type `A` decides for, read from the ids its `can` takes. */
type ProductOf<A> = A extends { can(user: string, id: infer I, ...rest: never[]): boolean }
  ? [DokployPermissionId] extends [I]
    ? [PortainerOperationId] extends [I] ? "either" : "dokploy"
    : [PortainerOperationId] extends [I] ? "portainer" : "either"
  : "either";
type IsDokploy<A> = ProductOf<A> extends "dokploy" ? true : false;
type IsPortainer<A> = ProductOf<A> extends "portainer" ? true : false;

/** The ids an authorizer of type `A` decides: Dokploy's permissions or Portainer's operations
 *  (either, for an authorizer whose product is not known). */
export type IdOf<A> = IsDokploy<A> extends true ? DokployPermissionId : IsPortainer<A> extends true ? PortainerOperationId : PermissionId;
/** The targets of `A`'s product. */
export type TargetOf<A> = IsDokploy<A> extends true ? DokployTarget : IsPortainer<A> extends true ? PortainerTarget : Target;
/** The decisions of `A`'s product. */
export type DecisionOf<A> = IsDokploy<A> extends true ? DokployDecision : IsPortainer<A> extends true ? PortainerDecision : Decision;
/** Whether a target may be left out: Dokploy's organization-wide questions take none. */
export type TargetArgs<A, T> = IsDokploy<A> extends true ? [target?: T | null] : IsPortainer<A> extends true ? [target: T] : [target?: T | null];
