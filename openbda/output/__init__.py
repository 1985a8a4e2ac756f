"""BDA output renderers: pure functions from the typed representation to BDA's JSON.

- `standard`: the document standard output `result.json` of one segment.
- `representation`: per-element text / markdown / html / csv templates.
- `settings`: the project's document output configuration with BDA's defaults.
- `job_metadata`: `job_metadata.json`.
- `paths`: the S3 layout of a job's outputs.
- `jsonfmt`: BDA's one-line JSON encoding.
"""
