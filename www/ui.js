// The pieces every screen of the demo is built from: elements, action buttons that carry
// their decision, the "why" of a decision in words, and the browser-vs-server panel.

let nextId = 0;

/** A DOM element: `h("button", { class: "x", onclick }, "label")`. */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "checked" || key === "value") node[key] = value;
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? "" : value);
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** A table that may scroll sideways on a narrow screen: a named region the keyboard can
 *  reach (focusable), so that its hidden columns can be scrolled into view without a mouse. */
export function tableWrap(label, table, extraClass = "") {
  return h("div", { class: `table-wrap${extraClass ? ` ${extraClass}` : ""}`, role: "region", "aria-label": label, tabindex: "0" }, table);
}

export function uniqueId(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** What decided it, in words: the role and where it came from, the access list, the control
 * and the resource it was inherited from, the setting and the requested feature. */
export function decidedBy(decision) {
  const parts = [];
  if (decision.role) parts.push(`role ${decision.role}`);
  if (decision.via && decision.via !== decision.role) parts.push(`via ${decision.via}`);
  if (decision.scope) parts.push(`access list for ${decision.scope}`);
  const control = decision.control;
  if (control) {
    parts.push(control.resourceId
      ? `control: ${control.source} (${control.resourceType} ${control.resourceId})`
      : `control: ${control.source}`);
  }
  if (decision.setting) parts.push(`setting ${decision.setting}${decision.feature ? ` (asked for ${decision.feature})` : ""}`);
  if (decision.path) parts.push(`at ${decision.path}`);
  if (decision.wouldAllow) parts.push(`would be allowed with ${decision.wouldAllow.map(remedy).join(" and ")}`);
  return parts.join(" · ");
}

/** A grant that would lift a denial, in a few words. */
function remedy(grant) {
  if (grant.flag) return `the flag ${grant.flag}`;
  if (grant.permission) return `${grant.permission} in role ${grant.role}`;
  if (grant.accessList) return `${grant.id} in ${grant.accessList}`;
  if (grant.role) return `role ${grant.role} on environment ${grant.environmentId}`;
  if (grant.resourceId) return `a place in the control of ${grant.resourceType} ${grant.resourceId}`;
  return `registry ${grant.registryId} on environment ${grant.environmentId}`;
}

/** One line for a decision: `code: message (what decided it)`. */
export function reason(decision) {
  const by = decidedBy(decision);
  return `${decision.code}: ${decision.message}${by ? ` (${by})` : ""}`;
}

/**
 * An action button. A denied action is disabled; its reason is its accessible description
 * (aria-describedby, and the title for a pointer). An allowed one describes why too.
 */
export function actionButton(label, decision, onclick, attrs = {}) {
  const describedBy = uniqueId("why");
  const button = h("button", {
    type: "button",
    class: `action ${decision.allowed ? "allowed" : "denied"}`,
    disabled: !decision.allowed,
    title: reason(decision),
    "aria-describedby": describedBy,
    "data-code": decision.code,
    onclick,
    ...attrs,
  }, label);
  const description = h("span", { id: describedBy, class: "visually-hidden" }, reason(decision));
  return h("span", { class: "action-wrap" }, button, description);
}

/**
 * The "Why?" disclosure of a group of actions: each action's decision, what decided it, and
 * a "Try it" button that sends the action to the server, allowed or not.
 */
export function whyTable(rows, tryIt) {
  const ask = effectiveAccess.ask;
  const answer = h("div", { class: "effective-access", role: "status" });
  const show = async (id, target) => {
    answer.replaceChildren(h("p", { class: "muted small" }, `Asking the server who may ${id}…`));
    const reply = await ask(id, target);
    if (reply.status !== 200) return answer.replaceChildren(fieldError(`${reply.body.code}: ${reply.body.message}`));
    const entries = reply.body.entries;
    answer.replaceChildren(
      h("p", { class: "small" }, h("strong", {}, "Effective access: "), `${entries.length} user${entries.length === 1 ? "" : "s"} may `, h("code", {}, id), entries.length ? ":" : "."),
      entries.length ? h("ul", { class: "small" }, entries.map((e) => h("li", {}, h("strong", {}, e.user), ` — ${e.decision.message}`))) : null);
  };
  return h("details", { class: "why" },
    h("summary", {}, "Why?"),
    h("table", {},
      h("thead", {}, h("tr", {}, h("th", {}, "Action"), h("th", {}, "Decision"), h("th", {}, "Decided by"), h("th", {}, h("span", { class: "visually-hidden" }, "Server")))),
      h("tbody", {}, rows.map(({ label, id, decision, send }) =>
        h("tr", { class: decision.allowed ? "allowed" : "denied" },
          h("th", { scope: "row" }, label, h("br"), h("code", {}, id)),
          h("td", {}, h("strong", {}, decision.code), " ", decision.message),
          h("td", {}, decidedBy(decision)),
          h("td", {},
            h("button", { type: "button", class: "try", onclick: () => tryIt(send) }, "Try it"),
            ask ? h("button", { type: "button", class: "try", onclick: () => show(id, send.target) }, "Who can?") : null))))),
    answer);
}

/** Where "Who can?" asks the server (set by the page for a user who may see everyone's access;
 *  `null` hides the button). */
export const effectiveAccess = { ask: null };

/** Shows a refusal or an error next to the control it concerns. */
export function fieldError(message) {
  return h("p", { class: "field-error", role: "alert" }, message);
}

/**
 * Buttons for the actions `keys` of `table` (www/actions.js) on one target: enabled from one
 * `allowed()` page, described by `explain()`; plus the rows of their "Why?" table. A click
 * goes to `perform[key]` when given, else to the server through `ctx.perform`.
 */
export function actionsOn(ctx, model, table, keys, target, perform = {}) {
  const page = new Set(ctx.authorizer.allowed(ctx.user, target));
  const buttons = [];
  const rows = [];
  for (const key of keys) {
    const { label } = table[key];
    const id = table[key].permission ?? table[key].operation;
    const decision = ctx.authorizer.explain(ctx.user, id, target);
    decision.allowed = page.has(id);
    const send = { model, action: key, label, user: ctx.user, target, prediction: decision };
    // The key brings keyboard focus back to this button when the page re-renders.
    const focusKey = `${model}:${key}:${JSON.stringify(target)}`;
    buttons.push(actionButton(label, decision, () => (perform[key] ?? ctx.perform)(send), { "data-action": key, "data-key": focusKey }));
    rows.push({ label, id, decision, send });
  }
  return { buttons, rows };
}
