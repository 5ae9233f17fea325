//! The kinds of cluster object the adapter opens: [`ObjectKind`], implemented by
//! [`NetworkKind`] and [`NetInterfaceKind`].
//!
//! Everything an open object does is written once, generically over its kind: the controls and
//! typed conveniences (in the platform-independent part of the adapter) and, on Windows, the
//! handle `Handle<'c, K>` (`Network<'c>` and `NetInterface<'c>` are its aliases). A kind supplies
//! only what differs: its control-code object, its state type, its typed common properties and
//! update, and (on Windows) its clusapi functions.

use crate::control::Object;
use crate::objects::netinterface::NetInterfaceState;
use crate::objects::network::NetworkState;
#[cfg(feature = "serde")]
use crate::objects::{
    netinterface::{NetInterfaceCommonProperties, NetInterfaceUpdate},
    network::{NetworkCommonProperties, NetworkUpdate},
};
use core::fmt;

/// A kind of cluster object the adapter opens: the type parameter of the Windows handle
/// `Handle<'c, K>`, whose methods (`state()`, `control(code, input)`, `flags()`,
/// `common_properties()`, `set_common_properties(&update)`, …) take their types from here.
///
/// Sealed: implemented by [`NetworkKind`] and [`NetInterfaceKind`] only.
pub trait ObjectKind: sealed::Sealed + 'static {
    /// The object of the kind's control codes (`CLUS_OBJECT_NETWORK`, …): `Clctl::GET_FLAGS` on
    /// this kind is `ControlCode::new(Self::OBJECT, Clctl::GET_FLAGS)`.
    const OBJECT: Object;

    /// The object's state, as `GetCluster*State` returns it.
    type State: Copy + Eq + fmt::Debug + fmt::Display;

    /// The typed common properties: GET_COMMON_PROPERTIES and GET_RO_COMMON_PROPERTIES merged
    /// (feature `serde`).
    #[cfg(feature = "serde")]
    type CommonProperties: fmt::Debug + Clone;

    /// The validated SET_COMMON_PROPERTIES (and VALIDATE) payload (feature `serde`).
    #[cfg(feature = "serde")]
    type Update: fmt::Debug + Clone;
}

/// Networks (`CLUS_OBJECT_NETWORK`): the kind of `Network<'c>` on Windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NetworkKind {}

/// Network interfaces (`CLUS_OBJECT_NETINTERFACE`): the kind of `NetInterface<'c>` on Windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NetInterfaceKind {}

/// What a kind supplies to the crate beyond its public items: the conversions of the generic
/// code, and (through [`Platform`](sealed::Platform)) the clusapi functions on Windows.
pub(crate) mod sealed {
    use super::ObjectKind;
    #[cfg(feature = "serde")]
    use crate::read::list::PropertyList;
    #[cfg(feature = "serde")]
    use crate::schema::PropertyError;

    /// The Windows layer's per-kind pieces (its clusapi functions); nothing elsewhere.
    #[cfg(windows)]
    pub use crate::adapter::win::Clusapi as Platform;

    /// The Windows layer's per-kind pieces; nothing on this platform.
    #[cfg(not(windows))]
    pub trait Platform {}

    #[cfg(not(windows))]
    impl<K> Platform for K {}

    /// The private half of [`ObjectKind`].
    pub trait Sealed: Platform {
        /// The kind's handle type name, for `Debug` (`Network`).
        const NAME: &'static str;

        /// The state whose `CLUSTER_*_STATE` value has these bits (-1, unknown, is `u32::MAX`).
        fn state(bits: u32) -> <Self as ObjectKind>::State
        where
            Self: ObjectKind;

        /// The typed properties of one property list.
        #[cfg(feature = "serde")]
        fn from_list(
            list: &PropertyList<'_>,
        ) -> Result<<Self as ObjectKind>::CommonProperties, PropertyError>
        where
            Self: ObjectKind;

        /// Reads another list of the same object into `properties`.
        #[cfg(feature = "serde")]
        fn merge_list(
            properties: &mut <Self as ObjectKind>::CommonProperties,
            list: &PropertyList<'_>,
        ) -> Result<(), PropertyError>
        where
            Self: ObjectKind;

        /// The update's payload, validated against the kind's schema.
        #[cfg(feature = "serde")]
        fn payload(update: &<Self as ObjectKind>::Update) -> Result<Vec<u8>, PropertyError>
        where
            Self: ObjectKind;
    }
}

/// Implements [`ObjectKind`] for a kind whose types come from the crate's `object!` declaration
/// (`from_list`, `merge_list`, `to_bytes`) and whose state is a `u32` newtype.
macro_rules! object_kind {
    ($kind:ident: $object:expr, $name:literal, $state:ident, $properties:ident, $update:ident) => {
        impl ObjectKind for $kind {
            const OBJECT: Object = $object;
            type State = $state;
            #[cfg(feature = "serde")]
            type CommonProperties = $properties;
            #[cfg(feature = "serde")]
            type Update = $update;
        }

        impl sealed::Sealed for $kind {
            const NAME: &'static str = $name;

            fn state(bits: u32) -> $state {
                $state(bits)
            }

            #[cfg(feature = "serde")]
            fn from_list(
                list: &crate::read::list::PropertyList<'_>,
            ) -> Result<$properties, crate::schema::PropertyError> {
                $properties::from_list(list)
            }

            #[cfg(feature = "serde")]
            fn merge_list(
                properties: &mut $properties,
                list: &crate::read::list::PropertyList<'_>,
            ) -> Result<(), crate::schema::PropertyError> {
                properties.merge_list(list)
            }

            #[cfg(feature = "serde")]
            fn payload(update: &$update) -> Result<Vec<u8>, crate::schema::PropertyError> {
                update.to_bytes()
            }
        }
    };
}

object_kind!(
    NetworkKind: Object::NETWORK,
    "Network",
    NetworkState,
    NetworkCommonProperties,
    NetworkUpdate
);
object_kind!(
    NetInterfaceKind: Object::NETINTERFACE,
    "NetInterface",
    NetInterfaceState,
    NetInterfaceCommonProperties,
    NetInterfaceUpdate
);
