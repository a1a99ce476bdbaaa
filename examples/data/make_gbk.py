"""Writes the GBK-encoded CSV fixtures of examples/03-bring-your-own-csv.ipynb.

They stand in for the files a researcher exports from Excel on Chinese Windows:
GBK bytes, Chinese headers, Chinese category names. Every fact in them is copied
from the bundled China dataset (data/china/*.json): the 26 cities of the Yangtze
River Delta city cluster plus Suqian (host of the Suzhou–Suqian park), their
national HTZs, ETDZs and pilot FTZ, the Zhangjiang demonstration zone and the two
Suzhou Industrial Park co-built parks, and the linkages among them. Nothing is
invented; the bad file is the good one with deliberate mistakes.

Run from the repo root (standard library only; any Python 3):
    python3 examples/data/make_gbk.py
Output (committed): examples/data/yrd-cities-gbk.csv, yrd-zones-gbk.csv,
yrd-linkages-gbk.csv, yrd-zones-bad-gbk.csv.
"""
import csv
import io
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
DATA = ROOT / 'data' / 'china'

PROVINCE_ZH = {'shanghai': '上海', 'jiangsu': '江苏', 'zhejiang': '浙江', 'anhui': '安徽'}
REGION_ZH = {'east': '东部', 'central': '中部', 'west': '西部', 'northeast': '东北'}
CATEGORY_ZH = {'national-development-zone': '国家级开发区', 'customs-area-or-ftz': '海关特殊监管区域和自由贸易试验区', 'enclave-park': '飞地园区'}
SUBTYPE_ZH = {'htz': '高新区', 'etdz': '经开区', 'pilot-ftz': '自贸试验区', 'innovation-demonstration-zone': '自创区', 'cooperation-zone': '合作区'}
LEVEL_ZH = {'national': '国家级', 'provincial': '省级'}
MODE_ZH = {'resource-factor': '资源要素联动', 'industrial-chain': '产业链联动', 'cross-regional': '跨区域联动'}
ARRANGEMENT_ZH = {'co-built-park': '共建园区', 'joint-plan': '联合规划', 'branch-park': '分园'}
EXTRA_ZONES = ['idz-zhangjiang', 'coop-suzhou-suqian', 'coop-suzhou-nantong']


def load(name):
    with open(DATA / f'{name}.json', encoding='utf-8') as f:
        return json.load(f)


def write_gbk(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')  # Excel writes CRLF
    w.writerow(header)
    w.writerows(rows)
    (OUT / name).write_bytes(buf.getvalue().encode('gbk'))
    print(f'{name}: {len(rows)} rows')


def main():
    cities = {c['id']: c for c in load('cities')}
    zones = load('zones')
    linkages = load('linkages')

    city_ids = sorted(c['id'] for c in cities.values() if 'yangtze-river-delta' in c.get('cityClusters', []))
    city_ids.append('321300')  # Suqian, host of the Suzhou–Suqian Industrial Park
    city_rows = []
    for cid in city_ids:
        c = cities[cid]
        city_rows.append([cid, c['name']['zh'], c['name'].get('en', ''), PROVINCE_ZH[c['province']], REGION_ZH[c['region']],
                          '是' if c.get('provincialCapital') else '否', c['coordinates']['lon'], c['coordinates']['lat']])
    write_gbk('yrd-cities-gbk.csv', ['城市代码', '名称', '英文名', '省份', '四大板块', '省会', '经度', '纬度'], city_rows)

    chosen = set(city_ids)
    keep = [z for z in zones
            if (z.get('subtype') in ('htz', 'etdz', 'pilot-ftz') and set(z['hostCities']) <= chosen) or z['id'] in EXTRA_ZONES]
    zone_header = ['编号', '名称', '英文名', '类别', '子类', '级别', '批准年份', '所在城市代码']
    zone_rows = []
    for z in keep:
        zone_rows.append([z['id'], z['name']['zh'], z['name'].get('en', ''), CATEGORY_ZH[z['category']], SUBTYPE_ZH[z['subtype']],
                          LEVEL_ZH[z['level']], z.get('approved', '')[:4], '；'.join(z['hostCities'])])
    write_gbk('yrd-zones-gbk.csv', zone_header, zone_rows)

    ids = chosen | {z['id'] for z in keep}
    link_rows = []
    for l in linkages:
        if l['source'] in ids and l['target'] in ids:
            link_rows.append([l['id'], l['source'], l['target'], MODE_ZH[l['mode']], '是' if l.get('directed') else '否',
                              l.get('startYear', ''), ARRANGEMENT_ZH.get(l.get('arrangement'), '')])
    write_gbk('yrd-linkages-gbk.csv', ['联动编号', '起点', '终点', '联动模式', '有向', '开始年份', '合作形式'], link_rows)

    # The same zones with deliberate mistakes, one per kind, in different rows.
    bad = [list(r) for r in zone_rows[:8]]
    bad[1][3] = '国家级园区'        # unknown category
    bad[2][6] = '1992年'            # a year with a unit
    bad[3][7] = '32050'             # a 5-digit city code
    bad[4][0] = bad[0][0]           # duplicate id
    bad[5][1] = ''                  # missing name
    bad[6][5] = '国家'              # unknown level
    write_gbk('yrd-zones-bad-gbk.csv', zone_header, bad)


if __name__ == '__main__':
    main()
