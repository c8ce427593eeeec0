"""Dashboard: page contexts (views), templates, static assets, and the static report."""
