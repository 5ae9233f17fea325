//! Cluster resources: their state (`CLUSTER_RESOURCE_STATE`). Their properties are read as
//! property lists (no typed declaration yet).

constants! {
    /// `CLUSTER_RESOURCE_STATE`, as `GetClusterResourceState` returns it.
    ///
    /// ```
    /// use clusprop::objects::resource::ResourceState;
    ///
    /// assert_eq!(ResourceState::ONLINE_PENDING.0, 129);
    /// assert_eq!(ResourceState::ONLINE.to_string(), "online");
    /// ```
    pub struct ResourceState(pub u32);
    prefix "ClusterResource", display "unknown state {}", debug display, serde transparent;
    example "clusprop::objects::resource::ResourceState", ONLINE = "ClusterResourceOnline", "online", unnamed 7;
    /// `ClusterResourceStateUnknown` (-1): the state could not be retrieved.
    UNKNOWN = u32::MAX, "ClusterResourceStateUnknown", "unknown";
    /// `ClusterResourceInherited` (0).
    INHERITED = 0, "ClusterResourceInherited", "inherited";
    /// `ClusterResourceInitializing` (1).
    INITIALIZING = 1, "ClusterResourceInitializing", "initializing";
    /// `ClusterResourceOnline` (2): the resource is operational.
    ONLINE = 2, "ClusterResourceOnline", "online";
    /// `ClusterResourceOffline` (3).
    OFFLINE = 3, "ClusterResourceOffline", "offline";
    /// `ClusterResourceFailed` (4).
    FAILED = 4, "ClusterResourceFailed", "failed";
    /// `ClusterResourcePending` (128): coming online or going offline.
    PENDING = 128, "ClusterResourcePending", "pending";
    /// `ClusterResourceOnlinePending` (129).
    ONLINE_PENDING = 129, "ClusterResourceOnlinePending", "online pending";
    /// `ClusterResourceOfflinePending` (130).
    OFFLINE_PENDING = 130, "ClusterResourceOfflinePending", "offline pending";
}
