//! Roles, states, characteristics and flags (spec section 12), as open newtypes: every value
//! Windows defines is a named constant, and any other value is kept as it is.

use core::fmt;

/// `CLUSTER_NETWORK_ROLE`: what the cluster uses a network for. A bit set: bit 0 internal
/// (heartbeat) traffic, bit 1 client access.
///
/// ```
/// use clusprop::network::NetworkRole;
///
/// let role = NetworkRole(3);
/// assert_eq!(role, NetworkRole::INTERNAL_AND_CLIENT);
/// assert!(role.internal_use() && role.client_access());
/// assert_eq!(role.to_string(), "internal and client access");
/// assert_eq!(NetworkRole(8).to_string(), "unknown role 8");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(transparent)
)]
#[repr(transparent)]
pub struct NetworkRole(pub u32);

impl NetworkRole {
    /// `ClusterNetworkRoleNone` (0): not used by the cluster.
    pub const NONE: NetworkRole = NetworkRole(0);
    /// `ClusterNetworkRoleInternalUse` (1): internal (heartbeat) traffic only.
    pub const INTERNAL_USE: NetworkRole = NetworkRole(1);
    /// `ClusterNetworkRoleClientAccess` (2): client access only. Microsoft now documents it as
    /// "not supported" for setting.
    pub const CLIENT_ACCESS: NetworkRole = NetworkRole(2);
    /// `ClusterNetworkRoleInternalAndClient` (3): both; the default.
    pub const INTERNAL_AND_CLIENT: NetworkRole = NetworkRole(3);

    /// Bit 0: the cluster sends internal traffic over the network.
    #[must_use]
    pub const fn internal_use(self) -> bool {
        self.0 & 1 != 0
    }

    /// Bit 1: clients reach the cluster over the network.
    #[must_use]
    pub const fn client_access(self) -> bool {
        self.0 & 2 != 0
    }

    /// Whether this is one of the four defined values.
    #[must_use]
    pub const fn is_known(self) -> bool {
        self.0 <= 3
    }

    /// The `clusapi.h` name (`ClusterNetworkRoleInternalUse`, …).
    #[must_use]
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            NetworkRole::NONE => "ClusterNetworkRoleNone",
            NetworkRole::INTERNAL_USE => "ClusterNetworkRoleInternalUse",
            NetworkRole::CLIENT_ACCESS => "ClusterNetworkRoleClientAccess",
            NetworkRole::INTERNAL_AND_CLIENT => "ClusterNetworkRoleInternalAndClient",
            _ => return None,
        })
    }
}

impl fmt::Display for NetworkRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            NetworkRole::NONE => f.write_str("none"),
            NetworkRole::INTERNAL_USE => f.write_str("internal use"),
            NetworkRole::CLIENT_ACCESS => f.write_str("client access"),
            NetworkRole::INTERNAL_AND_CLIENT => f.write_str("internal and client access"),
            NetworkRole(other) => write!(f, "unknown role {other}"),
        }
    }
}

impl fmt::Debug for NetworkRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NetworkRole({} = {})", self.0, self)
    }
}

/// `CLUSTER_NETWORK_STATE`, as `GetClusterNetworkState` returns it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(transparent)
)]
#[repr(transparent)]
pub struct NetworkState(pub u32);

impl NetworkState {
    /// `ClusterNetworkStateUnknown` (-1): the state could not be retrieved.
    pub const UNKNOWN: NetworkState = NetworkState(u32::MAX);
    /// `ClusterNetworkUnavailable` (0): every interface is unavailable.
    pub const UNAVAILABLE: NetworkState = NetworkState(0);
    /// `ClusterNetworkDown` (1): no node can communicate over the network.
    pub const DOWN: NetworkState = NetworkState(1);
    /// `ClusterNetworkPartitioned` (2): operational, but some nodes cannot communicate.
    pub const PARTITIONED: NetworkState = NetworkState(2);
    /// `ClusterNetworkUp` (3): every node can communicate.
    pub const UP: NetworkState = NetworkState(3);

    /// The network's state derived from its interfaces' states (MS-CMRP 3.1.4.1.83), with a
    /// policy for the combinations MS-CMRP leaves open:
    ///
    /// 1. Unavailable interfaces (their node is not up) say nothing about the network and are set
    ///    aside, and so are interfaces whose state is unknown or unrecognized. If nothing is left
    ///    (no interfaces at all, or all of them unavailable or unknown): **Unavailable**.
    /// 2. If every remaining interface is Up: **Up** (a single Up interface included).
    /// 3. If at least two are Up and some are Unreachable or Failed: **Partitioned** (some nodes
    ///    can talk to each other, others cannot).
    /// 4. Otherwise (no Up interface, or one Up with the rest Unreachable or Failed): **Down**.
    ///
    /// Where MS-CMRP's table applies, this agrees with it: all Unavailable gives Unavailable; all
    /// Failed or Unreachable gives Down; Unreachable with at least two Up gives Partitioned; all Up
    /// gives Up.
    ///
    /// ```
    /// use clusprop::network::{NetInterfaceState as I, NetworkState as N};
    ///
    /// assert_eq!(N::from_interfaces([I::UP, I::UP]), N::UP);
    /// assert_eq!(N::from_interfaces([I::UP, I::UP, I::UNREACHABLE]), N::PARTITIONED);
    /// assert_eq!(N::from_interfaces([I::UP, I::UNAVAILABLE]), N::UP);
    /// assert_eq!(N::from_interfaces([I::UP, I::FAILED]), N::DOWN);
    /// assert_eq!(N::from_interfaces([]), N::UNAVAILABLE);
    /// ```
    pub fn from_interfaces<I>(states: I) -> NetworkState
    where
        I: IntoIterator<Item = NetInterfaceState>,
    {
        let (mut up, mut impaired) = (0usize, 0usize);
        for state in states {
            match state {
                NetInterfaceState::UP => up = up.saturating_add(1),
                NetInterfaceState::FAILED | NetInterfaceState::UNREACHABLE => {
                    impaired = impaired.saturating_add(1);
                }
                _ => {}
            }
        }
        match (up, impaired) {
            (0, 0) => NetworkState::UNAVAILABLE,
            (_, 0) => NetworkState::UP,
            (2.., _) => NetworkState::PARTITIONED,
            _ => NetworkState::DOWN,
        }
    }

    /// The `clusapi.h` name.
    #[must_use]
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            NetworkState::UNKNOWN => "ClusterNetworkStateUnknown",
            NetworkState::UNAVAILABLE => "ClusterNetworkUnavailable",
            NetworkState::DOWN => "ClusterNetworkDown",
            NetworkState::PARTITIONED => "ClusterNetworkPartitioned",
            NetworkState::UP => "ClusterNetworkUp",
            _ => return None,
        })
    }
}

impl fmt::Display for NetworkState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            NetworkState::UNKNOWN => f.write_str("unknown"),
            NetworkState::UNAVAILABLE => f.write_str("unavailable"),
            NetworkState::DOWN => f.write_str("down"),
            NetworkState::PARTITIONED => f.write_str("partitioned"),
            NetworkState::UP => f.write_str("up"),
            NetworkState(other) => write!(f, "unknown state {other}"),
        }
    }
}

impl fmt::Debug for NetworkState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NetworkState({self})")
    }
}

/// `CLUSTER_NETINTERFACE_STATE` in the numbering of the Windows SDK, which is what
/// `GetClusterNetInterfaceState` returns to Win32 programs (and what WMI's
/// `MSCluster_NetworkInterface.State` uses): Unavailable 0, Failed 1, Unreachable 2, Up 3.
///
/// MS-CMRP (and Samba's IDL, which copies it) numbers the same states differently on the RPC
/// wire: Failed 0, Unreachable 1, Unavailable 2, Up 3. Which numbering the RPC wire really carries
/// is unverified; convert explicitly with [`from_ms_cmrp`](Self::from_ms_cmrp) and
/// [`to_ms_cmrp`](Self::to_ms_cmrp) when you read MS-CMRP messages.
///
/// ```
/// use clusprop::network::NetInterfaceState;
///
/// assert_eq!(NetInterfaceState(1), NetInterfaceState::FAILED);
/// assert_eq!(NetInterfaceState::from_ms_cmrp(0), NetInterfaceState::FAILED);
/// assert_eq!(NetInterfaceState::UNAVAILABLE.to_ms_cmrp(), 2);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(transparent)
)]
#[repr(transparent)]
pub struct NetInterfaceState(pub u32);

impl NetInterfaceState {
    /// `ClusterNetInterfaceStateUnknown` (-1).
    pub const UNKNOWN: NetInterfaceState = NetInterfaceState(u32::MAX);
    /// `ClusterNetInterfaceUnavailable` (0): the owning node is not up or paused.
    pub const UNAVAILABLE: NetInterfaceState = NetInterfaceState(0);
    /// `ClusterNetInterfaceFailed` (1): cannot talk to any other interface.
    pub const FAILED: NetInterfaceState = NetInterfaceState(1);
    /// `ClusterNetInterfaceUnreachable` (2): cannot talk to at least one interface that is not
    /// failed or unavailable.
    pub const UNREACHABLE: NetInterfaceState = NetInterfaceState(2);
    /// `ClusterNetInterfaceUp` (3): can talk to every interface that is not failed or unavailable.
    pub const UP: NetInterfaceState = NetInterfaceState(3);

    /// From MS-CMRP's numbering (Failed 0, Unreachable 1, Unavailable 2, Up 3, Unknown -1); other
    /// values are kept unchanged.
    #[must_use]
    pub const fn from_ms_cmrp(value: u32) -> NetInterfaceState {
        match value {
            0 => NetInterfaceState::FAILED,
            1 => NetInterfaceState::UNREACHABLE,
            2 => NetInterfaceState::UNAVAILABLE,
            other => NetInterfaceState(other),
        }
    }

    /// To MS-CMRP's numbering; the inverse of [`from_ms_cmrp`](Self::from_ms_cmrp).
    #[must_use]
    pub const fn to_ms_cmrp(self) -> u32 {
        match self {
            NetInterfaceState::FAILED => 0,
            NetInterfaceState::UNREACHABLE => 1,
            NetInterfaceState::UNAVAILABLE => 2,
            NetInterfaceState(other) => other,
        }
    }

    /// The `clusapi.h` name.
    #[must_use]
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            NetInterfaceState::UNKNOWN => "ClusterNetInterfaceStateUnknown",
            NetInterfaceState::UNAVAILABLE => "ClusterNetInterfaceUnavailable",
            NetInterfaceState::FAILED => "ClusterNetInterfaceFailed",
            NetInterfaceState::UNREACHABLE => "ClusterNetInterfaceUnreachable",
            NetInterfaceState::UP => "ClusterNetInterfaceUp",
            _ => return None,
        })
    }
}

impl fmt::Display for NetInterfaceState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            NetInterfaceState::UNKNOWN => f.write_str("unknown"),
            NetInterfaceState::UNAVAILABLE => f.write_str("unavailable"),
            NetInterfaceState::FAILED => f.write_str("failed"),
            NetInterfaceState::UNREACHABLE => f.write_str("unreachable"),
            NetInterfaceState::UP => f.write_str("up"),
            NetInterfaceState(other) => write!(f, "unknown state {other}"),
        }
    }
}

impl fmt::Debug for NetInterfaceState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NetInterfaceState({self})")
    }
}

/// Declares a DWORD bit set with named bits.
macro_rules! bit_set {
    (
        $(#[$meta:meta])* $ty:ident, $prefix:literal;
        $( $(#[$doc:meta])* $name:ident = $value:expr, )*
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(transparent))]
        #[repr(transparent)]
        pub struct $ty(pub u32);

        impl $ty {
            $( $(#[$doc])* pub const $name: $ty = $ty($value); )*

            /// Every named bit, with its `clusapi.h` name.
            pub const ALL: &'static [($ty, &'static str)] =
                &[ $( ($ty($value), concat!($prefix, stringify!($name))), )* ];

            /// Whether every bit of `other` is set.
            #[must_use]
            pub const fn contains(self, other: $ty) -> bool {
                self.0 & other.0 == other.0
            }

            /// The named bits that are set.
            pub fn names(self) -> impl Iterator<Item = &'static str> {
                Self::ALL
                    .iter()
                    .filter(move |(bit, _)| bit.0 != 0 && self.contains(*bit))
                    .map(|(_, name)| *name)
            }

            /// The set bits without a name.
            #[must_use]
            pub fn unknown_bits(self) -> u32 {
                Self::ALL.iter().fold(self.0, |rest, (bit, _)| rest & !bit.0)
            }
        }

        /// The names of the set bits joined by ` | `, unnamed bits in hex; `0` when empty.
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut first = true;
                let mut sep = |f: &mut fmt::Formatter<'_>| {
                    let s = if first { "" } else { " | " };
                    first = false;
                    f.write_str(s)
                };
                for name in self.names() {
                    sep(f)?;
                    f.write_str(name)?;
                }
                let rest = self.unknown_bits();
                if rest != 0 {
                    sep(f)?;
                    write!(f, "{rest:#x}")?;
                }
                if self.0 == 0 {
                    f.write_str("0")?;
                }
                Ok(())
            }
        }

        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($ty), "({:#x} = {})"), self.0, self)
            }
        }
    };
}

bit_set! {
    /// `CLUS_CHARACTERISTICS`, the output of GET_CHARACTERISTICS. Networks and interfaces have
    /// none (the value is 0, `CLUS_CHAR_UNKNOWN`); the bits are those of resources and resource
    /// types.
    ///
    /// ```
    /// use clusprop::network::Characteristics;
    ///
    /// let c = Characteristics(0x0000_0011);
    /// assert!(c.contains(Characteristics::QUORUM));
    /// assert_eq!(c.to_string(), "CLUS_CHAR_QUORUM | CLUS_CHAR_REQUIRES_STATE_CHANGE_REASON");
    /// assert_eq!(Characteristics(0).to_string(), "0");
    /// ```
    Characteristics, "CLUS_CHAR_";
    /// 0: no characteristics.
    UNKNOWN = 0x0000_0000,
    /// 0x1: the resource can be the quorum resource.
    QUORUM = 0x0000_0001,
    /// 0x2: deleting requires all nodes.
    DELETE_REQUIRES_ALL_NODES = 0x0000_0002,
    /// 0x4: local quorum (deprecated).
    LOCAL_QUORUM = 0x0000_0004,
    /// 0x8: local quorum for debugging (deprecated).
    LOCAL_QUORUM_DEBUG = 0x0000_0008,
    /// 0x10: state changes need a reason.
    REQUIRES_STATE_CHANGE_REASON = 0x0000_0010,
    /// 0x20: deletion is broadcast.
    BROADCAST_DELETE = 0x0000_0020,
    /// 0x40: one instance per cluster.
    SINGLE_CLUSTER_INSTANCE = 0x0000_0040,
    /// 0x80: one instance per group.
    SINGLE_GROUP_INSTANCE = 0x0000_0080,
    /// 0x100: may coexist in a shared-volume group.
    COEXIST_IN_SHARED_VOLUME_GROUP = 0x0000_0100,
    /// 0x200: placement data (MS-CMRP: reserved).
    PLACEMENT_DATA = 0x0000_0200,
    /// 0x400: monitor detach.
    MONITOR_DETACH = 0x0000_0400,
    /// 0x800: monitor reattach (MS-CMRP: reserved).
    MONITOR_REATTACH = 0x0000_0800,
    /// 0x1000: operation context (MS-CMRP: reserved).
    OPERATION_CONTEXT = 0x0000_1000,
    /// 0x2000: clones (MS-CMRP: reserved).
    CLONES = 0x0000_2000,
    /// 0x4000: not preemptable.
    NOT_PREEMPTABLE = 0x0000_4000,
    /// 0x8000: notify the new owner.
    NOTIFY_NEW_OWNER = 0x0000_8000,
    /// 0x10000: supports the unmonitored state.
    SUPPORTS_UNMONITORED_STATE = 0x0001_0000,
    /// 0x20000: infrastructure.
    INFRASTRUCTURE = 0x0002_0000,
    /// 0x40000: vetoes drain.
    VETO_DRAIN = 0x0004_0000,
    /// 0x80000: drain local offline.
    DRAIN_LOCAL_OFFLINE = 0x0008_0000,
}

bit_set! {
    /// `CLUS_FLAGS`, the output of GET_FLAGS. No flag is defined for networks or interfaces:
    /// they store and return flags without interpreting them.
    ///
    /// ```
    /// use clusprop::network::Flags;
    ///
    /// assert_eq!(Flags(1).to_string(), "CLUS_FLAG_CORE");
    /// assert_eq!(Flags(0x10).to_string(), "0x10");
    /// ```
    Flags, "CLUS_FLAG_";
    /// 0x1: a core object.
    CORE = 0x0000_0001,
}
