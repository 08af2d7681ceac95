"""The display-script toggle (Original / 繁 / 简 with regional forms) and the one table of
how display modes are named in the window."""
