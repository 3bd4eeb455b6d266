//! What every module of the crate uses from `alloc`: the standard library's prelude holds it,
//! and a `no_std` kernel has none of it.

pub(crate) use alloc::borrow::ToOwned;
pub(crate) use alloc::boxed::Box;
pub(crate) use alloc::string::{String, ToString};
pub(crate) use alloc::vec;
pub(crate) use alloc::vec::Vec;
