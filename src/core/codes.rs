//! Naming a code enum's codes once. A decision, error or warning code is a variant, a member of
//! `ALL` (what the package's generated types list) and a string of the JS API; a code only
//! some builds give is gated by feature. Each is written once here — docs, the builds it
//! exists in and its string — so the list a build serves cannot drift from its variants.

/// `codes! { /// doc  pub enum Name { /// doc  #[cfg(…)] Variant => "string", … } }` makes the
/// enum (with `Debug`, `Clone`, `Copy`, `PartialEq`, `Eq`, `Hash`, `#[non_exhaustive]`),
/// `Name::ALL`, every code of the build in order, and `Name::as_str`. A trailing
/// `wrapping { /// doc  Variant(Inner) }` adds a variant that carries another code enum's code
/// and writes it as that code's string; it is not part of `ALL`.
macro_rules! codes {
    (
        $(#[doc = $doc:literal])*
        pub enum $name:ident {
            $(
                $(#[doc = $code_doc:literal])*
                $(#[cfg($cfg:meta)])?
                $code:ident => $text:literal,
            )*
        }
        $(wrapping {
            $(#[doc = $wrap_doc:literal])*
            $wrap:ident($inner:ty)
        })?
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[doc = $code_doc])*
                $(#[cfg($cfg)])?
                $code,
            )*
            $(
                $(#[doc = $wrap_doc])*
                $wrap($inner),
            )?
        }

        impl $name {
            /// Every code of this build, in declaration order (the full build has them all),
            /// for the package's generated types.
            pub const ALL: &'static [$name] = &[$($(#[cfg($cfg)])? $name::$code,)*];

            /// The code as the JS API writes it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($(#[cfg($cfg)])? $name::$code => $text,)*
                    $($name::$wrap(inner) => inner.as_str(),)?
                }
            }
        }
    };
}
pub(crate) use codes;
