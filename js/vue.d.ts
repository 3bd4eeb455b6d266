// `portcullis/vue`: a plugin, composables and the `v-can` directive over any authorizer of the
// package, typed by the product of the authorizer your app uses (declare it once in `Register`,
// or take the composables from the plugin `createPortcullis` returns), so another product's id
// fails to compile.
import type { App, ComputedRef, Directive, MaybeRefOrGetter, Ref, ShallowRef } from "vue";
import type { DokployDecision, DokployPermissionId, DokployTarget } from "./lib/dokploy-types.js";
import type { PortainerDecision, PortainerOperationId, PortainerTarget } from "./lib/portainer-types.js";
import type { Decision, DecisionOf, IdOf, PermissionId, SubscribableAuthorizer, Target, TargetOf } from "./lib/helper-types.js";
export type { Decision, DecisionOf, IdOf, PermissionId, SubscribableAuthorizer, Target, TargetOf } from "./lib/helper-types.js";

/** Declare the authorizer your app uses, and every composable and `v-can` of this module takes
 *  that product's ids and targets only:
 *
 *  ```ts
 *  import type { Portainer } from "portcullis/portainer";
 *  declare module "portcullis/vue" { interface Register { authorizer: Portainer } }
 *  ```
 */
export interface Register {}

/** The registered authorizer's type, or any authorizer. */
export type RegisteredAuthorizer = Register extends { authorizer: infer A } ? A : SubscribableAuthorizer;

export interface PortcullisOptions<A = RegisteredAuthorizer> {
  /** The authorizer every answer asks; a change of its state (a mutator, `replace`) re-evaluates them. */
  authorizer: A & SubscribableAuthorizer;
  /** The user whose answers are read; a ref makes a new user re-evaluate them. */
  user: string | Ref<string>;
}

/** A target argument: optional for Dokploy (organization-wide questions), required for Portainer. */
type TargetRef<A> = TargetOf<A> extends PortainerTarget
  ? [target: MaybeRefOrGetter<TargetOf<A>>]
  : [target?: MaybeRefOrGetter<TargetOf<A> | null | undefined>];

/** The composables for an authorizer of type `A`. */
export interface PortcullisComposables<A> {
  /** Whether the user may `id` (on `target`); both may be refs or getters. */
  useCan(id: MaybeRefOrGetter<IdOf<A>>, ...target: TargetRef<A>): ComputedRef<boolean>;
  /** The user's decision on `id` (on `target`): allowed, code, message and what decided it. */
  useDecision(id: MaybeRefOrGetter<IdOf<A>>, ...target: TargetRef<A>): ComputedRef<DecisionOf<A>>;
  /** Every id the user may use on `target`, in catalog order. */
  useAllowed(...target: TargetRef<A>): ComputedRef<IdOf<A>[]>;
}

export interface PortcullisPlugin<A = RegisteredAuthorizer> extends PortcullisComposables<A> {
  /** Provides the answers' source to the app and registers `v-can`. */
  install(app: App): void;
  /** What the composables read. */
  readonly state: { authorizer: ShallowRef<SubscribableAuthorizer>; user: Ref<string>; version: ShallowRef<number> };
  /** Swaps in another authorizer (every answer follows it). */
  setAuthorizer(authorizer: A & SubscribableAuthorizer): void;
}

/** The plugin: `app.use(createPortcullis({ authorizer, user }))`; it also registers `v-can`, and
 *  carries the composables typed for the authorizer's product. */
export function createPortcullis<A extends SubscribableAuthorizer>(options: PortcullisOptions<A>): PortcullisPlugin<A>;

/** Before any authorizer is registered: either product's ids, each with its own targets. */
interface EitherProduct {
  useCan: {
    (id: MaybeRefOrGetter<DokployPermissionId>, target?: MaybeRefOrGetter<DokployTarget | null | undefined>): ComputedRef<boolean>;
    (id: MaybeRefOrGetter<PortainerOperationId>, target: MaybeRefOrGetter<PortainerTarget>): ComputedRef<boolean>;
  };
  useDecision: {
    (id: MaybeRefOrGetter<DokployPermissionId>, target?: MaybeRefOrGetter<DokployTarget | null | undefined>): ComputedRef<DokployDecision>;
    (id: MaybeRefOrGetter<PortainerOperationId>, target: MaybeRefOrGetter<PortainerTarget>): ComputedRef<PortainerDecision>;
  };
  useAllowed(target?: MaybeRefOrGetter<Target | null | undefined>): ComputedRef<PermissionId[]>;
}

type Selected = Register extends { authorizer: infer A } ? PortcullisComposables<A> : EitherProduct;

/** Whether the user may `id` (on `target`); both may be refs or getters. */
export declare const useCan: Selected["useCan"];
/** The user's decision on `id` (on `target`): allowed, code, message and what decided it. */
export declare const useDecision: Selected["useDecision"];
/** Every id the user may use on `target`, in catalog order. */
export declare const useAllowed: Selected["useAllowed"];

/** The value of `v-can`. */
export interface CanBinding<A = RegisteredAuthorizer> {
  /** The permission or operation id. */
  I: IdOf<A>;
  /** The target it is asked on. */
  on?: TargetOf<A> | null;
}

/** `v-can="{ I: id, on: target }"`: disables the element when the user may not (`v-can.hide`
 *  hides it) and gives it the decision's reason as its accessible description. The plugin
 *  registers it in every template; imported in `<script setup>` it is typed there too. */
export const vCan: Directive<HTMLElement, CanBinding, "hide">;
