"""Documents: a file read and parsed into blocks of spans and the clean text derived from them.

The clean text of a :class:`~reader.model.document.document.Document` is the one source of
truth that displays, search and annotation anchoring derive from. This layer imports only the
script layer (a document records the script it is written in); article, library and
annotations build on it. ``textio`` decodes bytes whatever their encoding, ``posts`` reads
feed-archive posts and their front matter (``front_matter`` reads the simple shape nearly all
have), ``html_blocks`` turns untrusted HTML into blocks (walking lxml's tree through
``html_tree``; ``white_space`` collapses it as a browser does),
``extract`` reads plain-text extracts, ``parser`` puts these together and never raises for bad
input, ``cache`` keeps parsed documents (in memory and in SQLite, keyed by path, size, mtime and
the parser version), and ``identity`` recognises a document again after a move, a rename or an
edit; it is here, although only the annotations use it, because recognising a document is a
question about documents, not about annotations.
"""
