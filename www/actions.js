// The actions the two products' screens show, each with the permission (Dokploy) or
// operation (Portainer) that gates it. The page and the demo server share this one table,
// as a front-end and its API share their routes: the page asks the package whether the user
// may, the server asks the same package before it acts. Neither decides here.

/** Dokploy: where an action sits (the target it needs) and the permission behind it. */
export const DOKPLOY_ACTIONS = {
  "project.create": { label: "Create Project", permission: "project.create", on: "organization" },
  "project.createService": { label: "Create Service", permission: "service.create", on: "project" },
  "project.createEnvironment": { label: "Create Environment", permission: "environment.create", on: "project" },
  "project.delete": { label: "Delete Project", permission: "project.delete", on: "project" },
  "environment.delete": { label: "Delete Environment", permission: "environment.delete", on: "environment" },
  "service.deploy": { label: "Deploy", permission: "deployment.create", on: "service" },
  "service.stop": { label: "Stop", permission: "deployment.create", on: "service" },
  "service.delete": { label: "Delete", permission: "service.delete", on: "service" },
  "service.envVars": { label: "Environment variables", permission: "envVars.read", on: "service" },
  "service.domains": { label: "Domains", permission: "domain.read", on: "service" },
  "service.deployments": { label: "Deployments", permission: "deployment.read", on: "service" },
  "service.logs": { label: "Logs", permission: "logs.read", on: "service" },
  "service.monitoring": { label: "Monitoring", permission: "monitoring.read", on: "service" },
  "service.volumes": { label: "Volumes", permission: "volume.read", on: "service" },
  "service.backups": { label: "Backups", permission: "backup.read", on: "service", kinds: ["database"] },
  "service.schedules": { label: "Schedules", permission: "schedule.read", on: "service", kinds: ["application", "compose"] },
};

/** Portainer: the row actions of each Docker list and the buttons above it. */
export const PORTAINER_ACTIONS = {
  "container.add": { label: "Add container", operation: "container.create", on: "list", type: "container" },
  "container.start": { label: "Start", operation: "container.start", on: "row", type: "container" },
  "container.stop": { label: "Stop", operation: "container.stop", on: "row", type: "container" },
  "container.kill": { label: "Kill", operation: "container.kill", on: "row", type: "container" },
  "container.restart": { label: "Restart", operation: "container.restart", on: "row", type: "container" },
  "container.pause": { label: "Pause", operation: "container.pause", on: "row", type: "container" },
  "container.resume": { label: "Resume", operation: "container.resume", on: "row", type: "container" },
  "container.logs": { label: "Logs", operation: "container.logs", on: "row", type: "container" },
  "container.inspect": { label: "Inspect", operation: "container.inspect", on: "row", type: "container" },
  "container.console": { label: "Console", operation: "container.console", on: "row", type: "container" },
  "container.remove": { label: "Remove", operation: "container.delete", on: "row", type: "container" },
  "container.deploy": { label: "Deploy the container", operation: "container.create", on: "form", type: "container" },
  "stack.add": { label: "Add stack", operation: "stack.create", on: "list", type: "stack" },
  "stack.start": { label: "Start", operation: "stack.start", on: "row", type: "stack" },
  "stack.stop": { label: "Stop", operation: "stack.stop", on: "row", type: "stack" },
  "stack.edit": { label: "Editor", operation: "stack.edit", on: "row", type: "stack" },
  "stack.delete": { label: "Delete", operation: "stack.delete", on: "row", type: "stack" },
  "service.add": { label: "Add service", operation: "service.create", on: "list", type: "service" },
  "service.update": { label: "Update", operation: "service.update", on: "row", type: "service" },
  "service.rollback": { label: "Rollback", operation: "service.rollback", on: "row", type: "service" },
  "service.logs": { label: "Logs", operation: "service.logs", on: "row", type: "service" },
  "service.remove": { label: "Remove", operation: "service.delete", on: "row", type: "service" },
  "volume.add": { label: "Add volume", operation: "volume.create", on: "list", type: "volume" },
  "volume.browse": { label: "Browse", operation: "volume.browse", on: "row", type: "volume" },
  "volume.inspect": { label: "Inspect", operation: "volume.inspect", on: "row", type: "volume" },
  "volume.remove": { label: "Remove", operation: "volume.delete", on: "row", type: "volume" },
  "network.add": { label: "Add network", operation: "network.create", on: "list", type: "network" },
  "network.inspect": { label: "Inspect", operation: "network.inspect", on: "row", type: "network" },
  "network.remove": { label: "Remove", operation: "network.delete", on: "row", type: "network" },
  "image.pull": { label: "Pull the image", operation: "image.pull", on: "list", type: "image" },
  "image.inspect": { label: "Inspect", operation: "image.inspect", on: "row", type: "image" },
  "image.remove": { label: "Remove", operation: "image.delete", on: "row", type: "image" },
};

/** The id the package decides on for an action of either model, or undefined. */
export function gatedId(model, action) {
  const table = model === "dokploy" ? DOKPLOY_ACTIONS : model === "portainer" ? PORTAINER_ACTIONS : {};
  if (!Object.hasOwn(table, action)) return undefined;
  return table[action].permission ?? table[action].operation;
}
