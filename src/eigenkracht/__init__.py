"""eigenkracht: the kitchen-table conversation and support plan for the Dutch social domain."""

__version__ = "0.1.0"
