"""Table detection on one page: from the PDF's drawing and words (`detect_tables`), or from a
scanned page's image and OCR words (`openbda.document.tables.image.detect_tables_in_image`,
which needs the OCR extra's numpy and OpenCV). Both return `Region`s for the assembler."""

from openbda.document.tables.detect import detect_tables

__all__ = ["detect_tables"]
