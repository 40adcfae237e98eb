"""The public disclosure library (issue #4): content repository, workflow, roles, versions, storage, audit.

No Flask here (the web layer depends on this, never the reverse); the
library may use ``redactor``. See ``docs/library.md`` and ``docs/workflow.md``.
Nothing heavy is imported at package import time.
"""
