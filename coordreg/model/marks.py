"""Marks of secrecy (độ mật) and urgency (độ khẩn) a document carries.

A regulation between security bodies, or one document made from it, may be
classified and urgent. The three levels of secrecy are those of the Law on the
Protection of State Secrets (Luật Bảo vệ bí mật nhà nước 2018, Điều 8): Mật, Tối
mật, Tuyệt mật; the three of urgency those of Nghị định 30/2020/NĐ-CP (Phụ lục I,
mục 10b): Khẩn, Thượng khẩn, Hỏa tốc. Both are printed in the heading, below the
number and symbol (Nghị định 30, Phụ lục I, ô 10a and 10b).

They are written as ASCII codes, so that the Vietnamese spelling of a value
(Hỏa / Hoả) cannot make two ways of saying the same mark:

    secrecy: toi-mat      # Mật: mat; Tối mật: toi-mat; Tuyệt mật: tuyet-mat
    urgency: thuong-khan  # Khẩn: khan; Thượng khẩn: thuong-khan; Hỏa tốc: hoa-toc
"""

from __future__ import annotations

from typing import Literal, get_args

Secrecy = Literal["mat", "toi-mat", "tuyet-mat"]
Urgency = Literal["khan", "thuong-khan", "hoa-toc"]
SECRECY_LEVELS: tuple[str, ...] = get_args(Secrecy)
URGENCY_LEVELS: tuple[str, ...] = get_args(Urgency)
