// `portcullis/vue`: a plugin, composables and the `v-can` directive over any authorizer of the package.
import type { App, ComputedRef, Directive, MaybeRefOrGetter, Ref, ShallowRef } from "vue";
import type { DokployDecision, DokployPermissionId, DokployTarget } from "./lib/dokploy-types.js";
import type { PortainerDecision, PortainerOperationId, PortainerTarget } from "./lib/portainer-types.js";
import type { Decision, PermissionId, SubscribableAuthorizer, Target } from "./lib/helper-types.js";
export type { Decision, PermissionId, SubscribableAuthorizer, Target } from "./lib/helper-types.js";

export interface PortcullisOptions {
  /** The authorizer every answer asks; a change of its state (a mutator, `replace`) re-evaluates them. */
  authorizer: SubscribableAuthorizer;
  /** The user whose answers are read; a ref makes a new user re-evaluate them. */
  user: string | Ref<string>;
}

export interface PortcullisPlugin {
  /** Provides the answers' source to the app and registers `v-can`. */
  install(app: App): void;
  /** What the composables read. */
  readonly state: { authorizer: ShallowRef<SubscribableAuthorizer>; user: Ref<string>; version: ShallowRef<number> };
  /** Swaps in another authorizer (every answer follows it). */
  setAuthorizer(authorizer: SubscribableAuthorizer): void;
}

/** The plugin: `app.use(createPortcullis({ authorizer, user }))`; it also registers `v-can`. */
export function createPortcullis(options: PortcullisOptions): PortcullisPlugin;

/** Whether the user may `id` (on `target`); both may be refs or getters. */
export function useCan(id: MaybeRefOrGetter<DokployPermissionId>, target?: MaybeRefOrGetter<DokployTarget | null | undefined>): ComputedRef<boolean>;
export function useCan(id: MaybeRefOrGetter<PortainerOperationId>, target: MaybeRefOrGetter<PortainerTarget>): ComputedRef<boolean>;

/** The user's decision on `id` (on `target`): allowed, code, message and what decided it. */
export function useDecision(id: MaybeRefOrGetter<DokployPermissionId>, target?: MaybeRefOrGetter<DokployTarget | null | undefined>): ComputedRef<DokployDecision>;
export function useDecision(id: MaybeRefOrGetter<PortainerOperationId>, target: MaybeRefOrGetter<PortainerTarget>): ComputedRef<PortainerDecision>;

/** Every id the user may use on `target`, in catalog order. */
export function useAllowed(target?: MaybeRefOrGetter<Target | null | undefined>): ComputedRef<PermissionId[]>;

/** The value of `v-can`. */
export interface CanBinding {
  /** The permission or operation id. */
  I: PermissionId;
  /** The target it is asked on. */
  on?: Target | null;
}

/** `v-can="{ I: id, on: target }"`: disables the element when the user may not (`v-can.hide`
 *  hides it) and gives it the decision's reason as its accessible description. The plugin
 *  registers it in every template; imported in `<script setup>` it is typed there too. */
export const vCan: Directive<HTMLElement, CanBinding, "hide">;
