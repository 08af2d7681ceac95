"""The window's own arrangement: panes that make room for the article, focus mode, the
back/forward history and the order Tab moves through the panes."""
