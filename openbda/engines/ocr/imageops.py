"""Pixel-level helpers shared by the OCR backends."""

from __future__ import annotations

import numpy as np

from openbda.engines.ocr.types import Image

ROTATIONS = (0, 90, 180, 270)


def turn(image: Image, rotation: int) -> Image:
    """The image turned clockwise by `rotation` degrees (a multiple of 90)."""
    if rotation % 360 == 0:
        return image
    # np.rot90 turns counter-clockwise; a contiguous copy keeps OpenCV and onnxruntime fast.
    return np.ascontiguousarray(np.rot90(image, k=-(rotation // 90)))


def to_rgb(image: Image) -> Image:
    if image.ndim == 2:
        return np.ascontiguousarray(np.repeat(image[:, :, None], 3, axis=2))
    if image.ndim == 3 and image.shape[2] == 3:
        return image
    raise ValueError(f"expected an RGB or grey image, got an array of shape {image.shape}")


def to_grey(image: Image) -> Image:
    if image.ndim == 2:
        return image
    rgb = to_rgb(image).astype(np.uint32)
    # ITU-R 601 luma, as Pillow's convert("L") computes it.
    grey = (rgb[:, :, 0] * 299 + rgb[:, :, 1] * 587 + rgb[:, :, 2] * 114 + 500) // 1000
    return grey.astype(np.uint8)


# A page where this share of the dark pixels stand alone (no dark neighbour) is speckled: dust
# and noise of a cheap scanner or fax. Clean print has almost none (every glyph pixel touches
# another; photographed receipts: median 0.4%, 90th percentile 2.6%); the text detector takes
# speckle for texture and loses small text in it (a ruled table's cells, measured).
SPECKLE_SHARE = 0.1
_DARK = 128


def despeckle(image: Image) -> Image:
    """The image with isolated dark dots removed (a 3x3 median) when it is speckled; otherwise
    the image itself, untouched."""
    import cv2  # the OCR extra's OpenCV; imported here like the engines' own models

    dark = (to_grey(image) < _DARK).astype(np.uint8)
    count = int(dark.sum())
    if count == 0:
        return image
    # Dark pixels in each 3x3 neighbourhood, the pixel itself included.
    neighbours = cv2.boxFilter(dark, cv2.CV_16U, (3, 3), normalize=False)
    alone = int(np.count_nonzero((neighbours == 1) & (dark == 1)))
    if alone < SPECKLE_SHARE * count:
        return image
    return np.ascontiguousarray(cv2.medianBlur(np.ascontiguousarray(image), 3))
