//! Conversions between this crate's open constants and the `windows` crate's types (Windows
//! only): control codes, network roles and object states keep their bits both ways.
//!
//! ```
//! use clusprop::control::{Clctl, ControlCode};
//! use clusprop::objects::network::{NetworkRole, NetworkState};
//! use windows::Win32::Networking::Clustering::{
//!     ClusterNetworkRoleInternalUse, ClusterNetworkUp, CLCTL_GET_FLAGS,
//!     CLUSCTL_NETWORK_GET_COMMON_PROPERTIES, CLUSCTL_NETWORK_CODES,
//! };
//!
//! assert_eq!(ControlCode::from(CLUSCTL_NETWORK_GET_COMMON_PROPERTIES), ControlCode::NETWORK_GET_COMMON_PROPERTIES);
//! assert_eq!(CLUSCTL_NETWORK_CODES::from(ControlCode::NETWORK_GET_COMMON_PROPERTIES), CLUSCTL_NETWORK_GET_COMMON_PROPERTIES);
//! assert_eq!(Clctl::from(CLCTL_GET_FLAGS), Clctl::GET_FLAGS);
//! assert_eq!(NetworkRole::from(ClusterNetworkRoleInternalUse), NetworkRole::INTERNAL_USE);
//! assert_eq!(NetworkState::from(ClusterNetworkUp), NetworkState::UP);
//! ```

use crate::control::{Clctl, ControlCode};
use crate::objects::group::GroupState;
use crate::objects::netinterface::NetInterfaceState;
use crate::objects::network::{NetworkRole, NetworkState};
use crate::objects::node::NodeState;
use crate::objects::resource::ResourceState;
use windows::Win32::Networking::Clustering::{
    CLCTL_CODES, CLUSCTL_AFFINITYRULE_CODES, CLUSCTL_CLUSTER_CODES, CLUSCTL_GROUPSET_CODES,
    CLUSCTL_GROUP_CODES, CLUSCTL_NETINTERFACE_CODES, CLUSCTL_NETWORK_CODES, CLUSCTL_NODE_CODES,
    CLUSCTL_RESOURCE_CODES, CLUSCTL_RESOURCE_TYPE_CODES, CLUSTER_GROUP_STATE,
    CLUSTER_NETINTERFACE_STATE, CLUSTER_NETWORK_ROLE, CLUSTER_NETWORK_STATE, CLUSTER_NODE_STATE,
    CLUSTER_RESOURCE_STATE,
};

/// `From` both ways between a `u32` newtype of this crate and an `i32` newtype of the `windows`
/// crate, keeping the bits (-1, an unknown state, is `u32::MAX`).
macro_rules! same_bits {
    ($($ours:ident <=> $theirs:ident),* $(,)?) => {$(
        impl From<$theirs> for $ours {
            fn from(value: $theirs) -> $ours {
                $ours(u32::from_ne_bytes(value.0.to_ne_bytes()))
            }
        }

        impl From<$ours> for $theirs {
            fn from(value: $ours) -> $theirs {
                $theirs(i32::from_ne_bytes(value.0.to_ne_bytes()))
            }
        }
    )*};
}

// The `CLUSCTL_*_CODES` types are per object; a conversion into one does not check the code's
// object (the bits are kept, as `windows` itself would with a cast).
same_bits!(
    ControlCode <=> CLUSCTL_CLUSTER_CODES,
    ControlCode <=> CLUSCTL_NODE_CODES,
    ControlCode <=> CLUSCTL_GROUP_CODES,
    ControlCode <=> CLUSCTL_RESOURCE_CODES,
    ControlCode <=> CLUSCTL_RESOURCE_TYPE_CODES,
    ControlCode <=> CLUSCTL_NETWORK_CODES,
    ControlCode <=> CLUSCTL_NETINTERFACE_CODES,
    ControlCode <=> CLUSCTL_GROUPSET_CODES,
    ControlCode <=> CLUSCTL_AFFINITYRULE_CODES,
    Clctl <=> CLCTL_CODES,
    NetworkRole <=> CLUSTER_NETWORK_ROLE,
    NetworkState <=> CLUSTER_NETWORK_STATE,
    NetInterfaceState <=> CLUSTER_NETINTERFACE_STATE,
    NodeState <=> CLUSTER_NODE_STATE,
    GroupState <=> CLUSTER_GROUP_STATE,
    ResourceState <=> CLUSTER_RESOURCE_STATE,
);

#[cfg(test)]
mod tests {
    use super::*;
    use windows::Win32::Networking::Clustering as w;

    #[test]
    fn bits_are_kept_both_ways() {
        assert_eq!(
            ControlCode::from(w::CLUSCTL_RESOURCE_GET_CLASS_INFO),
            ControlCode::RESOURCE_GET_CLASS_INFO
        );
        assert_eq!(
            w::CLUSCTL_CLUSTER_CODES::from(ControlCode::CLUSTER_GET_FQDN),
            w::CLUSCTL_CLUSTER_GET_FQDN
        );
        assert_eq!(
            NodeState::from(w::ClusterNodeStateUnknown),
            NodeState::UNKNOWN
        );
        assert_eq!(
            w::CLUSTER_RESOURCE_STATE::from(ResourceState::UNKNOWN),
            w::ClusterResourceStateUnknown
        );
        assert_eq!(
            GroupState::from(w::ClusterGroupPending),
            GroupState::PENDING
        );
        assert_eq!(
            NetInterfaceState::from(w::ClusterNetInterfaceUp),
            NetInterfaceState::UP
        );
        // A code with the high bit set (user or global codes) keeps it.
        let high = ControlCode(0x8000_0001);
        assert_eq!(ControlCode::from(w::CLUSCTL_NODE_CODES::from(high)), high);
    }
}
