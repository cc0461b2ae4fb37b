"""Camera to ticket code: frame sources, QR decoders, debouncing, the scanner thread."""
