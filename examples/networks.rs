//! Lists every network of a failover cluster with its role and state, and under each network its
//! interfaces with their node and state.
//!
//! ```text
//! cargo run --example networks              # the cluster this machine is a node of
//! cargo run --example networks -- CLUSTER   # another cluster, by cluster or node name
//! ```
//!
//! It talks to the cluster through clusapi.dll, so it needs Windows (a cluster node, or a machine
//! with the Failover Cluster management tools); elsewhere it only says so.

use std::process::ExitCode;

#[cfg(windows)]
fn main() -> ExitCode {
    let cluster = std::env::args().nth(1);
    match listing::list(cluster.as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("networks: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(windows))]
fn main() -> ExitCode {
    eprintln!(
        "networks: this example lists a Windows failover cluster's networks through clusapi.dll, \
         so it needs Windows; run it on a cluster node with `cargo run --example networks`"
    );
    ExitCode::FAILURE
}

#[cfg(windows)]
mod listing {
    use clusprop::adapter::{AdapterError, Cluster};
    use std::fmt::Display;

    /// A value, or the error in its place: one object that cannot be read does not hide the rest.
    fn shown<T: Display>(value: Result<T, AdapterError>) -> String {
        value.map_or_else(|e| format!("<{e}>"), |v| v.to_string())
    }

    pub fn list(cluster: Option<&str>) -> Result<(), AdapterError> {
        let cluster = match cluster {
            Some(name) => Cluster::open(name)?,
            None => Cluster::open_local()?,
        };
        let mut networks = cluster.networks()?;
        networks.sort();
        for name in &networks {
            let network = match cluster.network(name) {
                Ok(network) => network,
                Err(e) => {
                    println!("{name}: <{e}>");
                    continue;
                }
            };
            let role = network.role().map(|r| format!("{r} ({})", r.0));
            println!("{name}");
            println!("  role:  {}", shown(role));
            println!("  state: {}", shown(network.state()));
            let mut interfaces = network.net_interfaces()?;
            interfaces.sort();
            if interfaces.is_empty() {
                println!("  (no interfaces)");
            }
            for interface in &interfaces {
                match cluster.net_interface(interface) {
                    Ok(i) => println!(
                        "  {interface}: node {}, {}",
                        shown(i.node()),
                        shown(i.state())
                    ),
                    Err(e) => println!("  {interface}: <{e}>"),
                }
            }
        }
        if networks.is_empty() {
            println!("(no networks)");
        }
        Ok(())
    }
}
