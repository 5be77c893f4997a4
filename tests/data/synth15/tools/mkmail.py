"""Build an .eml file from headers and a UTF-8 body with a chosen transfer encoding.

    from mkmail import single, multipart
    single("r03.eml", headers, body, "quoted-printable")
"""
import base64, quopri


def enc(body, cte):
    b = body.encode("utf-8")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        s = base64.b64encode(b).decode("ascii")
        return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"
    return body  # 7bit / 8bit


def single(path, headers, body, cte="8bit", ctype="text/plain"):
    h = "".join(f"{k}: {v}\n" for k, v in headers)
    h += f"MIME-Version: 1.0\nContent-Type: {ctype}; charset=\"utf-8\"\nContent-Transfer-Encoding: {cte}\n\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(h + enc(body, cte))


def multipart(path, headers, parts, boundary, subtype="alternative", preamble=None):
    """parts: list of (ctype, cte, body) or (raw_headers_str, body) for custom parts."""
    h = "".join(f"{k}: {v}\n" for k, v in headers)
    h += f"MIME-Version: 1.0\nContent-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n"
    if preamble:
        h += preamble + "\n"
    for p in parts:
        h += f"--{boundary}\n"
        if len(p) == 2:
            h += p[0].rstrip("\n") + "\n\n" + p[1]
        else:
            ctype, cte, body = p
            h += f"Content-Type: {ctype}; charset=\"UTF-8\"\nContent-Transfer-Encoding: {cte}\n\n" + enc(body, cte)
        if not h.endswith("\n"):
            h += "\n"
        h += "\n"
    h += f"--{boundary}--\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(h)
