"""The library: every document in the folders the user opened, indexed and searched.

Imports document (to parse the files it indexes) and script (to fold their text so that a query
in either script finds both), never article or annotations: a library row's annotation count
and the article opened from a row are put together in the UI. The documents are found on disk
and kept in one SQLite database in the data folder, with their metadata, their original clean
text and a full-text index of the folded text; search runs against it and answers in offsets of
the original text, which any display script can show.
"""
