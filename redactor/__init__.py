"""Phoei's redaction pipeline: pure functions and dataclasses, no Flask, no database."""
