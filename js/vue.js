// `portcullis/vue`: a plugin, composables and the `v-can` directive over any authorizer of the
// package (every entry, full state or slice). Answers are computed refs that follow a change of
// state (a mutator, `replace`) and of the user (which may be a ref); an equal answer keeps its
// value, so nothing that reads it re-renders. The answers are the authorizer's: nothing here
// decides.
import { computed, inject, isRef, ref, shallowRef, toValue, watchEffect } from "vue";

const KEY = Symbol("portcullis");

/**
 * The plugin: `app.use(createPortcullis({ authorizer, user }))`. `user` may be a ref (a new
 * user re-evaluates every answer); `setAuthorizer()` swaps in another authorizer.
 */
export function createPortcullis({ authorizer, user }) {
  if (!authorizer || typeof authorizer.can !== "function" || typeof authorizer.subscribe !== "function") {
    throw new TypeError("createPortcullis: `authorizer` must be a Dokploy or Portainer authorizer");
  }
  // `version` counts changes of state: every answer reads it, so each change re-evaluates them.
  const state = { authorizer: shallowRef(authorizer), user: isRef(user) ? user : ref(user), version: shallowRef(0) };
  let unsubscribe = authorizer.subscribe(() => { state.version.value += 1; });
  return {
    state,
    install(app) {
      app.provide(KEY, state);
      app.config.globalProperties.$portcullis = state;
      app.directive("can", vCan);
    },
    setAuthorizer(next) {
      unsubscribe();
      unsubscribe = next.subscribe(() => { state.version.value += 1; });
      state.authorizer.value = next;
    },
    // The composables again, typed by the plugin's authorizer (the same functions).
    useCan,
    useDecision,
    useAllowed,
  };
}

function usePortcullis(name) {
  const state = inject(KEY, null);
  if (!state) throw new Error(`${name}() needs the plugin: app.use(createPortcullis({ authorizer, user }))`);
  return state;
}

/** A computed answer that keeps its previous value while the new one is equal by `key`. */
function answer(state, read, key) {
  let last;
  return computed(() => {
    state.version.value;
    const value = read(state.authorizer.value, toValue(state.user));
    if (key === undefined) return value;
    const text = key(value);
    if (last && last.text === text) return last.value;
    last = { text, value };
    return value;
  });
}

const decisionKey = (decision) => JSON.stringify(decision);

/** Whether the user may `id` (on `target`); `id` and `target` may be refs or getters. */
export function useCan(id, target) {
  return answer(usePortcullis("useCan"), (authorizer, user) => authorizer.can(user, toValue(id), toValue(target)));
}

/** The user's decision on `id` (on `target`), with its code, message and reasons. */
export function useDecision(id, target) {
  return answer(usePortcullis("useDecision"), (authorizer, user) => authorizer.explain(user, toValue(id), toValue(target)), decisionKey);
}

/** Every id the user may use on `target`, in catalog order. */
export function useAllowed(target) {
  return answer(usePortcullis("useAllowed"), (authorizer, user) => authorizer.allowed(user, toValue(target)), (ids) => ids.join("\n"));
}

/** Each element's binding and the effect that keeps it decided. */
const bound = new WeakMap();

function decide(el, binding) {
  const state = binding.instance?.$portcullis;
  if (!state) throw new Error("v-can needs the plugin: app.use(createPortcullis({ authorizer, user }))");
  const { I, on } = binding.value ?? {};
  state.version.value;
  const decision = state.authorizer.value.explain(toValue(state.user), I, on);
  if (binding.modifiers.hide) el.hidden = !decision.allowed;
  else if ("disabled" in el) el.disabled = !decision.allowed;
  else el.setAttribute("aria-disabled", String(!decision.allowed));
  // The reason is the element's accessible description (and a pointer's tooltip).
  el.setAttribute("aria-description", `${decision.code}: ${decision.message}`);
  el.title = decision.message;
  el.dataset.code = decision.code;
}

/**
 * `v-can="{ I: 'deployment.create', on: { serviceId } }"` disables the element when the user
 * may not (`v-can.hide` hides it instead) and gives it the decision's reason as its accessible
 * description; it follows changes of state and of the user.
 */
export const vCan = {
  mounted(el, binding) {
    const current = shallowRef(binding);
    bound.set(el, { current, stop: watchEffect(() => decide(el, current.value)) });
  },
  updated(el, binding) {
    const entry = bound.get(el);
    if (entry) entry.current.value = binding;
  },
  beforeUnmount(el) {
    bound.get(el)?.stop();
    bound.delete(el);
  },
};
