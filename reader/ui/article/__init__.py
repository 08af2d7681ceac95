"""The article pane: the view (never navigates, never fetches), the session that owns what it
shows and in which display mode, the map between original offsets and pane positions, find in
article, original-form tool tips and reading preferences (theme, text size)."""
