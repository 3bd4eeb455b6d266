//! Naming a record's fields once. A state's record (a member, a user, an environment…) is read,
//! written, sliced and documented; each of those names its fields through the constants this
//! macro makes, so a field is spelt in one place and the list a reader accepts cannot drift
//! from the fields it reads.

/// `record_fields! { /// doc  name { CONSTANT: "field", … } }` makes `pub mod name` with a
/// constant per field and `FIELDS`, every field in reading order (what the reader finishes
/// with, and what `docs/state-formats.md` lists).
macro_rules! record_fields {
    ($(#[$meta:meta])* $name:ident { $($field:ident: $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        pub mod $name {
            $(
                #[doc = concat!("`", $key, "`.")]
                pub const $field: &str = $key;
            )+
            /// Every field, in reading order.
            pub const FIELDS: &[&str] = &[$($field),+];
        }
    };
}

pub(crate) use record_fields;
