//! Resource access: whether a user may reach one Docker resource, through the control that
//! applies to it — its own, or one it inherits — and Docker's system networks.

use crate::prelude::*;

use crate::core::text::text;

use super::model::{Control, PortainerState, Resource, User};
use super::resource_type::ResourceType;
use super::ControlOrigin;

/// Docker's built-in networks, known by name (their ids are random).
pub const SYSTEM_NETWORKS: [&str; 5] = ["bridge", "host", "ingress", "nat", "none"];

/// Whether a network named `name` is one of Docker's system networks.
pub fn is_system_network(name: &str) -> bool {
    SYSTEM_NETWORKS.contains(&name)
}

impl Control {
    /// Whether the control lets `user` in: public, or names the user or one of their teams.
    pub fn admits(&self, user: &User) -> bool {
        !self.is_administrators_only()
            && (self.is_public() || user.named_in(&self.users, &self.teams))
    }
}

/// Where the control that decided came from, as the decision reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ControlSource {
    /// The resource's own control.
    Own,
    /// The control of a resource that lists it among its `subResources`.
    SubResource,
    /// Its Swarm service's control (containers).
    Service,
    /// Its stack's control.
    Stack,
    /// Docker's system networks are public to view, whatever their control.
    SystemNetwork,
    /// No control anywhere: administrators only.
    None,
}

impl ControlSource {
    /// The source as decisions write it (`sub_resource`).
    pub const fn as_str(self) -> &'static str {
        match self {
            ControlSource::Own => "own",
            ControlSource::SubResource => "sub_resource",
            ControlSource::Service => "service",
            ControlSource::Stack => "stack",
            ControlSource::SystemNetwork => "system_network",
            ControlSource::None => "none",
        }
    }
}

/// Where a resource's effective control came from, with the resource that holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin<'s> {
    /// The resource's own control.
    Own(&'s Resource),
    /// The control of the resource that lists it as a sub-resource.
    SubResource(&'s Resource),
    /// The control of its Swarm service.
    Service(&'s Resource),
    /// The control of its stack.
    Stack(&'s Resource),
    /// A system network, public to view.
    SystemNetwork,
    /// No control anywhere: administrators only.
    None,
}

impl Origin<'_> {
    pub(crate) fn to_control_origin(self) -> ControlOrigin {
        let (source, holder) = match self {
            Origin::Own(r) => (ControlSource::Own, Some(r)),
            Origin::SubResource(r) => (ControlSource::SubResource, Some(r)),
            Origin::Service(r) => (ControlSource::Service, Some(r)),
            Origin::Stack(r) => (ControlSource::Stack, Some(r)),
            Origin::SystemNetwork => (ControlSource::SystemNetwork, None),
            Origin::None => (ControlSource::None, None),
        };
        ControlOrigin {
            source,
            resource_type: holder.map(|r| r.resource_type),
            resource_id: holder.map(|r| r.id.clone()),
        }
    }

    pub(crate) fn describe(self) -> String {
        match self {
            Origin::Own(r) => text!("the ", r.resource_type.as_str(), "'s own control"),
            Origin::SubResource(r) => text!(
                "the control of ",
                r.resource_type.as_str(),
                " `",
                r.id,
                "`, which lists it as a sub-resource"
            ),
            Origin::Service(r) => text!("the control of its Swarm service `", r.id, "`"),
            Origin::Stack(r) => text!("the control of its stack `", r.id, "`"),
            Origin::SystemNetwork => {
                "Docker's system networks are public to view for everyone with a role".to_owned()
            }
            Origin::None => "no control anywhere, so it is for administrators only".to_owned(),
        }
    }
}

/// The control that applies to a resource, following inheritance: its own, a control listing
/// it as a sub-resource, its Swarm service's (containers), its stack's.
pub(crate) fn effective_control<'s>(
    state: &'s PortainerState,
    resource: &'s Resource,
) -> (Option<&'s Control>, Origin<'s>) {
    if let Some(control) = &resource.control {
        return (Some(control), Origin::Own(resource));
    }
    let links = resource.links;
    if let Some(parent) = state.linked(links.sub_resource_of) {
        return (parent.control.as_ref(), Origin::SubResource(parent));
    }
    if let Some(service) = state.linked(links.service) {
        match effective_control(state, service) {
            (Some(control), Origin::Own(holder)) => {
                return (Some(control), Origin::Service(holder))
            }
            (Some(control), origin) => return (Some(control), origin),
            (None, _) => {}
        }
    }
    if let Some(stack) = state.linked(links.stack) {
        if let Some(control) = &stack.control {
            return (Some(control), Origin::Stack(stack));
        }
    }
    (None, Origin::None)
}

/// A resource a check is about: one the state lists, or a system network it does not list.
#[derive(Debug, Clone, Copy)]
pub(crate) enum TargetResource<'s> {
    Listed(&'s Resource),
    UnlistedSystemNetwork,
}

impl<'s> TargetResource<'s> {
    /// Whether this is one of Docker's system networks: by the listed name when there is
    /// one, else by id.
    fn is_system_network(self) -> bool {
        match self {
            TargetResource::Listed(r) => {
                r.resource_type == ResourceType::Network
                    && is_system_network(r.name.as_deref().unwrap_or(&r.id))
            }
            TargetResource::UnlistedSystemNetwork => true,
        }
    }

    /// Whether `user` may reach it with an operation that `views_network` (lists or inspects
    /// networks) or not, and the origin of the control that decided.
    ///
    /// Portainer marks system networks public by name when it lists or inspects networks,
    /// before it reads any control; every other operation on them goes through their control
    /// like any network's, and an unlisted one has none (administrators only).
    pub(crate) fn access(
        self,
        state: &'s PortainerState,
        user: &User,
        views_network: bool,
    ) -> (bool, Origin<'s>) {
        if views_network && self.is_system_network() {
            return (true, Origin::SystemNetwork);
        }
        match self {
            TargetResource::Listed(resource) => {
                let (control, origin) = effective_control(state, resource);
                let admitted = control.is_some_and(|c| {
                    !c.is_administrators_only()
                        && (c.is_public() || state.includes(c.members, user))
                });
                (admitted, origin)
            }
            TargetResource::UnlistedSystemNetwork => (false, Origin::None),
        }
    }
}
