"""The command line's subcommands, one module per group; each has ``register(sub)``."""
