//! Portainer's five environment roles.

use bitflags::bitflags;

/// A role a user holds on one environment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Environment administrator.
    EA,
    /// Operator.
    OP,
    /// Helpdesk.
    HD,
    /// Standard user.
    ST,
    /// Read-only user.
    RO,
}

bitflags! {
    /// A set of roles (a row's role column).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub struct RoleSet: u8 {
        const EA = 1 << 0;
        const OP = 1 << 1;
        const HD = 1 << 2;
        const ST = 1 << 3;
        const RO = 1 << 4;
    }
}

impl Role {
    /// Most privileged first: the order of Portainer's docs table.
    pub const ALL: [Role; 5] = [Role::EA, Role::OP, Role::HD, Role::ST, Role::RO];

    pub const fn code(self) -> &'static str {
        match self {
            Role::EA => "EA",
            Role::OP => "OP",
            Role::HD => "HD",
            Role::ST => "ST",
            Role::RO => "RO",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Role::EA => "Environment Administrator",
            Role::OP => "Operator",
            Role::HD => "Helpdesk",
            Role::ST => "Standard user",
            Role::RO => "Read-only user",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    pub const fn bit(self) -> RoleSet {
        RoleSet::from_bits_retain(1 << self as u8)
    }

    /// EA, OP and HD bypass resource control and the security settings.
    pub const fn is_environment_administrator(self) -> bool {
        matches!(self, Role::EA | Role::OP | Role::HD)
    }

    /// Of two roles, the less privileged: Portainer's tie rule between teams.
    pub fn least_privileged(self, other: Role) -> Role {
        self.max(other)
    }
}
