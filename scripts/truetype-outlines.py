"""Rewrites a subset font's CFF (cubic) outlines as TrueType (quadratic) ones, in place.

The app's atlas is rasterised by stb_truetype, which reads a TrueType glyph's box from its header
but runs a CFF glyph's whole charstring for its box and again for its shape: with TrueType outlines
the atlas builds in about two thirds of the time (issue #13). The curves are converted within
1/1000 em, far below a pixel at any size the app draws; advances and metrics are unchanged.
Usage: truetype-outlines.py FONT
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable


def main(path: str) -> None:
    font = TTFont(path)
    if "CFF " not in font:
        return
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    tolerance = font["head"].unitsPerEm / 1000
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        # CFF contours run counter-clockwise, TrueType's clockwise.
        glyphs[name].draw(Cu2QuPen(pen, max_err=tolerance, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    # A TrueType glyph's left side bearing must be its xMin, which the conversion may move by a unit
    # or two; renderers that position by hmtx would shift the glyph.
    hmtx = font["hmtx"]
    for name in order:
        glyph = glyf[name]
        glyph.recalcBounds(glyf)
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    # maxp version 1.0 carries TrueType's limits: no hinting programs here (the point, contour and
    # component counts are recomputed on save).
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    # No glyph names (post format 3): nothing reads them, and they cost 1 KB gzip per file.
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(path)


if __name__ == "__main__":
    main(sys.argv[1])
