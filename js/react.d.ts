// `portcullis/react`: a provider, hooks and <Can> over any authorizer of the package.
import type { ReactNode } from "react";
import type { DokployDecision, DokployPermissionId, DokployTarget } from "./lib/dokploy-types.js";
import type { PortainerDecision, PortainerOperationId, PortainerTarget } from "./lib/portainer-types.js";
import type { Decision, PermissionId, SubscribableAuthorizer, Target } from "./lib/helper-types.js";
export type { Decision, PermissionId, SubscribableAuthorizer, Target } from "./lib/helper-types.js";

export interface PortcullisProviderProps {
  /** The authorizer the hooks ask; a change of its state (a mutator, `replace`) re-renders the components whose answer it changes. */
  authorizer: SubscribableAuthorizer;
  /** The user whose answers the hooks read; a new user re-renders the components whose answer differs for them. */
  user: string;
  children?: ReactNode;
}

/** Gives its subtree an authorizer and the user whose answers the hooks read. */
export function PortcullisProvider(props: PortcullisProviderProps): ReactNode;

/** Whether the provider's user may `id` (on `target`). */
export function useCan(id: DokployPermissionId, target?: DokployTarget | null): boolean;
export function useCan(id: PortainerOperationId, target: PortainerTarget): boolean;

/** The provider's user's decision on `id` (on `target`): allowed, code, message and what decided it. */
export function useDecision(id: DokployPermissionId, target?: DokployTarget | null): DokployDecision;
export function useDecision(id: PortainerOperationId, target: PortainerTarget): PortainerDecision;

/** Every id the provider's user may use on `target`, in catalog order. */
export function useAllowed(target?: Target | null): PermissionId[];

export interface CanProps {
  /** The permission or operation id. */
  I: PermissionId;
  /** The target it is asked on. */
  on?: Target | null;
  /** What renders when the user may not (plain children only). */
  fallback?: ReactNode;
  /** What renders when the user may; or a function of the decision, allowed or not. */
  children?: ReactNode | ((decision: Decision) => ReactNode);
}

/** Renders its children when the provider's user may `I` (on `on`), else `fallback`; children
 *  that are a function get the decision, allowed or not. */
export function Can(props: CanProps): ReactNode;
