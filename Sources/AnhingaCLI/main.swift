// Local placeholder so the package builds in the tok worktree; not committed.
