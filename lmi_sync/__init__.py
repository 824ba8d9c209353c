"""Build-time tools: compile and validate content (and, later, sync labour-market data)."""
