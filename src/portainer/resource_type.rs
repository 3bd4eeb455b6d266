//! The Docker resource types that carry ownership in Portainer.

use crate::prelude::*;

use crate::core::json::quoted_list;
use crate::core::text::names_of;

/// A type of Docker resource that Portainer puts under a resource control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResourceType {
    /// A container.
    Container,
    /// A Swarm service.
    Service,
    /// A volume.
    Volume,
    /// A network.
    Network,
    /// A Swarm secret.
    Secret,
    /// A Swarm config.
    Config,
    /// A stack.
    Stack,
    /// A custom template.
    CustomTemplate,
    /// An image (Portainer keeps no control on images).
    Image,
}

impl ResourceType {
    /// Every type, in declaration order.
    pub const ALL: [ResourceType; 9] = [
        ResourceType::Container,
        ResourceType::Service,
        ResourceType::Volume,
        ResourceType::Network,
        ResourceType::Secret,
        ResourceType::Config,
        ResourceType::Stack,
        ResourceType::CustomTemplate,
        ResourceType::Image,
    ];

    /// The name used in states and operation ids (`custom_template`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            ResourceType::Container => "container",
            ResourceType::Service => "service",
            ResourceType::Volume => "volume",
            ResourceType::Network => "network",
            ResourceType::Secret => "secret",
            ResourceType::Config => "config",
            ResourceType::Stack => "stack",
            ResourceType::CustomTemplate => "custom_template",
            ResourceType::Image => "image",
        }
    }

    /// The type named as the state writes it (`custom_template`).
    pub fn from_name(name: &str) -> Option<ResourceType> {
        ResourceType::ALL.into_iter().find(|t| t.as_str() == name)
    }

    /// The position in [`ResourceType::ALL`], for per-type tables.
    pub(crate) const fn index(self) -> usize {
        self as usize
    }

    /// Every type's name, in declaration order: written at compile time.
    pub(crate) const NAMES: [&'static str; ResourceType::ALL.len()] =
        names_of!(ResourceType::ALL, ResourceType::as_str);

    /// The list of accepted names, for messages.
    pub(crate) fn names() -> String {
        quoted_list(&ResourceType::NAMES)
    }
}
