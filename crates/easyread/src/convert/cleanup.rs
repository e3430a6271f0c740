//! The `cleanup` stage (not built yet: passes the draft through unchanged).

use super::Draft;

/// Run the stage over the draft.
pub fn run(_draft: &mut Draft) {}
