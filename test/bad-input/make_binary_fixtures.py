#!/usr/bin/env python3
"""Writes the byte-exact files of the bad-input corpus (wrong encodings, empty
files, files without a final newline, CRLF line ends), which a text editor
would not keep as they are. Run from anywhere:

    python3 test/bad-input/make_binary_fixtures.py

The other files of the corpus are plain UTF-8 text, written by hand.
Encodings come from Python's own codecs (gbk, gb18030, utf-16-le, utf-16-be),
independently of zonelink's decoder.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent

VALID_ZONES = (HERE / "valid-zones.csv").read_text(encoding="utf-8")

CITIES_GBK_ERRORS = """区划代码,名称,英文名称,省份,四大板块,省会城市,经度,纬度,人口@2020
440100,广州市,Guangzhou,广东,东部,是,113.26,23.13,18676605
440300,深圳市,Shenzhen,浙江,东部,否,114.05,22.54,17560061
310000,上海市,Shanghai,上海,西部,否,121.47,31.23,24870895
320100,南京市,Nanjing,江苏,东部,是,118.80,32.06,"9,314,685"
4403,错误代码,,,,,,,
830000,不存在的省,,,,,,,
"""

LINKAGES_GBK_ERRORS = """编号,起点,终点,联动模式,权重,开始年份,有向
l1,htz-gz,etdz-gz,产业链联动,"1,5",2015,否
l2,htz-gz,qianhai,跨区域联动,2,2019年,是
l3,pudong,440100,资源要素联动,1,2020,也许
l4,pudong,qianhai,资源要素,3,2021,是
"""

CITIES_GBK = """区划代码,名称,英文名称,省会城市
440100,广州市,Guangzhou,是
440300,深圳市,Shenzhen,否
"""

# U+4DAE (䶮) and U+3400 (㐀) are in CJK Extension A: GB18030 encodes them in
# four bytes, GBK cannot encode them at all.
CITIES_GB18030 = """区划代码,名称,英文名称,备注
440100,广州市,Guangzhou,刘䶮建南汉于此
440300,深圳市,Shenzhen,㐀字测试
"""

LINKAGES_BOM_CRLF = (
    "编号,起点,终点,联动模式,描述\r\n"
    "b1,htz-gz,etdz-gz,产业链联动,\"两行\r\n描述\"\r\n"
    "b2,htz-gz,qianhai,跨区域联动,普通\r\n"
)

DATASET_JSON = """{
  "metadata": { "name": "utf-16" },
  "nodes": [ { "kind": "city", "id": "440100", "name": { "zh": "广州市" } } ]
}
"""

DATASET_TRUNCATED = """{
  "metadata": { "name": "truncated" },
  "nodes": [
    { "kind": "city", "id": "440100", "name": { "zh": "广州市" } },
    { "kind": "city", "id": "440300", "name": { "zh": "深"""

LINKAGES_UNDECODABLE = (
    b"id,source,target,mode,description\n"
    b"l1,htz-gz,etdz-gz,industrial-chain,ok\n"
    b"l2,htz-gz,qianhai,cross-regional,caf\xff\n"
)


# Traditional Chinese in Big5 and Japanese in Shift-JIS: both also decode as
# GBK (into rare characters), so they must be recognised, not read as GBK.
CITIES_BIG5 = """id,name,name_en
810000,香港特別行政區,Hong Kong
820000,澳門特別行政區,Macao
"""

CITIES_SHIFT_JIS = """id,name,name_en
130000,東京都の人口,Tokyo
"""


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)
    print(f"{name}: {len(data)} bytes")


def main() -> None:
    # Wrong encodings.
    write("zones-utf16le.csv", b"\xff\xfe" + VALID_ZONES.encode("utf-16-le"))
    write("zones-utf16be-nobom.csv", VALID_ZONES.encode("utf-16-be"))
    write("zones-bom-then-gbk.csv", b"\xef\xbb\xbf" + VALID_ZONES.encode("gbk"))
    write("linkages-undecodable.csv", LINKAGES_UNDECODABLE)
    write("cities-gbk-read-as-utf8.csv", CITIES_GBK.encode("gbk"))
    write("dataset-utf16.json", b"\xff\xfe" + DATASET_JSON.encode("utf-16-le"))
    # GBK files with bad rows (Chinese headers).
    write("cities-gbk-errors.csv", CITIES_GBK_ERRORS.encode("gbk"))
    write("linkages-gbk-errors.csv", LINKAGES_GBK_ERRORS.encode("gbk"))
    # Empty and truncated files.
    write("zones-empty.csv", b"")
    write("linkages-whitespace-only.csv", b"\r\n  \n\t\n")
    write("dataset-empty.json", b"")
    write("dataset-truncated.json", DATASET_TRUNCATED.encode("utf-8"))
    # Valid files whose bytes matter: GB18030 four-byte characters; UTF-8 BOM with CRLF.
    write("cities-gb18030.csv", CITIES_GB18030.encode("gb18030"))
    write("cities-big5.csv", CITIES_BIG5.encode("big5"))
    write("cities-shift-jis.csv", CITIES_SHIFT_JIS.encode("shift_jis"))
    write("zones-utf32le.csv", b"\xff\xfe\x00\x00" + VALID_ZONES.encode("utf-32-le"))
    write("cities-utf8-forced-gbk.csv", CITIES_GBK.encode("utf-8"))
    write("linkages-bom-crlf.csv", b"\xef\xbb\xbf" + LINKAGES_BOM_CRLF.encode("utf-8"))


if __name__ == "__main__":
    main()
