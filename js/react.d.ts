// `portcullis/react`: a provider, hooks and <Can> over any authorizer of the package, typed by
// the product of the authorizer your app uses (declare it once in `Register`, or take the hooks
// from `createPortcullis(authorizer)`), so another product's id fails to compile.
import type { ReactNode } from "react";
import type { DokployDecision, DokployPermissionId, DokployTarget } from "./lib/dokploy-types.js";
import type { PortainerDecision, PortainerOperationId, PortainerTarget } from "./lib/portainer-types.js";
import type { Decision, DecisionOf, IdOf, PermissionId, SubscribableAuthorizer, Target, TargetArgs, TargetOf } from "./lib/helper-types.js";
export type { Decision, DecisionOf, IdOf, PermissionId, SubscribableAuthorizer, Target, TargetOf } from "./lib/helper-types.js";

/** Declare the authorizer your app uses, and every hook and `<Can>` of this module takes that
 *  product's ids and targets only:
 *
 *  ```ts
 *  import type { Dokploy } from "portcullis/dokploy";
 *  declare module "portcullis/react" { interface Register { authorizer: Dokploy } }
 *  ```
 */
export interface Register {}

/** The registered authorizer's type, or any authorizer. */
export type RegisteredAuthorizer = Register extends { authorizer: infer A } ? A : SubscribableAuthorizer;

export interface PortcullisProviderProps<A = RegisteredAuthorizer> {
  /** The authorizer the hooks ask; a change of its state (a mutator, `replace`) re-renders the components whose answer it changes. */
  authorizer: A & SubscribableAuthorizer;
  /** The user whose answers the hooks read; a new user re-renders the components whose answer differs for them. */
  user: string;
  children?: ReactNode;
}

export interface CanProps<A = RegisteredAuthorizer> {
  /** The permission or operation id. */
  I: IdOf<A>;
  /** The target it is asked on. */
  on?: TargetOf<A> | null;
  /** What renders when the user may not (plain children only). */
  fallback?: ReactNode;
  /** What renders when the user may; or a function of the decision, allowed or not. */
  children?: ReactNode | ((decision: DecisionOf<A>) => ReactNode);
}

/** The provider, hooks and `<Can>` for an authorizer of type `A`. */
export interface PortcullisReact<A> {
  /** Gives its subtree an authorizer and the user whose answers the hooks read. */
  PortcullisProvider(props: PortcullisProviderProps<A>): ReactNode;
  /** Whether the provider's user may `id` (on `target`). */
  useCan(id: IdOf<A>, ...target: TargetArgs<A, TargetOf<A>>): boolean;
  /** The provider's user's decision on `id` (on `target`): allowed, code, message and what decided it. */
  useDecision(id: IdOf<A>, ...target: TargetArgs<A, TargetOf<A>>): DecisionOf<A>;
  /** Every id the provider's user may use on `target`, in catalog order. */
  useAllowed(...target: TargetArgs<A, TargetOf<A>>): IdOf<A>[];
  /** Renders its children when the provider's user may `I` (on `on`), else `fallback`;
   *  children that are a function get the decision, allowed or not. */
  Can(props: CanProps<A>): ReactNode;
}

/** Before any authorizer is registered: either product's ids, each with its own targets. */
interface EitherProduct {
  PortcullisProvider(props: PortcullisProviderProps<SubscribableAuthorizer>): ReactNode;
  useCan: {
    (id: DokployPermissionId, target?: DokployTarget | null): boolean;
    (id: PortainerOperationId, target: PortainerTarget): boolean;
  };
  useDecision: {
    (id: DokployPermissionId, target?: DokployTarget | null): DokployDecision;
    (id: PortainerOperationId, target: PortainerTarget): PortainerDecision;
  };
  useAllowed(target?: Target | null): PermissionId[];
  Can(props: CanProps<SubscribableAuthorizer>): ReactNode;
}

type Selected = Register extends { authorizer: infer A } ? PortcullisReact<A> : EitherProduct;

/** Gives its subtree an authorizer and the user whose answers the hooks read. */
export declare const PortcullisProvider: Selected["PortcullisProvider"];
/** Whether the provider's user may `id` (on `target`). */
export declare const useCan: Selected["useCan"];
/** The provider's user's decision on `id` (on `target`): allowed, code, message and what decided it. */
export declare const useDecision: Selected["useDecision"];
/** Every id the provider's user may use on `target`, in catalog order. */
export declare const useAllowed: Selected["useAllowed"];
/** Renders its children when the provider's user may `I` (on `on`), else `fallback`; children
 *  that are a function get the decision, allowed or not. */
export declare const Can: Selected["Can"];

/** This module's provider, hooks and `<Can>`, typed for the product of `authorizer` (or of the
 *  type argument): `const { useCan, Can } = createPortcullis(org)`. */
export function createPortcullis<A extends SubscribableAuthorizer>(authorizer?: A): PortcullisReact<A>;
