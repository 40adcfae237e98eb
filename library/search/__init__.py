"""Thai full-text search for citizens (issue #6).

Light at import time: each module imports its engine (nlpo3, tantivy,
SQLAlchemy) only where needed. The public entry points:

* ``library.search.service.search(session, query, principal, ...)`` → ``SearchResults``
* ``library.search.indexer.apply_pending(lib)`` (the worker) and ``reindex(lib)``
* ``library.search.analyzer.analyze(text)`` → the tokens both backends index

See ``docs/search.md``.
"""
