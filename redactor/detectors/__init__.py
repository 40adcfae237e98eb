"""Detectors: one file each, found by the registry in ``base``."""
