"""Documents: the typed representation (`model`) and the builders that produce it.

- `model`: Document -> Page -> Element -> Line -> Word, boxes normalised to the page.
- `sniff`: file type from magic bytes, in BDA's `file_type` vocabulary.
- `pdf`: the text-layer PDF builder (pypdfium2); `assemble` and `layout` turn positioned words
  into lines, blocks, sub-types and reading order for any builder.
- `errors`: `DocumentError`, an input the user must fix (the job ends as ClientError).
"""
