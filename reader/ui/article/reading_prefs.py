"""Reading preferences of the article pane: theme, text size, typography, and the View menu.

The theme follows the system colour scheme by default (light or dark), or is fixed to light,
sepia or dark. Text size, theme and typography (:mod:`reader.ui.article.typography`: fonts,
spacing, measure, justification) are remembered in the window's QSettings.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QObject,
    QSettings,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from reader.ui.article.script_fonts import FontChoice
from reader.ui.article.typography import DEFAULT, Typography, read_typography, write_typography
from reader.ui.settings import Key, read_choice, read_int, write

DEFAULT_POINT_SIZE = 12
MIN_POINT_SIZE = 9
MAX_POINT_SIZE = 32


class Theme(enum.StrEnum):
    """A colour theme choice; SYSTEM follows the desktop's light/dark setting."""

    SYSTEM = "system"
    LIGHT = "light"
    SEPIA = "sepia"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class Colors:
    """The colours of one concrete theme."""

    background: str
    text: str
    muted: str
    link: str
    panel: str  # placeholders, embed cards
    rule: str  # table borders
    stripe: str  # every other table row
    error: str


COLORS = {
    Theme.LIGHT: Colors("#ffffff", "#1f1f1f", "#6b6b6b", "#1a5fb4", "#f0f2f5", "#c8c8c8",
                        "#f6f7f9", "#b00020"),
    Theme.SEPIA: Colors("#f4ecd8", "#3b2f1e", "#7a6a52", "#8a4b0f", "#e9dfc6", "#c9b99a",
                        "#efe5cc", "#a0201a"),
    Theme.DARK: Colors("#1e1f22", "#d8d8d8", "#9a9a9a", "#79b0ff", "#2a2c31", "#4a4d55",
                       "#25272b", "#ff7b7b"),
}  # fmt: skip


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark colour scheme."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: Theme) -> Theme:
    """The concrete theme (light, sepia or dark) that ``theme`` means now."""
    if theme is Theme.SYSTEM:
        return Theme.DARK if system_is_dark() else Theme.LIGHT
    return theme


def style_sheet(theme: Theme, point_size: int, typography: Typography = DEFAULT) -> str:
    """The article pane's style sheet for a concrete theme and a body text size.

    Qt's rich text ignores relative font sizes (``%``, ``em``, ``small``) once the body has a
    size, and ``text-align: justify`` in a style sheet, so sizes are computed here in points and
    justification comes from the ``align`` attribute the renderer writes (the view turns it off
    when ``typography.justify`` is false). Font families follow the shown text
    (``script_fonts.typography_sheet``, fed by :attr:`ReadingPrefs.font_choice`).
    """
    c = COLORS[resolve(theme)]
    t = typography.clamped()
    after = t.paragraph_spacing / 100

    def pt(factor: float) -> str:
        return f"{max(6.0, point_size * factor):.1f}pt"

    return f"""
body {{ font-size: {pt(1)}; color: {c.text};
       background-color: {c.background}; }}
p {{ line-height: {t.line_spacing}%; margin-top: 0.2em; margin-bottom: {after:.2f}em; }}
h1.title {{ font-size: {pt(1.55)}; margin-bottom: 0.3em; line-height: 130%; }}
p.byline {{ color: {c.muted}; font-size: {pt(0.85)}; margin-bottom: 1.4em; }}
h2, h3, h4 {{ margin-top: 1.1em; margin-bottom: 0.5em; line-height: 140%; }}
h2 {{ font-size: {pt(1.3)}; }}
h3 {{ font-size: {pt(1.15)}; }}
h4 {{ font-size: {pt(1.05)}; }}
p.caption, p.meta {{ color: {c.muted}; font-size: {pt(0.85)}; }}
p.image {{ color: {c.muted}; font-size: {pt(0.85)}; background-color: {c.panel}; }}
p.embed {{ background-color: {c.panel}; font-size: {pt(0.92)}; }}
p.related {{ margin-bottom: 0.3em; line-height: 140%; }}
p.li {{ margin-bottom: 0.4em; }}
span.note {{ color: {c.muted}; font-size: {pt(0.8)}; }}
sup.cite {{ color: {c.muted}; font-size: {pt(0.7)}; }}
blockquote {{ color: {c.muted}; margin-left: 1.5em; margin-right: 1em;
              line-height: {t.line_spacing}%; }}
pre {{ font-family: "Noto Sans Mono CJK TC", "Noto Sans Mono", monospace; font-size: {pt(0.9)};
      background-color: {c.panel}; }}
table.data {{ border-color: {c.rule}; border-style: solid; border-collapse: collapse;
             margin-bottom: 1em; }}
td {{ font-size: {pt(0.9)}; border-color: {c.rule}; }}
td.odd {{ background-color: {c.stripe}; }}
p.error {{ color: {c.error}; }}
a {{ color: {c.link}; text-decoration: none; }}
"""


class ReadingPrefs(QObject):
    """Owns the reading preferences, applies them to an article view, offers View-menu actions.

    Actions: bigger (Ctrl+=), smaller (Ctrl+-), reset (Ctrl+0) text, and the theme choice.
    """

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._point_size = read_int(
            settings, Key.POINT_SIZE, DEFAULT_POINT_SIZE, MIN_POINT_SIZE, MAX_POINT_SIZE
        )
        self._theme = read_choice(settings, Key.THEME, Theme.SYSTEM)
        self._typography = read_typography(settings)
        self._views: list[_Styled] = []

        self.bigger_action = QAction(self.tr("&Larger Text"), self)
        self.bigger_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.bigger_action.triggered.connect(self._on_bigger_triggered)
        self.smaller_action = QAction(self.tr("&Smaller Text"), self)
        self.smaller_action.setShortcut(QKeySequence("Ctrl+-"))
        self.smaller_action.triggered.connect(self._on_smaller_triggered)
        self.reset_action = QAction(self.tr("&Actual Size"), self)
        self.reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.reset_action.triggered.connect(self._on_reset_triggered)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[Theme, QAction] = {}
        labels = {
            Theme.SYSTEM: self.tr("Theme: Follow &System"),
            Theme.LIGHT: self.tr("Theme: L&ight"),
            Theme.SEPIA: self.tr("Theme: Se&pia"),
            Theme.DARK: self.tr("Theme: &Dark"),
        }
        for theme, label in labels.items():
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(theme is self._theme)
            action.setData(theme.value)
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action
        self.theme_group.triggered.connect(self._on_theme_group_triggered)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_color_scheme_changed)
        self._sync_app_scheme()

    @property
    def point_size(self) -> int:
        """The body text size in points."""
        return self._point_size

    @property
    def theme(self) -> Theme:
        """The chosen theme (possibly SYSTEM)."""
        return self._theme

    @property
    def typography(self) -> Typography:
        """Fonts, spacing, measure and justification."""
        return self._typography

    def style_sheet(self) -> str:
        """The style sheet for the current choices."""
        return style_sheet(self._theme, self._point_size, self._typography)

    @property
    def font_choice(self) -> FontChoice:
        """The reader's own font families ("" for the defaults of the shown script)."""
        return FontChoice(cjk=self._typography.chinese_font, latin=self._typography.latin_font)

    def colors(self) -> Colors:
        """The colours of the theme in effect."""
        return COLORS[resolve(self._theme)]

    def attach(self, view: _Styled) -> None:
        """Keep ``view`` styled by these preferences."""
        self._views.append(view)
        view.apply_reading_prefs(self)

    def add_to_menu(self, menu: QMenu) -> None:
        """Add the text-size and theme entries to a (View) menu."""
        menu.addSeparator()
        menu.addAction(self.bigger_action)
        menu.addAction(self.smaller_action)
        menu.addAction(self.reset_action)
        menu.addSeparator()
        for action in self.theme_actions.values():
            menu.addAction(action)

    def set_point_size(self, size: int) -> None:
        """Change the text size (clamped) and remember it."""
        size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))
        if size != self._point_size:
            self._point_size = size
            write(self._settings, Key.POINT_SIZE, size)
            self._apply()

    def set_typography(self, typography: Typography) -> None:
        """Change fonts, spacing, measure or justification (clamped), remember and apply it."""
        typography = typography.clamped()
        if typography != self._typography:
            self._typography = typography
            write_typography(self._settings, typography)
            self._apply()

    def set_theme(self, theme: Theme) -> None:
        """Change the theme and remember it."""
        self.theme_actions[theme].setChecked(True)
        if theme is not self._theme:
            self._theme = theme
            write(self._settings, Key.THEME, theme)
            self._apply()

    def _sync_app_scheme(self) -> None:
        """Make the whole window (list, menus) light or dark with the chosen theme."""
        scheme = {
            Theme.SYSTEM: Qt.ColorScheme.Unknown,  # Unknown: the system's own setting
            Theme.LIGHT: Qt.ColorScheme.Light,
            Theme.SEPIA: Qt.ColorScheme.Light,
            Theme.DARK: Qt.ColorScheme.Dark,
        }[self._theme]
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "setColorScheme"):  # Qt 6.8+
            hints.setColorScheme(scheme)
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        # Not every platform (e.g. a bare X11 session) honours the colour scheme request, so
        # the dark theme also gives the rest of the window a dark palette explicitly.
        original = _ORIGINAL_PALETTE[0]
        if original is None:
            original = _ORIGINAL_PALETTE[0] = QPalette(app.palette())
        if resolve(self._theme) is Theme.DARK:
            app.setPalette(_dark_palette(COLORS[Theme.DARK]))
        elif app.palette() != original:
            app.setPalette(original)

    def _apply(self) -> None:
        self._sync_app_scheme()
        for view in self._views:
            view.apply_reading_prefs(self)

    @Slot()
    def _on_bigger_triggered(self) -> None:
        self.set_point_size(self._point_size + 1)

    @Slot()
    def _on_smaller_triggered(self) -> None:
        self.set_point_size(self._point_size - 1)

    @Slot()
    def _on_reset_triggered(self) -> None:
        self.set_point_size(DEFAULT_POINT_SIZE)

    @Slot(QAction)
    def _on_theme_group_triggered(self, action: QAction) -> None:
        self.set_theme(Theme(str(action.data())))

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._theme is Theme.SYSTEM:
            self._apply()


_ORIGINAL_PALETTE: list[QPalette | None] = [None]


def _dark_palette(c: Colors) -> QPalette:
    """A dark palette for the window around the article pane."""
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2d31"),
        (QPalette.ColorRole.WindowText, c.text),
        (QPalette.ColorRole.Base, c.background),
        (QPalette.ColorRole.AlternateBase, c.stripe),
        (QPalette.ColorRole.Text, c.text),
        (QPalette.ColorRole.PlaceholderText, c.muted),
        (QPalette.ColorRole.Button, "#34363c"),
        (QPalette.ColorRole.ButtonText, c.text),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#34363c"),
        (QPalette.ColorRole.ToolTipText, c.text),
        (QPalette.ColorRole.Link, c.link),
        (QPalette.ColorRole.Mid, "#44474e"),
        (QPalette.ColorRole.Dark, "#1a1b1e"),
        (QPalette.ColorRole.Light, "#4a4d55"),
    ):
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(c.muted))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(c.muted))
    return palette


class _Styled(Protocol):
    """What a view styled by :class:`ReadingPrefs` provides (the article view)."""

    def apply_reading_prefs(self, prefs: ReadingPrefs) -> None:
        """Restyle with ``prefs``."""
