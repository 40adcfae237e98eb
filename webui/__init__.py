"""The web layer (issue #5) and the ``phoei`` console script. The only package that imports Flask."""
