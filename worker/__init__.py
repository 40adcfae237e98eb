"""The background worker (issue #13): huey tasks that analyse uploads, apply decisions, render page
images, keep the search index and notifications current, and run the periodic sweeps.

Built from ``library.config`` alone (``worker.runtime.open_worker``): ``phoei worker`` never makes
the Flask app. Dependencies point webui -> worker -> library -> redactor; nothing here imports
``webui`` or Flask, and the web layer only enqueues the typed ``worker.jobs.Tasks``.

* ``worker.jobs``: the queue (huey), job status, the tasks, consumers.
* ``worker.steps``: what the tasks do with an upload (analyse, apply, render) and the private cache.
* ``worker.layout``: where an original's text sits on its pages, for the review screen.
"""
