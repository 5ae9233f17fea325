//! Cluster groups: their state (`CLUSTER_GROUP_STATE`). Their properties are read as property
//! lists (no typed declaration yet).

constants! {
    /// `CLUSTER_GROUP_STATE`, as `GetClusterGroupState` returns it.
    ///
    /// ```
    /// use clusprop::objects::group::GroupState;
    ///
    /// assert_eq!(GroupState::PARTIAL_ONLINE.to_string(), "partially online");
    /// assert_eq!("ClusterGroupOnline".parse::<GroupState>().unwrap(), GroupState(0));
    /// ```
    pub struct GroupState(pub u32);
    prefix "ClusterGroup", display "unknown state {}", debug display, serde transparent;
    example "clusprop::objects::group::GroupState", ONLINE = "ClusterGroupOnline", "online", unnamed 7;
    /// `ClusterGroupStateUnknown` (-1): the state could not be retrieved.
    UNKNOWN = u32::MAX, "ClusterGroupStateUnknown", "unknown";
    /// `ClusterGroupOnline` (0): every resource of the group is online.
    ONLINE = 0, "ClusterGroupOnline", "online";
    /// `ClusterGroupOffline` (1): every resource is offline, or there are none.
    OFFLINE = 1, "ClusterGroupOffline", "offline";
    /// `ClusterGroupFailed` (2): a resource of the group failed.
    FAILED = 2, "ClusterGroupFailed", "failed";
    /// `ClusterGroupPartialOnline` (3): some resources are online.
    PARTIAL_ONLINE = 3, "ClusterGroupPartialOnline", "partially online";
    /// `ClusterGroupPending` (4): a resource is coming online or going offline.
    PENDING = 4, "ClusterGroupPending", "pending";
}
