"""One module per schema version of the hub's database."""
