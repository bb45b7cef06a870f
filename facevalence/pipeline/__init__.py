"""Ingestion, populate order, workers, lineage."""
