"""Highlights and notes in the window: the controller (built from the article view, the
session, the store and the settings, never from the window), the highlight layers, the panel,
the menus, the floating selection toolbar, undo, and export/import dialogs. The colours are
one table (:mod:`.colours`)."""
