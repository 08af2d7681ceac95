"""Script-display benchmark: converters, conversion with map, and toggles in the real window.

``python -m benchmarks script [--corpus DIR] [--runs N]`` picks the median-sized and the
largest post of the corpus (by file size) and reports, as medians of N runs:

- the time to build each OpenCC converter the reader offers (each in a fresh process, since
  opencc-py shares loaded dictionaries between converters within one process);
- conversion with a position map of the post's clean text, per display mode, and for the
  toggle's mode with each conversion option: characters only, 臺, and 40 personal rules (two
  characters each, taken from the post itself, so that they match);
- the first toggle (converters ready, conversion cache empty) and the repeat toggle (cache
  warm), end to end in the real window on the offscreen platform: from choosing the mode to
  the article pane holding the converted page (convert + render + set in the pane, which
  includes lining the page up with its text, ``PaneMap.build``, and restoring the place);
- the UI-thread part of a toggle: from setting the page in the pane (``setHtml`` +
  ``PaneMap.build`` + restoring the place) to the end of the ``article_shown`` handlers, also
  with the find bar open on the post's most frequent letter (every hit highlighted anew).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from reader.model.document.parser import parse_file
from reader.model.script.mapped import display_text
from reader.model.script.modes import DisplayMode, Script, config_for, offered_configs
from reader.model.script.options import ScriptOptions
from reader.model.script.rules import Rule, RuleSet

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "feedposts"


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _build_time_ms(config: str) -> float:
    # Through the reader's converter(): a native configuration builds its OpenCC base too.
    code = (
        "import time;from reader.model.script.convert import converter;t=time.perf_counter();"
        f"converter({config!r});print((time.perf_counter()-t)*1000)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip())


def _option_variants(text: str) -> list[tuple[str, ScriptOptions]]:
    han = [i for i in range(len(text) - 1) if text[i : i + 2].isalpha()]
    step = max(1, len(han) // 40)
    picked = {text[i : i + 2] for i in han[::step][:40]}
    rules = RuleSet.of(Rule(piece, piece[::-1]) for piece in sorted(picked))
    return [
        ("characters only", ScriptOptions(vocabulary=False)),
        ("臺", ScriptOptions(tai="臺")),
        (f"{len(rules)} personal rules", ScriptOptions(rules=rules)),
    ]


def _target_mode(script: Script) -> DisplayMode:
    # The toggle people use on such a post: Traditional readers of a Simplified post, and back.
    return DisplayMode.MAINLAND if script is Script.TRADITIONAL else DisplayMode.TAIWAN


class ToggleTimes(NamedTuple):
    """Medians, in milliseconds."""

    first: float
    repeat: float
    ui_thread: float
    ui_thread_find: float
    find_hits: int
    # The longest turn of the event loop in the half second after a first toggle's page was
    # shown: what the UI thread still does for it (Qt lays the rest of a long page out in steps).
    after_longest: float = 0.0
    ui_thread_cpu: float = 0.0  # the UI thread's CPU time in ``ui_thread``


def _most_frequent_char(text: str) -> str:
    counts = Counter(ch for ch in text if ch.isalnum())
    return counts.most_common(1)[0][0] if counts else (text[:1] or "a")


def _toggle_times(path: Path, mode: DisplayMode, runs: int) -> ToggleTimes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.model.script.convert import prepare
    from reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Path(tmp), [path])
        window.resize(1200, 800)
        window.show()  # laid out and painted as a user sees it
        timer = QTimer()
        timer.setSingleShot(True)

        def wait_for(signal: object, action: Callable[[], None]) -> float:
            loop = QEventLoop()
            fired: list[bool] = []

            def on_signal(*_: object) -> None:
                fired.append(True)
                loop.quit()

            signal.connect(on_signal)  # type: ignore[attr-defined]
            timer.timeout.connect(loop.quit)
            timer.start(60000)
            start = time.perf_counter()
            action()
            if not fired:  # a converted page already cached is shown within the action itself
                loop.exec()
            elapsed = time.perf_counter() - start
            signal.disconnect(on_signal)  # type: ignore[attr-defined]
            timer.timeout.disconnect(loop.quit)
            if not timer.isActive():
                raise RuntimeError("the window did not show the article within 60 s")
            timer.stop()
            return elapsed * 1000

        wait_for(window.article_shown, lambda: None)  # the library of this one post, shown
        ui: list[float] = []
        ui_cpu: list[float] = []  # the UI thread's own CPU time (a loaded machine adds waits)
        started = [0.0, 0.0]
        show_html = window.article.show_html

        def timed_show_html(*args: Any, **kwargs: Any) -> None:
            started[:] = [time.perf_counter(), time.thread_time()]
            show_html(*args, **kwargs)

        def shown(_path: str) -> None:  # connected after the window's own handlers
            ui.append((time.perf_counter() - started[0]) * 1000)
            ui_cpu.append((time.thread_time() - started[1]) * 1000)

        setattr(window.article, "show_html", timed_show_html)  # noqa: B010
        window.article_shown.connect(shown)
        prepare(mode)  # converters ready: their build time is reported separately
        first: list[float] = []
        repeat: list[float] = []

        def show_original() -> None:
            if window.toggle.mode is not DisplayMode.ORIGINAL:
                wait_for(window.article_shown, lambda: window.toggle.set_mode(DisplayMode.ORIGINAL))

        after: list[float] = []

        def longest_turn(seconds: float) -> float:
            longest, until = 0.0, time.perf_counter() + seconds
            while (now := time.perf_counter()) < until:
                app.processEvents()
                longest = max(longest, time.perf_counter() - now)
                time.sleep(0.001)
            return longest * 1000

        for _ in range(runs):
            show_original()
            longest_turn(0.5)
            window.session.displays.clear()
            first.append(wait_for(window.article_shown, lambda: window.toggle.set_mode(mode)))
            after.append(longest_turn(0.5))
        for _ in range(runs):
            show_original()
            repeat.append(wait_for(window.article_shown, lambda: window.toggle.set_mode(mode)))
        ui_thread = statistics.median(ui)
        ui_thread_cpu = statistics.median(ui_cpu)
        assert window.current_document is not None and window.current_document.path == path
        window.find_bar.open()
        window.find_bar.field.setText(_most_frequent_char(window.current_document.text))
        hits = len(window.find_bar.hits)
        ui.clear()
        for _ in range(runs):
            show_original()
            wait_for(window.article_shown, lambda: window.toggle.set_mode(mode))
        ui_thread_find = statistics.median(ui)
        window.article_shown.disconnect(shown)
        window.close()
        app.processEvents()
        # Delete the window now, not whenever the garbage collector reaches it (in the middle
        # of the next post's run, which crashed the process now and then).
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return ToggleTimes(
        statistics.median(first),
        statistics.median(repeat),
        ui_thread,
        ui_thread_find,
        hits,
        statistics.median(after),
        ui_thread_cpu,
    )


def main(argv: list[str]) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks script")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    files = sorted(
        (p for p in args.corpus.rglob("*.md") if p.is_file()), key=lambda p: p.stat().st_size
    )
    if not files:
        print(f"no posts under {args.corpus}", file=sys.stderr)
        return 1
    print(f"corpus: {len(files)} posts under {args.corpus}; median of {args.runs} runs")
    print("converter build (fresh process each):")
    for config in sorted(offered_configs()):
        print(f"  {config:12} {_build_time_ms(config):7.1f} ms")
    for label, path in (("median", files[len(files) // 2]), ("largest", files[-1])):
        doc = parse_file(path)
        size = path.stat().st_size
        print(
            f"\n{label} post: {path.name} ({size:,} bytes, {len(doc.text):,} characters, "
            f"{doc.script.value})"
        )
        for shown in DisplayMode:
            used = config_for(shown, doc.script)
            if used is None:
                continue
            text, script = doc.text, doc.script
            ms = _median_ms(lambda: display_text(text, shown, script), args.runs)  # noqa: B023
            print(f"  convert with map, {shown.value:11} ({used:5}) {ms:8.2f} ms")
        mode = _target_mode(doc.script)
        for name, options in _option_variants(doc.text):
            text, script = doc.text, doc.script
            ms = _median_ms(
                lambda: display_text(text, mode, script, options=options),  # noqa: B023
                args.runs,
            )
            print(f"  convert with map, {mode.value:11} {name:20} {ms:8.2f} ms")
        times = _toggle_times(path, mode, args.runs)
        print(
            f"  toggle to {mode.value}, end to end in the window: "
            f"first {times.first:.1f} ms, repeat {times.repeat:.1f} ms"
        )
        print(
            f"  UI thread per toggle (setHtml + PaneMap.build + restore + handlers): "
            f"{times.ui_thread:.1f} ms ({times.ui_thread_cpu:.1f} ms of CPU); "
            f"with find showing {times.find_hits} hits: "
            f"{times.ui_thread_find:.1f} ms; longest event-loop turn in the half second after: "
            f"{times.after_longest:.1f} ms"
        )
    return 0
