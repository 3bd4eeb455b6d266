// `portcullis/react`: a provider, hooks and <Can> over any authorizer of the package (every
// entry, full state or slice). Each hook reads its answer through useSyncExternalStore, so a
// component re-renders when a change of state (a mutator, `replace`) or of the user alters what
// it reads, and only then. The answers are the authorizer's: nothing here decides.
import { createContext, createElement, useContext, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";

/** Where the provider's store is found; a component outside any provider gets a clear error. */
const PortcullisContext = createContext(null);

// Layout effects do not run on a server, and React warns about them there.
const useCommitEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

/** The authorizer and the user the hooks read, and who to tell when either changes. Kept
 *  across renders: a new user or authorizer reaches subscribers, not every consumer. */
class Store {
  constructor(authorizer, user) {
    this.authorizer = authorizer;
    this.user = user;
    this.listeners = new Set();
    this.unsubscribe = null;
    this.subscribe = this.subscribe.bind(this);
  }

  subscribe(listener) {
    this.listeners.add(listener);
    if (!this.unsubscribe) this.unsubscribe = this.authorizer.subscribe(() => this.emit());
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.unsubscribe) {
        this.unsubscribe();
        this.unsubscribe = null;
      }
    };
  }

  emit() {
    for (const listener of [...this.listeners]) listener();
  }

  update(authorizer, user) {
    if (authorizer === this.authorizer && user === this.user) return;
    if (authorizer !== this.authorizer && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = this.listeners.size ? authorizer.subscribe(() => this.emit()) : null;
    }
    this.authorizer = authorizer;
    this.user = user;
    this.emit();
  }
}

/** Gives its subtree an authorizer and the user whose answers the hooks read. */
export function PortcullisProvider({ authorizer, user, children }) {
  if (!authorizer || typeof authorizer.can !== "function" || typeof authorizer.subscribe !== "function") {
    throw new TypeError("PortcullisProvider: `authorizer` must be a Dokploy or Portainer authorizer");
  }
  const [store] = useState(() => new Store(authorizer, user));
  useCommitEffect(() => { store.update(authorizer, user); }, [store, authorizer, user]);
  return createElement(PortcullisContext.Provider, { value: store }, children);
}

function useStore(hook) {
  const store = useContext(PortcullisContext);
  if (!store) throw new Error(`${hook}() must be used inside <PortcullisProvider>`);
  return store;
}

/** The answer `read(store)`, kept as the same value while it is equal by `key`, so that a new
 *  but equal decision or list does not re-render. */
function useAnswer(hook, read, key) {
  const store = useStore(hook);
  const last = useRef(null);
  const snapshot = () => {
    const value = read(store);
    if (key === undefined) return value;
    const text = key(value);
    if (last.current && last.current.text === text) return last.current.value;
    last.current = { text, value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

const decisionKey = (decision) => JSON.stringify(decision);
const listKey = (ids) => ids.join("\n");

/** Whether the provider's user may `id` (on `target`). */
export function useCan(id, target) {
  return useAnswer("useCan", (store) => store.authorizer.can(store.user, id, target));
}

/** The provider's user's decision on `id` (on `target`), with its code, message and reasons. */
export function useDecision(id, target) {
  return useAnswer("useDecision", (store) => store.authorizer.explain(store.user, id, target), decisionKey);
}

/** Every id the provider's user may use on `target`, in catalog order. */
export function useAllowed(target) {
  return useAnswer("useAllowed", (store) => store.authorizer.allowed(store.user, target), listKey);
}

/**
 * Renders `children` when the provider's user may `I` (on `on`), else `fallback`; when
 * `children` is a function it is called with the decision, allowed or not.
 */
export function Can({ I, on, fallback = null, children }) {
  const decides = typeof children === "function";
  // A function of the decision follows every field of it; plain children only `allowed`.
  const answer = useAnswer("Can", (store) => (decides ? store.authorizer.explain(store.user, I, on) : store.authorizer.can(store.user, I, on)), decides ? decisionKey : undefined);
  if (decides) return children(answer);
  return answer ? children ?? null : fallback;
}

/**
 * The provider, hooks and `<Can>` typed for one authorizer's product (the types follow the
 * authorizer given, or the type argument): `const { useCan } = createPortcullis(org)`. The same
 * functions as this module's exports; the argument is read by nothing but the type checker.
 */
export function createPortcullis() {
  return { PortcullisProvider, useCan, useDecision, useAllowed, Can };
}
