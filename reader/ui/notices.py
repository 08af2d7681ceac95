"""What the window says, lastingly, about the state of its data folder."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from reader.model.storage import Usable


def storage_notices(found: Mapping[Usable, str]) -> list[str]:
    """One sentence per derived database that had to be repaired or moved, by its name."""
    notices: list[str] = []
    for usable, name in found.items():
        subject = name[:1].upper() + name[1:]  # it starts the sentence
        if usable.damaged_copy is not None:
            notices.append(
                QCoreApplication.translate(
                    "Notices",
                    "{0} was damaged and has been rebuilt; the damaged file was kept as {1}.",
                ).format(subject, usable.damaged_copy)
            )
        elif usable.unwritable is not None:
            notices.append(
                QCoreApplication.translate(
                    "Notices",
                    "{0} cannot be written in the data folder ({1}); a temporary one is used "
                    "until the reader is closed.",
                ).format(subject, usable.unwritable)
            )
    return notices
