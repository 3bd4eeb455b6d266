//! Portainer's five environment roles (`role_grant` resolves which one a user holds).

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
        /// Environment administrator.
        const EA = 1 << 0;
        /// Operator (Business Edition).
        const OP = 1 << 1;
        /// Helpdesk.
        const HD = 1 << 2;
        /// Standard user.
        const ST = 1 << 3;
        /// Read-only user.
        const RO = 1 << 4;
    }
}

impl Role {
    /// Most privileged first: the order of Portainer's docs table.
    pub const ALL: [Role; 5] = [Role::EA, Role::OP, Role::HD, Role::ST, Role::RO];

    /// The role's code (`ST`).
    pub const fn code(self) -> &'static str {
        match self {
            Role::EA => "EA",
            Role::OP => "OP",
            Role::HD => "HD",
            Role::ST => "ST",
            Role::RO => "RO",
        }
    }

    /// The role's name (`Standard user`).
    pub const fn label(self) -> &'static str {
        match self {
            Role::EA => "Environment Administrator",
            Role::OP => "Operator",
            Role::HD => "Helpdesk",
            Role::ST => "Standard user",
            Role::RO => "Read-only user",
        }
    }

    /// The role with that code.
    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The set holding only this role.
    pub const fn bit(self) -> RoleSet {
        RoleSet::from_bits_retain(1 << self as u8)
    }

    /// EA, OP and HD: the security settings never bind them, and they bypass resource
    /// control except on the rows that list them (OP on ownership changes).
    pub(crate) const fn bypasses_restrictions(self) -> bool {
        matches!(self, Role::EA | Role::OP | Role::HD)
    }

    /// Of two roles, the less privileged: Portainer's tie rule between teams.
    pub fn least_privileged(self, other: Role) -> Role {
        self.max(other)
    }
}
