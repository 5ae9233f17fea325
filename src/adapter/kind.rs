//! The kinds of cluster object the adapter controls: [`ObjectKind`] for every kind a control
//! code names (cluster, node, group, resource, resource type, network, interface), and
//! [`OpenKind`] for the kinds opened by name into a handle of their own.
//!
//! Everything an object does is written once, generically over its kind: the controls and
//! typed conveniences (in the platform-independent part of the adapter) and, on Windows, the
//! handle `Handle<'c, K>` (`Network<'c>`, `Node<'c>`, … are its aliases). A kind supplies only
//! what differs: its control-code object, its state type, its common properties and update, and
//! (on Windows) its clusapi functions.

use crate::control::Object;
use crate::objects::group::GroupState;
use crate::objects::netinterface::NetInterfaceState;
use crate::objects::network::NetworkState;
use crate::objects::node::NodeState;
use crate::objects::resource::ResourceState;
#[cfg(feature = "serde")]
use crate::objects::{
    netinterface::{NetInterfaceCommonProperties, NetInterfaceUpdate},
    network::{NetworkCommonProperties, NetworkUpdate},
};
#[cfg(feature = "serde")]
use crate::owned::OwnedPropertyList;
use core::fmt;

/// A kind of cluster object that takes controls: the kind of every object the adapter's
/// `ClusterObject` methods (`control(code, input)`, `flags()`, `common_properties()`,
/// `set_common_properties(&update)`, …) run on, which take their types from here.
///
/// Sealed: implemented by the seven kinds of this module.
pub trait ObjectKind: sealed::Sealed + 'static {
    /// The object of the kind's control codes (`CLUS_OBJECT_NETWORK`, …): `Clctl::GET_FLAGS` on
    /// this kind is `ControlCode::new(Self::OBJECT, Clctl::GET_FLAGS)`.
    const OBJECT: Object;

    /// The common properties: GET_COMMON_PROPERTIES and GET_RO_COMMON_PROPERTIES merged
    /// (feature `serde`); typed for networks and interfaces, an
    /// [`OwnedPropertyList`](crate::owned::OwnedPropertyList) for the kinds without a typed
    /// declaration.
    #[cfg(feature = "serde")]
    type CommonProperties: fmt::Debug + Clone;

    /// The SET_COMMON_PROPERTIES (and VALIDATE) payload (feature `serde`): a typed update,
    /// validated against the kind's schema, for networks and interfaces; an
    /// [`OwnedPropertyList`](crate::owned::OwnedPropertyList) sent as its bytes for the others.
    #[cfg(feature = "serde")]
    type Update: fmt::Debug + Clone;
}

/// A kind of object opened by name into a handle of its own (`HNETWORK`, `HNODE`, …) that has a
/// state: network, interface, node, group, resource. (The cluster is its own handle, and a
/// resource type is controlled through the cluster's handle and its name.)
pub trait OpenKind: ObjectKind + sealed::Open {
    /// The object's state, as `GetCluster*State` returns it.
    type State: Copy + Eq + fmt::Debug + fmt::Display;
}

/// The cluster itself (`CLUS_OBJECT_CLUSTER`), controlled through its `HCLUSTER`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClusterKind {}

/// Nodes (`CLUS_OBJECT_NODE`): the kind of `Node<'c>` on Windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKind {}

/// Groups (`CLUS_OBJECT_GROUP`): the kind of `Group<'c>` on Windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupKind {}

/// Resources (`CLUS_OBJECT_RESOURCE`): the kind of `Resource<'c>` on Windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResourceKind {}

/// Resource types (`CLUS_OBJECT_RESOURCE_TYPE`): the kind of `ResourceType<'c>` on Windows,
/// controlled by the cluster handle and the type's name (`ClusterResourceTypeControl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResourceTypeKind {}

/// Networks (`CLUS_OBJECT_NETWORK`): the kind of `Network<'c>` on Windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NetworkKind {}

/// Network interfaces (`CLUS_OBJECT_NETINTERFACE`): the kind of `NetInterface<'c>` on Windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NetInterfaceKind {}

/// What a kind supplies to the crate beyond its public items: the conversions of the generic
/// code, and (through [`Platform`](sealed::Platform)) the clusapi functions on Windows.
pub(crate) mod sealed {
    #[cfg(feature = "serde")]
    use super::ObjectKind;
    #[cfg(feature = "serde")]
    use crate::read::list::PropertyList;
    #[cfg(feature = "serde")]
    use crate::schema::PropertyError;
    #[cfg(feature = "serde")]
    use alloc::vec::Vec;

    /// The Windows layer's per-kind pieces (its clusapi functions); nothing elsewhere.
    #[cfg(windows)]
    pub use crate::adapter::win::Clusapi as Platform;

    /// The Windows layer's per-kind pieces; nothing on this platform.
    #[cfg(not(windows))]
    pub trait Platform {}

    #[cfg(not(windows))]
    impl<K> Platform for K {}

    /// The private half of [`ObjectKind`].
    pub trait Sealed {
        /// The kind's handle type name, for `Debug` (`Network`).
        const NAME: &'static str;

        /// The common properties of one property list.
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

        /// The update's payload, validated as far as the kind's declaration allows.
        #[cfg(feature = "serde")]
        fn payload(update: &<Self as ObjectKind>::Update) -> Result<Vec<u8>, PropertyError>
        where
            Self: ObjectKind;
    }

    /// The private half of [`OpenKind`](super::OpenKind).
    pub trait Open: Platform {
        /// The state whose `CLUSTER_*_STATE` value has these bits (-1, unknown, is `u32::MAX`).
        fn state(bits: u32) -> <Self as super::OpenKind>::State
        where
            Self: super::OpenKind;
    }
}

/// Implements [`ObjectKind`] for a kind whose types come from the crate's `object!` declaration
/// (`from_list`, `merge_list`, `to_bytes`), or, with `untyped`, whose common properties and
/// update are owned property lists.
macro_rules! object_kind {
    ($kind:ident: $object:expr, $name:literal, $properties:ident, $update:ident) => {
        impl ObjectKind for $kind {
            const OBJECT: Object = $object;
            #[cfg(feature = "serde")]
            type CommonProperties = $properties;
            #[cfg(feature = "serde")]
            type Update = $update;
        }

        impl sealed::Sealed for $kind {
            const NAME: &'static str = $name;

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
            fn payload(
                update: &$update,
            ) -> Result<alloc::vec::Vec<u8>, crate::schema::PropertyError> {
                update.to_bytes()
            }
        }
    };
    ($kind:ident: $object:expr, $name:literal, untyped) => {
        impl ObjectKind for $kind {
            const OBJECT: Object = $object;
            #[cfg(feature = "serde")]
            type CommonProperties = OwnedPropertyList;
            #[cfg(feature = "serde")]
            type Update = OwnedPropertyList;
        }

        impl sealed::Sealed for $kind {
            const NAME: &'static str = $name;

            #[cfg(feature = "serde")]
            fn from_list(
                list: &crate::read::list::PropertyList<'_>,
            ) -> Result<OwnedPropertyList, crate::schema::PropertyError> {
                Ok(list.into_owned())
            }

            #[cfg(feature = "serde")]
            fn merge_list(
                properties: &mut OwnedPropertyList,
                list: &crate::read::list::PropertyList<'_>,
            ) -> Result<(), crate::schema::PropertyError> {
                properties.properties.extend(list.into_owned().properties);
                Ok(())
            }

            #[cfg(feature = "serde")]
            fn payload(
                update: &OwnedPropertyList,
            ) -> Result<alloc::vec::Vec<u8>, crate::schema::PropertyError> {
                Ok(update.to_bytes()?)
            }
        }
    };
}

/// Implements [`OpenKind`] with the kind's state type (a `u32` newtype).
macro_rules! open_kind {
    ($($kind:ident => $state:ident),* $(,)?) => {$(
        impl OpenKind for $kind {
            type State = $state;
        }

        impl sealed::Open for $kind {
            fn state(bits: u32) -> $state {
                $state(bits)
            }
        }
    )*};
}

object_kind!(ClusterKind: Object::CLUSTER, "Cluster", untyped);
object_kind!(NodeKind: Object::NODE, "Node", untyped);
object_kind!(GroupKind: Object::GROUP, "Group", untyped);
object_kind!(ResourceKind: Object::RESOURCE, "Resource", untyped);
object_kind!(ResourceTypeKind: Object::RESOURCE_TYPE, "ResourceType", untyped);
object_kind!(
    NetworkKind: Object::NETWORK,
    "Network",
    NetworkCommonProperties,
    NetworkUpdate
);
object_kind!(
    NetInterfaceKind: Object::NETINTERFACE,
    "NetInterface",
    NetInterfaceCommonProperties,
    NetInterfaceUpdate
);
open_kind!(
    NodeKind => NodeState,
    GroupKind => GroupState,
    ResourceKind => ResourceState,
    NetworkKind => NetworkState,
    NetInterfaceKind => NetInterfaceState,
);
