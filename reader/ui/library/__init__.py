"""The library pane: folders and their watcher, background indexing (a serial job of the
task owner), the list paged lazily from the index with its filters, and library search."""
