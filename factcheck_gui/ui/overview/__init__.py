"""The library overview: charts over the whole database and the claims behind them."""
