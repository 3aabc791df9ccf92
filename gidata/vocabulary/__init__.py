"""The vocabulary of the statistics, as data in one place: item codes with their labels, units and
regimes (`items`), the row and column labels of every report table (`tables`), and the wordings
of figures in prose (`prose`). Every extractor reads its labels from here."""
