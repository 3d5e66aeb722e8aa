#!/usr/bin/env python3
"""Packs the PNG sizes beside this script into icon.ico (Windows) and icon.icns (macOS), the icons jpackage
takes there. Both formats hold PNG data as it is, so nothing is redrawn. Run it after changing the PNGs."""
import pathlib
import struct

HERE = pathlib.Path(__file__).parent


def png(size):
    return (HERE / f"icon-{size}.png").read_bytes()


def ico(sizes):
    images = [png(size) for size in sizes]
    offset = 6 + 16 * len(images)
    header = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    for size, data in zip(sizes, images):
        side = 0 if size >= 256 else size  # 0 stands for 256 pixels
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns(types):
    body = b"".join(kind + struct.pack(">I", 8 + len(png(size))) + png(size) for kind, size in types)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


(HERE / "icon.ico").write_bytes(ico([16, 32, 48, 64, 128, 256]))
(HERE / "icon.icns").write_bytes(icns([(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
                                      (b"ic08", 256), (b"ic09", 512)]))
