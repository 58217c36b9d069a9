// Package planner holds the options that switch query planner rules off. flux-rs runs
// queries without a planner, so the options are accepted and have no effect.
package planner


// disableLogicalRules names logical planner rules not to apply (no effect in flux-rs).
option disableLogicalRules = [""]

// disablePhysicalRules names physical planner rules not to apply (no effect in flux-rs).
option disablePhysicalRules = [""]
