"""The Qt-free model layer: documents, parsing, script conversion, caching and the library."""
