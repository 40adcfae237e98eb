"""OCR of scanned PDF pages (issue 7).

``tesseract`` runs the program, ``image`` prepares page images (orientation,
deskew, specks, boxes), ``layout`` turns Tesseract's output into lines with a
box per character, ``cleanup`` fixes OCR text for the detectors with an
offset map, ``engine`` runs pages in parallel with a cache by pixels, ``pdf``
finds the scans in a PDF, writes the text layer and reads written pages back,
``verify`` checks outputs with OCR, failing closed, ``fuzzy`` matches OCR text.
Nothing heavy is imported here.
"""
