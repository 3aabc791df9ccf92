"""Read: a report file of any format (text, HTML, PDF, Word, scans by OCR) or a crawl table's rows
becomes a `Document` — normalised text plus its tables as grids."""
