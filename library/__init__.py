"""The public disclosure library (issue #4): content repository, workflow, storage. No Flask."""
