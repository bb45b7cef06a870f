"""Readers for raw formats: session.yaml, stimulus/laser logs, DeepLabCut output, photometry, video."""
