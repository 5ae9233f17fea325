//! Cluster nodes: their state (`CLUSTER_NODE_STATE`). Their properties are read as property
//! lists (no typed declaration yet).

constants! {
    /// `CLUSTER_NODE_STATE`, as `GetClusterNodeState` returns it.
    ///
    /// ```
    /// use clusprop::objects::node::NodeState;
    ///
    /// assert_eq!(NodeState::UP.to_string(), "up");
    /// assert_eq!(NodeState(u32::MAX), NodeState::UNKNOWN);
    /// assert_eq!(NodeState::PAUSED.name(), Some("ClusterNodePaused"));
    /// ```
    pub struct NodeState(pub u32);
    prefix "ClusterNode", display "unknown state {}", debug display, serde transparent;
    example "clusprop::objects::node::NodeState", UP = "ClusterNodeUp", "up", unnamed 7;
    /// `ClusterNodeStateUnknown` (-1): the state could not be retrieved.
    UNKNOWN = u32::MAX, "ClusterNodeStateUnknown", "unknown";
    /// `ClusterNodeUp` (0): the node is operational.
    UP = 0, "ClusterNodeUp", "up";
    /// `ClusterNodeDown` (1): the node is not operational.
    DOWN = 1, "ClusterNodeDown", "down";
    /// `ClusterNodePaused` (2): the node is operational but takes no groups.
    PAUSED = 2, "ClusterNodePaused", "paused";
    /// `ClusterNodeJoining` (3): the node is joining the cluster.
    JOINING = 3, "ClusterNodeJoining", "joining";
}
