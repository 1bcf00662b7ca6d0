"""Text models used by repwatch (embeddings and classifier heads)."""
