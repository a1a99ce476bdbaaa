#!/usr/bin/env python3
"""Build zonelink's bundled China dataset (data/china/*.json).

Usage (from the repository root):

    python3 scripts/dataset/build_china.py [--ref ../shared/reference-data]

Standard library only. Reads the reference tables in ../shared/reference-data
(see that folder's README for their upstream sources and licences) and the
hand-curated tables in this script, and writes

    data/china/metadata.json   the dataset's metadata (sources, coverage)
    data/china/cities.json     city nodes (kind 'city'; id = 6-digit code)
    data/china/zones.json      zone nodes (kind 'zone'; id = readable slug)
    data/china/linkages.json   linkages (id 'l-…')

Loader contract: { metadata, nodes: [...cities, ...zones], linkages } parses
with zonelink's DatasetSchema.

Rule for the hand tables: never invent a row. Where a zone's existence or year
is not certain it is left out (or its year is left out) and the gap is stated
in metadata.coverage and data/SOURCES.md.
"""

import argparse
import csv
import json
import os
import sys
from collections import OrderedDict

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'data', 'china')

AS_OF = '2024'

# --------------------------------------------------------------------------
# Citations (the source papers are cited by their titles; they are in Chinese; see docs/references.md)
# --------------------------------------------------------------------------
SEED_000 = '《区域发展重大战略功能平台的联动发展研究》'
SEED_002 = '《中心城市对接服务国家重大区域发展战略研究》'
SEED_004 = '《国家高新区引领区域协同发展的构想》'

CIT_CITY = ('codes, names: areacodes 2024 (CC0); centre: cpca/adcode (MIT, CC BY 4.0), GCJ-02→WGS84; '
            'groupings and clusters: see metadata.description and SOURCES.md')
CIT_SEZ = 'zh.wikipedia 经济特区 (CC BY-SA; snapshot chinapedia/wikipedia.zh.mediawiki)'
CIT_NNA = 'zh.wikipedia 国家级新区 (CC BY-SA; cites the gov.cn approvals)'
CIT_FTZ = 'zh.wikipedia 中国自由贸易试验区 table, as of 2020 (CC BY-SA)'
CIT_FTZ_XJ = '国务院《中国（新疆）自由贸易试验区总体方案》 (2023-10-31), as reported by people.cn 2023-11-02'
CIT_HTZ = 'zh.wikipedia 国家级高新技术产业开发区 (CC BY-SA; 156 zones as of 2018-03)'
CIT_HTZ_YEAR = {'1988': '; year: State Council approval of the Beijing new-technology industry development pilot zone (1988-05-10)',
                '1991': '; year: 国发〔1991〕12号 (1991-03-06), first batch of national HTZs',
                '1992': '; year: 国函〔1992〕169号 (1992-11-09), second batch (25 cities)',
                '1997': '; year: State Council approval of the Yangling agricultural hi-tech demonstration zone (1997)'}
# National HTZs approved after the 2018-03 list (verified against the State Council approvals).
# (zh, slug or None for the host-city default, host code, approved or None, citation)
HTZ_EXTRA = [
    ('荆州高新技术产业开发区', None, '421000', '2018-02', '国务院批复 (2018-02-28, published 2018-03-07), batch of 12'),
    ('黄石大冶湖高新技术产业开发区', 'huangshi-dayehu', '420200', '2018-02', '国务院批复 (2018-02-28, published 2018-03-07), batch of 12'),
    ('潜江高新技术产业开发区', 'qianjiang', '429005', '2018-02', '国函〔2018〕42号 (2018-02-28), batch of 12'),
    ('九江共青城高新技术产业开发区', 'jiujiang-gongqingcheng', '360400', '2018-02', '国务院批复 (2018-02-28, published 2018-03-07), batch of 12'),
    ('宜春丰城高新技术产业开发区', 'yichun-fengcheng', '360900', '2018-02', '国务院批复 (2018-02-28, published 2018-03-07), batch of 12'),
    ('湛江高新技术产业开发区', None, '440800', '2018-02', '国务院批复 (2018-02-28, published 2018-03-07), batch of 12'),
    ('茂名高新技术产业开发区', None, '440900', '2018-02', '国函〔2018〕44号 (2018-02-28), batch of 12'),
    ('荣昌高新技术产业开发区', 'rongchang', '500000', '2018-02', '国函〔2018〕47号 (2018-02-28), batch of 12'),
    ('永川高新技术产业开发区', 'yongchuan', '500000', '2018-02', '国函〔2018〕48号 (2018-02-28, published 2018-03-07), batch of 12'),
    ('楚雄高新技术产业开发区', 'chuxiong', '532300', '2018-02', '国函〔2018〕45号 (2018-02-28), batch of 12'),
    ('淮南高新技术产业开发区', None, '340400', '2018-02', '国务院批复 (2018-02-28, published 2018-03-07), batch of 12'),
    ('怀化高新技术产业开发区', None, '431200', '2018-02', '国务院批复 (2018-02-28, published 2018-03-07), batch of 12'),
    ('滁州高新技术产业开发区', None, '341100', '2022', '国务院批复 (2022-06), batch of 4 bringing the total to 173'),
    ('信阳高新技术产业开发区', None, '411500', '2022', '国函〔2022〕54号 (2022-06), batch of 4 bringing the total to 173'),
    ('克拉玛依高新技术产业开发区', None, '650200', '2022', '国务院批复 (2022-06), batch of 4 bringing the total to 173'),
    ('遵义高新技术产业开发区', None, '520300', '2022', '国务院批复 (2022-06), batch of 4 bringing the total to 173'),
    ('许昌高新技术产业开发区', None, '411000', '2022', '国函〔2022〕141号 (2022)'),
    ('苏州工业园区', 'suzhou-industrial-park', '320500', None,
     'counted among the 169 national HTZs of 2020 ("含苏州工业园"); also a national ETDZ (etdz-suzhou-industrial-park)'),
    ('宁乡高新技术产业开发区', 'ningxiang', '430100', None, '国务院批复 printed in 《国务院公报》 2023 no. 2 (approval date not recorded here)'),
]
CIT_ETDZ = 'zh.wikipedia 国家级经济技术开发区 (CC BY-SA; partial list)'
CIT_ETDZ_HAND = 'MOFCOM list of national ETDZs (中国开发区审核公告目录 2018), hand-curated'
CIT_BORDER = ('State Council approvals of the national border economic cooperation zones (14 in 1992; 吉木乃 2011; 临沧 2013, reported by '
              '第一财经 2013-10-16; 和龙 2015), hand-curated; cross-border zones: 国函〔2024〕40号 for Erenhot')
CIT_CBEC = {
    1: '国函〔2015〕44号 (State Council, 2015): 中国（杭州）跨境电子商务综合试验区',
    2: '国函〔2016〕17号 (State Council, 2016): 12 cities incl. 天津、上海、重庆',
    3: '国函〔2018〕93号 (State Council, 2018): 22 cities incl. 北京、呼和浩特',
    4: '国函〔2019〕137号 (State Council, 2019): 24 cities incl. 石家庄、太原',
    5: '国函〔2020〕47号 (State Council, 2020): 46 cities and areas incl. 雄安新区',
    6: '国函〔2022〕8号 (State Council, 2022): 27 cities and areas incl. 鄂尔多斯',
    7: '国函〔2022〕126号 (State Council, 2022): 33 cities and areas incl. 廊坊',
}

# --------------------------------------------------------------------------
# Provinces (GB/T 2260 two-digit code → zonelink province id)
# --------------------------------------------------------------------------
PROVINCE_ID = {
    '11': 'beijing', '12': 'tianjin', '13': 'hebei', '14': 'shanxi', '15': 'inner-mongolia',
    '21': 'liaoning', '22': 'jilin', '23': 'heilongjiang', '31': 'shanghai', '32': 'jiangsu',
    '33': 'zhejiang', '34': 'anhui', '35': 'fujian', '36': 'jiangxi', '37': 'shandong',
    '41': 'henan', '42': 'hubei', '43': 'hunan', '44': 'guangdong', '45': 'guangxi',
    '46': 'hainan', '50': 'chongqing', '51': 'sichuan', '52': 'guizhou', '53': 'yunnan',
    '54': 'tibet', '61': 'shaanxi', '62': 'gansu', '63': 'qinghai', '64': 'ningxia',
    '65': 'xinjiang', '71': 'taiwan', '81': 'hong-kong', '82': 'macao',
}
REGION_ID = {'East': 'east', 'Central': 'central', 'West': 'west', 'Northeast': 'northeast'}

# --------------------------------------------------------------------------
# English names of the 337 prefecture-level units (standard pinyin / official)
# "(X)" after a name disambiguates the id slug only; it is not part of the name.
# --------------------------------------------------------------------------
CITY_EN_TEXT = """
110000 Beijing|120000 Tianjin|130100 Shijiazhuang|130200 Tangshan|130300 Qinhuangdao|130400 Handan|130500 Xingtai
130600 Baoding|130700 Zhangjiakou|130800 Chengde|130900 Cangzhou|131000 Langfang|131100 Hengshui
140100 Taiyuan|140200 Datong|140300 Yangquan|140400 Changzhi|140500 Jincheng|140600 Shuozhou|140700 Jinzhong
140800 Yuncheng|140900 Xinzhou|141000 Linfen|141100 Lüliang
150100 Hohhot|150200 Baotou|150300 Wuhai|150400 Chifeng|150500 Tongliao|150600 Ordos|150700 Hulunbuir
150800 Bayannur|150900 Ulanqab|152200 Hinggan League|152500 Xilingol League|152900 Alxa League
210100 Shenyang|210200 Dalian|210300 Anshan|210400 Fushun|210500 Benxi|210600 Dandong|210700 Jinzhou
210800 Yingkou|210900 Fuxin|211000 Liaoyang|211100 Panjin|211200 Tieling|211300 Chaoyang|211400 Huludao
220100 Changchun|220200 Jilin|220300 Siping|220400 Liaoyuan|220500 Tonghua|220600 Baishan|220700 Songyuan
220800 Baicheng|222400 Yanbian Korean Autonomous Prefecture
230100 Harbin|230200 Qiqihar|230300 Jixi|230400 Hegang|230500 Shuangyashan|230600 Daqing|230700 Yichun (Heilongjiang)
230800 Jiamusi|230900 Qitaihe|231000 Mudanjiang|231100 Heihe|231200 Suihua|232700 Da Hinggan Ling Prefecture
310000 Shanghai
320100 Nanjing|320200 Wuxi|320300 Xuzhou|320400 Changzhou|320500 Suzhou (Jiangsu)|320600 Nantong|320700 Lianyungang
320800 Huai'an|320900 Yancheng|321000 Yangzhou|321100 Zhenjiang|321200 Taizhou (Jiangsu)|321300 Suqian
330100 Hangzhou|330200 Ningbo|330300 Wenzhou|330400 Jiaxing|330500 Huzhou|330600 Shaoxing|330700 Jinhua
330800 Quzhou|330900 Zhoushan|331000 Taizhou (Zhejiang)|331100 Lishui
340100 Hefei|340200 Wuhu|340300 Bengbu|340400 Huainan|340500 Ma'anshan|340600 Huaibei|340700 Tongling
340800 Anqing|341000 Huangshan|341100 Chuzhou|341200 Fuyang|341300 Suzhou (Anhui)|341500 Lu'an|341600 Bozhou
341700 Chizhou|341800 Xuancheng
350100 Fuzhou (Fujian)|350200 Xiamen|350300 Putian|350400 Sanming|350500 Quanzhou|350600 Zhangzhou|350700 Nanping
350800 Longyan|350900 Ningde
360100 Nanchang|360200 Jingdezhen|360300 Pingxiang|360400 Jiujiang|360500 Xinyu|360600 Yingtan|360700 Ganzhou
360800 Ji'an|360900 Yichun (Jiangxi)|361000 Fuzhou (Jiangxi)|361100 Shangrao
370100 Jinan|370200 Qingdao|370300 Zibo|370400 Zaozhuang|370500 Dongying|370600 Yantai|370700 Weifang
370800 Jining|370900 Tai'an|371000 Weihai|371100 Rizhao|371300 Linyi|371400 Dezhou|371500 Liaocheng
371600 Binzhou|371700 Heze
410100 Zhengzhou|410200 Kaifeng|410300 Luoyang|410400 Pingdingshan|410500 Anyang|410600 Hebi|410700 Xinxiang
410800 Jiaozuo|410900 Puyang|411000 Xuchang|411100 Luohe|411200 Sanmenxia|411300 Nanyang|411400 Shangqiu
411500 Xinyang|411600 Zhoukou|411700 Zhumadian
420100 Wuhan|420200 Huangshi|420300 Shiyan|420500 Yichang|420600 Xiangyang|420700 Ezhou|420800 Jingmen
420900 Xiaogan|421000 Jingzhou|421100 Huanggang|421200 Xianning|421300 Suizhou|422800 Enshi Tujia and Miao Autonomous Prefecture
430100 Changsha|430200 Zhuzhou|430300 Xiangtan|430400 Hengyang|430500 Shaoyang|430600 Yueyang|430700 Changde
430800 Zhangjiajie|430900 Yiyang|431000 Chenzhou|431100 Yongzhou|431200 Huaihua|431300 Loudi
433100 Xiangxi Tujia and Miao Autonomous Prefecture
440100 Guangzhou|440200 Shaoguan|440300 Shenzhen|440400 Zhuhai|440500 Shantou|440600 Foshan|440700 Jiangmen
440800 Zhanjiang|440900 Maoming|441200 Zhaoqing|441300 Huizhou|441400 Meizhou|441500 Shanwei|441600 Heyuan
441700 Yangjiang|441800 Qingyuan|441900 Dongguan|442000 Zhongshan|445100 Chaozhou|445200 Jieyang|445300 Yunfu
450100 Nanning|450200 Liuzhou|450300 Guilin|450400 Wuzhou|450500 Beihai|450600 Fangchenggang|450700 Qinzhou
450800 Guigang|450900 Yulin (Guangxi)|451000 Baise|451100 Hezhou|451200 Hechi|451300 Laibin|451400 Chongzuo
460100 Haikou|460200 Sanya|460300 Sansha|460400 Danzhou
500000 Chongqing
510100 Chengdu|510300 Zigong|510400 Panzhihua|510500 Luzhou|510600 Deyang|510700 Mianyang|510800 Guangyuan
510900 Suining|511000 Neijiang|511100 Leshan|511300 Nanchong|511400 Meishan|511500 Yibin|511600 Guang'an
511700 Dazhou|511800 Ya'an|511900 Bazhong|512000 Ziyang|513200 Ngawa Tibetan and Qiang Autonomous Prefecture
513300 Garzê Tibetan Autonomous Prefecture|513400 Liangshan Yi Autonomous Prefecture
520100 Guiyang|520200 Liupanshui|520300 Zunyi|520400 Anshun|520500 Bijie|520600 Tongren
522300 Qianxinan Buyei and Miao Autonomous Prefecture|522600 Qiandongnan Miao and Dong Autonomous Prefecture
522700 Qiannan Buyei and Miao Autonomous Prefecture
530100 Kunming|530300 Qujing|530400 Yuxi|530500 Baoshan|530600 Zhaotong|530700 Lijiang|530800 Pu'er
530900 Lincang|532300 Chuxiong Yi Autonomous Prefecture|532500 Honghe Hani and Yi Autonomous Prefecture
532600 Wenshan Zhuang and Miao Autonomous Prefecture|532800 Xishuangbanna Dai Autonomous Prefecture
532900 Dali Bai Autonomous Prefecture|533100 Dehong Dai and Jingpo Autonomous Prefecture
533300 Nujiang Lisu Autonomous Prefecture|533400 Dêqên Tibetan Autonomous Prefecture
540100 Lhasa|540200 Shigatse|540300 Chamdo|540400 Nyingchi|540500 Shannan|540600 Nagqu|542500 Ngari Prefecture
610100 Xi'an|610200 Tongchuan|610300 Baoji|610400 Xianyang|610500 Weinan|610600 Yan'an|610700 Hanzhong
610800 Yulin (Shaanxi)|610900 Ankang|611000 Shangluo
620100 Lanzhou|620200 Jiayuguan|620300 Jinchang|620400 Baiyin|620500 Tianshui|620600 Wuwei|620700 Zhangye
620800 Pingliang|620900 Jiuquan|621000 Qingyang|621100 Dingxi|621200 Longnan|622900 Linxia Hui Autonomous Prefecture
623000 Gannan Tibetan Autonomous Prefecture
630100 Xining|630200 Haidong|632200 Haibei Tibetan Autonomous Prefecture|632300 Huangnan Tibetan Autonomous Prefecture
632500 Hainan Tibetan Autonomous Prefecture|632600 Golog Tibetan Autonomous Prefecture|632700 Yushu Tibetan Autonomous Prefecture
632800 Haixi Mongol and Tibetan Autonomous Prefecture
640100 Yinchuan|640200 Shizuishan|640300 Wuzhong|640400 Guyuan|640500 Zhongwei
650100 Urumqi|650200 Karamay|650400 Turpan|650500 Hami|652300 Changji Hui Autonomous Prefecture
652700 Bortala Mongol Autonomous Prefecture|652800 Bayingolin Mongol Autonomous Prefecture|652900 Aksu Prefecture
653000 Kizilsu Kyrgyz Autonomous Prefecture|653100 Kashgar Prefecture|653200 Hotan Prefecture
654000 Ili Kazakh Autonomous Prefecture|654200 Tacheng Prefecture|654300 Altay Prefecture
"""

# Extra city nodes outside the 337: SARs (linkage ends) and province-administered
# county-level cities that host national zones. Coordinates: ECharts 4 label points
# (precision 'approximate').
EXTRA_CITIES = [
    # code, zh, en, level, note
    ('810000', '香港特别行政区', 'Hong Kong', 'special-administrative-region', 'Greater Bay Area member; linkage end of the Nansha cases (《中心城市对接服务国家重大区域发展战略研究》).'),
    ('820000', '澳门特别行政区', 'Macao', 'special-administrative-region', 'Greater Bay Area member; linkage end of the Nansha cases (《中心城市对接服务国家重大区域发展战略研究》).'),
    ('429004', '仙桃市', 'Xiantao', 'county-level-city', 'Province-administered county-level city (Hubei); hosts the national Xiantao HTZ.'),
    ('429005', '潜江市', 'Qianjiang', 'county-level-city', 'Province-administered county-level city (Hubei); hosts the national Qianjiang HTZ.'),
    ('659001', '石河子市', 'Shihezi', 'county-level-city', 'XPCC city administered by Xinjiang; hosts a national HTZ and ETDZ.'),
    ('659002', '阿拉尔市', 'Aral', 'county-level-city', 'XPCC city administered by Xinjiang; hosts a national ETDZ.'),
    ('659004', '五家渠市', 'Wujiaqu', 'county-level-city', 'XPCC city administered by Xinjiang; hosts a national ETDZ.'),
]

NATIONAL_CENTRAL_CITIES = ['110000', '120000', '310000', '440100', '500000', '510100', '420100', '410100', '610100']
PROVINCIAL_CAPITALS = ['130100', '140100', '150100', '210100', '220100', '230100', '320100', '330100', '340100',
                       '350100', '360100', '370100', '410100', '420100', '430100', '440100', '450100', '460100',
                       '510100', '520100', '530100', '540100', '610100', '620100', '630100', '640100', '650100']

# City clusters (城市群) with a documented membership (whole or partial prefectures named
# by the cluster plan). Clusters without a national or provincial plan listing cities are
# absent here (see coverage).
CLUSTERS = OrderedDict([
    ('jing-jin-ji', ('京津冀城市群', 'ref:jingjinji', 'Jing-Jin-Ji: the 13 cities of the 2015 coordinated development outline (reference flag)')),
    ('yangtze-river-delta', ('长江三角洲城市群', ['310000', '320100', '320200', '320400', '320500', '320600', '320900', '321000',
                                                 '321100', '321200', '330100', '330200', '330400', '330500', '330600', '330700',
                                                 '330900', '331000', '340100', '340200', '340500', '340700', '340800', '341100',
                                                 '341700', '341800'],
                             '长江三角洲城市群发展规划 (NDRC/MOHURD, 2016): 26 cities')),
    ('pearl-river-delta', ('珠江三角洲城市群', 'ref:gba', 'Pearl River Delta / Greater Bay Area: 9 mainland cities of the 2019 GBA outline plus Hong Kong and Macao')),
    ('chengdu-chongqing', ('成渝城市群', 'ref:chengyu', '成渝城市群发展规划 (2016) / 成渝地区双城经济圈建设规划纲要 (2021): Chongqing and 15 Sichuan cities (some partly)')),
    ('middle-yangtze', ('长江中游城市群', ['420100', '420200', '420700', '421100', '420900', '421200', '420600', '420500', '421000',
                                          '420800', '429004', '429005', '430100', '430200', '430300', '430600', '430900', '430700', '430400',
                                          '431300', '360100', '360400', '360200', '360600', '360500', '360900', '360300', '361100',
                                          '361000', '360800'],
                        '长江中游城市群发展规划 (2015): Wuhan, Changsha–Zhuzhou–Xiangtan and Poyang Lake city groups (Fuzhou and Ji\'an partly); Tianmen is county-level and not a node')),
    ('shandong-peninsula', ('山东半岛城市群', [c for c in ['370100', '370200', '370300', '370400', '370500', '370600', '370700',
                                                          '370800', '370900', '371000', '371100', '371300', '371400', '371500',
                                                          '371600', '371700']],
                            '山东半岛城市群发展规划 (2017): all prefecture-level cities of Shandong (Laiwu merged into Jinan in 2019)')),
    ('central-plains', ('中原城市群', ['410100', '410200', '410300', '410400', '410500', '410600', '410700', '410800', '410900',
                                      '411000', '411100', '411200', '411300', '411400', '411500', '411600', '411700', '130400',
                                      '130500', '140400', '140500', '140800', '340300', '340600', '341200', '341300', '341600',
                                      '371500', '371700'],
                        '中原城市群发展规划 (2016): 30 cities in 5 provinces (Jiyuan is county-level and not a node)')),
    ('guanzhong-plain', ('关中平原城市群', ['610100', '610300', '610400', '610200', '610500', '611000', '140800', '141000',
                                           '620500', '620800', '621000'],
                         '关中平原城市群发展规划 (2018): Shaanxi, Shanxi and Gansu cities (Shangluo, Linfen, Pingliang, Qingyang partly; Yangling is county-level)')),
    ('beibu-gulf', ('北部湾城市群', ['450100', '450500', '450700', '450600', '450900', '451400', '440800', '440900', '441700',
                                    '460100', '460400'],
                    '北部湾城市群发展规划 (2017): Guangxi, Guangdong and Hainan cities (Hainan county-level units are not nodes)')),
    ('harbin-changchun', ('哈长城市群', ['230100', '230600', '230200', '231200', '231000', '220100', '220200', '220300',
                                        '220400', '220700', '222400'],
                          '哈长城市群发展规划 (2016): 11 cities and prefectures')),
    ('hohhot-baotou-ordos-yulin', ('呼包鄂榆城市群', ['150100', '150200', '150600', '610800'], '呼包鄂榆城市群发展规划 (2018): 4 cities')),
    ('lanzhou-xining', ('兰州－西宁城市群', ['620100', '620400', '621100', '622900', '630100', '630200', '632200', '632300',
                                            '632500', '632800'],
                        '兰州－西宁城市群发展规划 (2018): Lanzhou, Xining, Haidong and parts of 7 other prefectures')),
    ('central-yunnan', ('滇中城市群', ['530100', '530300', '530400', '532300', '532500'],
                        '滇中城市群发展规划 (2020): Kunming, Qujing, Yuxi, Chuxiong and 7 northern counties of Honghe')),
    ('central-shanxi', ('山西中部城市群', ['140100', '140700', '140900', '141100', '140300'],
                        '山西中部城市群高质量发展规划 (2022): Taiyuan, Jinzhong, Xinzhou, Lüliang, Yangquan')),
    ('ningxia-yellow-river', ('宁夏沿黄城市群', ['640100', '640200', '640300', '640500'],
                              'Ningxia along-the-Yellow-River cluster: Yinchuan, Shizuishan, Wuzhong, Zhongwei')),
])
CLUSTERS_WITHOUT_MEMBERSHIP = ['粤闽浙沿海 (guangdong-fujian-zhejiang-coast)', '辽中南 (central-south-liaoning)',
                               '黔中 (central-guizhou)', '天山北坡 (tianshan-north-slope)']

# --------------------------------------------------------------------------
# Zone tables
# --------------------------------------------------------------------------
SEZ_SLUG = {'深圳经济特区': 'shenzhen', '珠海经济特区': 'zhuhai', '汕头经济特区': 'shantou', '厦门经济特区': 'xiamen',
            '海南经济特区': 'hainan', '喀什经济开发区': 'kashgar', '霍尔果斯经济开发区': 'horgos'}
HAINAN_ALL = ['460100', '460200', '460300', '460400']
HAINAN_ISLAND = ['460100', '460200', '460400']

NNA_SLUG = {1: 'pudong', 2: 'binhai', 3: 'liangjiang', 4: 'zhoushan', 5: 'lanzhou', 6: 'nansha', 7: 'xixian', 8: 'guian',
            9: 'qingdao-west-coast', 10: 'jinpu', 11: 'tianfu', 12: 'xiangjiang', 13: 'jiangbei', 14: 'fuzhou',
            15: 'dianzhong', 16: 'harbin', 17: 'changchun', 18: 'ganjiang', 19: 'xiongan'}

FTZ_SLUG_BY_PROVINCE = {'上海市': 'shanghai', '天津市': 'tianjin', '福建省': 'fujian', '广东省': 'guangdong',
                        '辽宁省': 'liaoning', '浙江省': 'zhejiang', '湖北省': 'hubei', '河南省': 'henan',
                        '重庆市': 'chongqing', '四川省': 'sichuan', '陕西省': 'shaanxi', '海南省': 'hainan',
                        '山东省': 'shandong', '江苏省': 'jiangsu', '广西壮族自治区': 'guangxi', '河北省': 'hebei',
                        '云南省': 'yunnan', '黑龙江省': 'heilongjiang', '北京市': 'beijing', '湖南省': 'hunan',
                        '安徽省': 'anhui', '新疆维吾尔自治区': 'xinjiang'}
FTZ_EN = {'shanghai': 'Shanghai', 'tianjin': 'Tianjin', 'fujian': 'Fujian', 'guangdong': 'Guangdong', 'liaoning': 'Liaoning',
          'zhejiang': 'Zhejiang', 'hubei': 'Hubei', 'henan': 'Henan', 'chongqing': 'Chongqing', 'sichuan': 'Sichuan',
          'shaanxi': 'Shaanxi', 'hainan': 'Hainan', 'shandong': 'Shandong', 'jiangsu': 'Jiangsu', 'guangxi': 'Guangxi',
          'hebei': 'Hebei', 'yunnan': 'Yunnan', 'heilongjiang': 'Heilongjiang', 'beijing': 'Beijing', 'hunan': 'Hunan',
          'anhui': 'Anhui', 'xinjiang': 'Xinjiang'}
# Batches of FTZ designation as usually counted (2013, 2015, 2017, 2018, 2019, 2020, 2023);
# the reference table numbers Lingang (2019-07) as a batch of its own.
FTZ_BATCH = {'shanghai': 1, 'tianjin': 2, 'fujian': 2, 'guangdong': 2, 'liaoning': 3, 'zhejiang': 3, 'hubei': 3, 'henan': 3,
             'chongqing': 3, 'sichuan': 3, 'shaanxi': 3, 'hainan': 4, 'shandong': 5, 'jiangsu': 5, 'guangxi': 5, 'hebei': 5,
             'yunnan': 5, 'heilongjiang': 5, 'beijing': 6, 'hunan': 6, 'anhui': 6, 'xinjiang': 7}
FTZ_AREA_SLUG = {
    '上海外高桥保税区': ('waigaoqiao-bonded-zone', 'Waigaoqiao Bonded Zone'),
    '上海外高桥保税物流园区': ('waigaoqiao-bonded-logistics-park', 'Waigaoqiao Bonded Logistics Park'),
    '洋山保税港区': ('yangshan-bonded-port-area', 'Yangshan Bonded Port Area'),
    '上海浦东机场综合保税区': ('pudong-airport-comprehensive-bonded-zone', 'Pudong Airport Comprehensive Bonded Zone'),
    '天津港片区': ('tianjin-port', 'Tianjin Port Area'), '天津机场片区': ('tianjin-airport', 'Tianjin Airport Area'),
    '滨海新区中心商务片区': ('binhai-cbd', 'Binhai New Area Central Business Area'),
    '平潭片区': ('pingtan', 'Pingtan Area'), '厦门片区': ('xiamen', 'Xiamen Area'), '福州片区': ('fuzhou', 'Fuzhou Area'),
    '广州南沙新区片区': ('nansha', 'Guangzhou Nansha New Area Area'),
    '深圳前海蛇口片区': ('qianhai-shekou', 'Shenzhen Qianhai–Shekou Area'),
    '珠海横琴新区片区': ('hengqin', 'Zhuhai Hengqin New Area Area'),
    '陆家嘴金融片区': ('lujiazui', 'Lujiazui Financial Area'), '金桥开发片区': ('jinqiao', 'Jinqiao Development Area'),
    '张江高科技片区': ('zhangjiang', 'Zhangjiang High-Tech Area'),
    '沈阳片区': ('shenyang', 'Shenyang Area'), '大连片区': ('dalian', 'Dalian Area'), '营口片区': ('yingkou', 'Yingkou Area'),
    '舟山离岛片区': ('zhoushan-outlying-islands', 'Zhoushan Outlying Islands Area'),
    '舟山岛北部片区': ('zhoushan-north', 'Northern Zhoushan Island Area'),
    '舟山岛南部片区': ('zhoushan-south', 'Southern Zhoushan Island Area'),
    '武汉片区': ('wuhan', 'Wuhan Area'), '宜昌片区': ('yichang', 'Yichang Area'), '襄阳片区': ('xiangyang', 'Xiangyang Area'),
    '郑州片区': ('zhengzhou', 'Zhengzhou Area'), '洛阳片区': ('luoyang', 'Luoyang Area'), '开封片区': ('kaifeng', 'Kaifeng Area'),
    '两江片区': ('liangjiang', 'Liangjiang Area'), '西永片区': ('xiyong', 'Xiyong Area'), '果园港片区': ('guoyuan-port', 'Guoyuan Port Area'),
    '成都天府新区片区': ('tianfu', 'Chengdu Tianfu New Area Area'),
    '成都青白江铁路港片区': ('qingbaijiang-railway-port', 'Chengdu Qingbaijiang Railway Port Area'),
    '川南临港片区': ('chuannan-port', 'Southern Sichuan Port Area'),
    '西安中心片区': ('xian-centre', "Xi'an Central Area"), '西安国际港务区片区': ('xian-international-port', "Xi'an International Port Area"),
    '杨凌示范区片区': ('yangling', 'Yangling Demonstration Zone Area'),
    '海南岛全岛': ('hainan-island', 'Hainan Island (whole island)'),
    '临港新片区': ('lingang', 'Lingang New Area'),
    '济南片区': ('jinan', 'Jinan Area'), '青岛片区': ('qingdao', 'Qingdao Area'), '烟台片区': ('yantai', 'Yantai Area'),
    '南京片区': ('nanjing', 'Nanjing Area'), '苏州片区': ('suzhou', 'Suzhou Area'), '连云港片区': ('lianyungang', 'Lianyungang Area'),
    '南宁片区': ('nanning', 'Nanning Area'), '钦州港片区': ('qinzhou-port', 'Qinzhou Port Area'), '崇左片区': ('chongzuo', 'Chongzuo Area'),
    '雄安片区': ('xiongan', "Xiong'an Area"), '正定片区': ('zhengding', 'Zhengding Area'), '曹妃甸片区': ('caofeidian', 'Caofeidian Area'),
    '大兴机场片区': ('daxing-airport', 'Daxing Airport Area'),
    '昆明片区': ('kunming', 'Kunming Area'), '红河片区': ('honghe', 'Honghe Area'), '德宏片区': ('dehong', 'Dehong Area'),
    '哈尔滨片区': ('harbin', 'Harbin Area'), '黑河片区': ('heihe', 'Heihe Area'), '绥芬河片区': ('suifenhe', 'Suifenhe Area'),
    '科技创新片区': ('technology-innovation', 'Technology Innovation Area'),
    '国际商务服务片区': ('international-business-services', 'International Business Services Area'),
    '高端产业片区': ('high-end-industry', 'High-End Industry Area'),
    '长沙片区': ('changsha', 'Changsha Area'), '岳阳片区': ('yueyang', 'Yueyang Area'), '郴州片区': ('chenzhou', 'Chenzhou Area'),
    '合肥片区': ('hefei', 'Hefei Area'), '芜湖片区': ('wuhu', 'Wuhu Area'), '蚌埠片区': ('bengbu', 'Bengbu Area'),
    '杭州片区': ('hangzhou', 'Hangzhou Area'), '宁波片区': ('ningbo', 'Ningbo Area'), '金义片区': ('jinyi', 'Jinhua–Yiwu Area'),
    '乌鲁木齐片区': ('urumqi', 'Urumqi Area'), '喀什片区': ('kashgar', 'Kashgar Area'), '霍尔果斯片区': ('horgos', 'Horgos Area'),
}
# Customs special supervision areas that are areas of the Shanghai FTZ (their customs subtype).
FTZ_AREA_CUSTOMS_KIND = {
    '上海外高桥保税区': 'bonded zone 保税区', '上海外高桥保税物流园区': 'bonded logistics park 保税物流园区',
    '洋山保税港区': 'bonded port area 保税港区', '上海浦东机场综合保税区': 'comprehensive bonded zone 综合保税区',
}

# HTZ ids where the name is not "<host city>高新技术产业开发区"; and the deliberate corrections.
HTZ_SLUG = {
    '中关村科技园区': 'zhongguancun', '天津滨海高新技术产业开发区': 'tianjin-binhai', '燕郊高新技术产业开发区': 'yanjiao',
    '包头稀土高新技术产业开发区': 'baotou-rare-earth', '呼和浩特金山高新技术产业开发区': 'hohhot-jinshan',
    '大连高新技术产业园区': 'dalian', '长春净月高新技术产业开发区': 'changchun-jingyue', '延吉高新技术产业开发区': 'yanji',
    '通化医药高新技术产业开发区': 'tonghua-pharmaceutical', '上海张江高新技术产业开发区': 'zhangjiang',
    '上海紫竹高新技术产业开发区': 'shanghai-zizhu', '泰州医药高新技术产业开发区': 'taizhou-pharmaceutical',
    '昆山高新技术产业开发区': 'kunshan', '江阴高新技术产业开发区': 'jiangyin', '武进高新技术产业开发区': 'wujin',
    '常熟高新技术产业开发区': 'changshu', '萧山临江高新技术产业开发区': 'xiaoshan-linjiang',
    '嘉兴秀洲高新技术产业开发区': 'jiaxing-xiuzhou', '湖州莫干山高新技术产业开发区': 'huzhou-moganshan',
    '马鞍山慈湖高新技术产业开发区': 'maanshan-cihu', '铜陵狮子山高新技术产业开发区': 'tongling-shizishan',
    '厦门火炬高技术产业开发区': 'xiamen-torch', '威海火炬高技术产业开发区': 'weihai-torch', '莱芜高新技术产业开发区': 'laiwu',
    '黄河三角洲农业高新技术产业示范区': 'yellow-river-delta-agricultural', '武汉东湖新技术开发区': 'wuhan-donghu',
    '深圳市高新技术产业园区': 'shenzhen', '中山火炬高技术产业开发区': 'zhongshan-torch',
    '惠州仲恺高新技术产业开发区': 'huizhou-zhongkai', '东莞松山湖高新技术产业开发区': 'dongguan-songshan-lake',
    '源城高新技术产业开发区': 'heyuan', '璧山高新技术产业开发区': 'bishan',
    '攀枝花钒钛高新技术产业开发区': 'panzhihua-vanadium-titanium', '杨凌农业高新技术产业示范区': 'yangling',
    '青海高新技术产业开发区': 'qinghai', '新疆生产建设兵团石河子高新技术产业开发区': 'shihezi',
    '仙桃高新技术产业开发区': 'xiantao', '昌吉高新技术产业开发区': 'changji',
}
HTZ_NAME_FIX = {'源城高新技术产业开发区': ('河源高新技术产业开发区',
                                         'zh.wikipedia spells it 源城 (the district); the official name is 河源高新技术产业开发区')}
# Approval years known with certainty: Zhongguancun (1988, as the Beijing new technology industry
# development pilot zone), the first national batch (1991, 26 zones), the second batch (1992, 25 zones),
# Yangling (1997).
HTZ_YEAR = {'zhongguancun': '1988', 'yangling': '1997'}
for _slug in ['wuhan-donghu', 'nanjing', 'shenyang', 'tianjin-binhai', 'xian', 'chengdu', 'weihai-torch', 'zhongshan-torch',
              'changchun', 'harbin', 'changsha', 'fuzhou-fujian', 'guangzhou', 'hefei', 'chongqing', 'hangzhou', 'guilin',
              'zhengzhou', 'lanzhou', 'shijiazhuang', 'jinan', 'zhangjiang', 'dalian', 'shenzhen', 'xiamen-torch', 'haikou']:
    HTZ_YEAR[_slug] = '1991'
for _slug in ['suzhou-jiangsu', 'wuxi', 'changzhou', 'foshan', 'huizhou-zhongkai', 'zhuhai', 'qingdao', 'weifang', 'zibo',
              'kunming', 'guiyang', 'nanchang', 'taiyuan', 'nanning', 'urumqi', 'baotou-rare-earth', 'xiangyang', 'zhuzhou',
              'luoyang', 'daqing', 'baoji', 'jilin', 'mianyang', 'baoding', 'anshan']:
    HTZ_YEAR[_slug] = '1992'
# Upgrades of 1993–2017 whose date was found in a source read for this dataset (slug → date); each record's
# citation names the source. The other upgrades of 1993–2017 carry no date.
CIT_HTZ_2009 = ('; date: 国务院 approval of 2009-03 (Xiangtan and Taizhou), after the zh.wikipedia page\'s external link '
                '"(2009年3月)国务院新批湘潭、泰州两家国家高新区" (中国高新技术产业导报, 2009-03-30)')
CIT_HTZ_2015 = ('; date: 国务院 approvals of 2015-02-05, first batch of 14 of 2015 (named: Changzhi, Jinzhou, Lianyungang; '
                'Lianyungang 国函〔2015〕25号), as reported by 山西日报 (2015-03-31) and reposted at bdf.6860415.cn/66a1c/42307.html')
CIT_HTZ_2017 = ('; date: 国务院 approval of 2017-02-13 of 10 provincial HTZs (Ordos, Suqian, Huai\'an, Tongling Shizishan, Xianning, '
                'Huanggang, Changde, Shantou, Neijiang, Anshun; total 156), chronicle of the national HTZs (kjxc518.com/gxq30/dsj)')
HTZ_DATED = {'xiangtan': ('2009-03', CIT_HTZ_2009), 'taizhou-pharmaceutical': ('2009-03', CIT_HTZ_2009)}
for _slug in ['changzhi', 'jinzhou', 'lianyungang']:
    HTZ_DATED[_slug] = ('2015-02', CIT_HTZ_2015)
for _slug in ['ordos', 'suqian', 'huaian', 'tongling-shizishan', 'xianning', 'huanggang', 'changde', 'shantou', 'neijiang', 'anshun']:
    HTZ_DATED[_slug] = ('2017-02', CIT_HTZ_2017)

ETDZ_SLUG = {
    '虹桥经济技术开发区': 'shanghai-hongqiao', '闵行经济技术开发区': 'shanghai-minhang', '漕河泾经济技术开发区': 'shanghai-caohejing',
    '厦门海沧台商投资区': 'xiamen-haicang', '上海金桥出口加工区': 'shanghai-jinqiao', '洋浦经济开发区': 'yangpu',
    '昆山经济技术开发区': 'kunshan', '福清融侨经济技术开发区': 'fuqing-rongqiao', '惠州大亚湾经济技术开发区': 'huizhou-dayawan',
    '宁波大榭开发区': 'ningbo-daxie', '东山经济技术开发区': 'dongshan', '萧山经济技术开发区': 'xiaoshan',
    '广州南沙经济技术开发区': 'guangzhou-nansha', '石河子经济技术开发区': 'shihezi', '常熟经济技术开发区': 'changshu',
    '海林经济技术开发区': 'hailin', '江宁经济技术开发区': 'jiangning', '吴江经济技术开发区': 'wujiang',
    '井冈山经济技术开发区': 'jinggangshan', '大连长兴岛经济技术开发区': 'dalian-changxing-island',
    '绍兴袍江经济技术开发区': 'shaoxing-paojiang', '潍坊滨海经济技术开发区': 'weifang-binhai', '增城经济技术开发区': 'zengcheng',
    '漳州招商局经济技术开发区': 'zhangzhou-china-merchants', '宾西经济技术开发区': 'binxi', '万州经济技术开发区': 'wanzhou',
    '长兴经济技术开发区': 'changxing', '沧州临港经济技术开发区': 'cangzhou-lingang', '长寿经济技术开发区': 'changshou',
    '宁乡经济技术开发区': 'ningxiang', '钦州港经济技术开发区': 'qinzhou-port', '陕西航空经济技术开发区': 'shaanxi-aviation',
    '四平红嘴经济技术开发区': 'siping-hongzui', '武汉临空港经济技术开发区': 'wuhan-airport', '邹平经济技术开发区': 'zouping',
    '宁波石化经济技术开发区': 'ningbo-petrochemical', '武清经济技术开发区': 'wuqing', '西青经济技术开发区': 'xiqing',
    '长春西新经济技术开发区': 'changchun-automotive', '哈尔滨利民经济技术开发区': 'harbin-limin', '库尔勒经济技术开发区': 'korla',
    '嘉善经济技术开发区': 'jiashan', '太仓港经济技术开发区': 'taicang-port', '锡山经济技术开发区': 'xishan',
    '奎屯-独山子经济技术开发区': 'kuitun-dushanzi', '张家港经济技术开发区': 'zhangjiagang', '湘潭九华经济技术开发区': 'xiangtan-jiuhua',
    '招远经济技术开发区': 'zhaoyuan', '泉州台商投资区': 'quanzhou-taiwanese-investment',
    '漳州台商投资区': 'zhangzhou-taiwanese-investment', '浏阳经济技术开发区': 'liuyang', '义乌经济技术开发区': 'yiwu',
    '德州经济开发区': 'dezhou', '海安经济技术开发区': 'haian', '余杭经济技术开发区': 'yuhang', '阿拉尔经济技术开发区': 'aral',
    '鄂州葛店经济技术开发区': 'ezhou-gedian', '五家渠经济技术开发区': 'wujiaqu', '富阳经济技术开发区': 'fuyang',
    '绍兴柯桥经济开发区': 'shaoxing-keqiao', '胶州经济技术开发区': 'jiaozhou', '唐山曹妃甸经济技术开发区': 'tangshan-caofeidian',
    '辽东湾新区': 'liaodongwan', '天津北辰经济开发区': 'tianjin-beichen', '沭阳经济技术开发区': 'shuyang',
    '天津东丽经济开发区': 'tianjin-dongli', '宁波杭州湾经济技术开发区': 'ningbo-hangzhou-bay', '望城经济技术开发区': 'wangcheng',
    '大理经济技术开发区': 'dali',
}
# Deliberate corrections of the zh.wikipedia ETDZ list (name → (new name, new date, reason)).
ETDZ_FIX = {
    '长春西新经济技术开发区': ('长春汽车经济技术开发区', '2010-12',
                       'zh.wikipedia 长春汽车经济技术开发区 (snapshot chinapedia/wikipedia.zh.mediawiki 长/长春汽车经济技术开发区.wikitext): '
                       'approved by the State Council 2010-12-30 as 长春西新经济技术开发区 (unveiled 2011-01-07; the zh.wikipedia list gives '
                       '2011.01, the unveiling), renamed 长春汽车经济技术开发区 by the State Council 2012-10-31'),
    '上海金桥出口加工区': ('上海金桥经济技术开发区', '2001-09',
                       'zh.wikipedia lists "上海金桥出口加工区 1990"; the 2018 catalogue (中国开发区审核公告目录) lists 上海金桥经济技术开发区 approved 2001-09'),
}
ETDZ_NOTE = {
    '辽东湾新区': 'listed in the 2018 catalogue as 盘锦辽滨沿海经济技术开发区',
    '德州经济开发区': 'zh.wikipedia spelling; the catalogue name ends in 经济技术开发区',
    '天津北辰经济开发区': 'zh.wikipedia spelling; the catalogue name ends in 经济技术开发区',
    '天津东丽经济开发区': 'zh.wikipedia spelling; the catalogue name ends in 经济技术开发区',
    '绍兴柯桥经济开发区': 'zh.wikipedia spelling; the catalogue name ends in 经济技术开发区',
    '昆山经济技术开发区': 'approved as a national ETDZ in 1992 (founded 1985 as a county-run zone)',
}
# National ETDZs missing from the zh.wikipedia list that are certainly on the national list.
# (zh, slug, host code, approved or None, en)
CIT_ETDZ_2018_CAT = '《中国开发区审核公告目录》(2018年版) (NDRC announcement 2018 no. 4)'
ETDZ_EXTRA = [
    # (zh, slug or None for the host-city default, host code, approved or None, en, citation)
    ('苏州工业园区', 'suzhou-industrial-park', '320500', '1994', 'China–Singapore Suzhou Industrial Park', CIT_ETDZ_HAND),
    ('上海化学工业经济技术开发区', 'shanghai-chemical-industry', '310000', '2012-03', 'Shanghai Chemical Industry ETDZ',
     CIT_ETDZ_2018_CAT + ', Shanghai section (as tabulated by 中商情报网, 2018-03)'),
    ('松江经济技术开发区', 'shanghai-songjiang', '310000', '2013-03', 'Songjiang ETDZ',
     CIT_ETDZ_2018_CAT + ', Shanghai section (as tabulated by 中商情报网, 2018-03)'),
    ('吴中经济技术开发区', 'wuzhong', '320500', None, 'Wuzhong ETDZ', CIT_ETDZ_HAND),
    ('相城经济技术开发区', 'xiangcheng', '320500', None, 'Xiangcheng ETDZ', CIT_ETDZ_HAND),
    ('浒墅关经济技术开发区', 'xushuguan', '320500', None, 'Xushuguan ETDZ', CIT_ETDZ_HAND),
    ('宜兴经济技术开发区', 'yixing', '320200', None, 'Yixing ETDZ', CIT_ETDZ_HAND),
    ('靖江经济技术开发区', 'jingjiang', '321200', None, 'Jingjiang ETDZ', CIT_ETDZ_HAND),
    ('海门经济技术开发区', 'haimen', '320600', None, 'Haimen ETDZ', CIT_ETDZ_HAND),
    ('如皋经济技术开发区', 'rugao', '320600', None, 'Rugao ETDZ', CIT_ETDZ_HAND),
    ('平湖经济技术开发区', 'pinghu', '330400', None, 'Pinghu ETDZ',
     CIT_ETDZ_HAND + '; named in the NDRC list of Yangtze River Economic Belt transformation demonstration zones (2016-06)'),
    ('杭州湾上虞经济技术开发区', 'hangzhou-bay-shangyu', '330600', None, 'Hangzhou Bay Shangyu ETDZ', CIT_ETDZ_HAND),
    ('准东经济技术开发区', 'zhundong', '652300', None, 'Zhundong ETDZ', CIT_ETDZ_HAND),
    ('乌鲁木齐甘泉堡经济技术开发区', 'urumqi-ganquanpu', '650100', None, 'Urumqi Ganquanpu ETDZ', CIT_ETDZ_HAND),
    ('双鸭山经济技术开发区', None, '230500', None, None, CIT_ETDZ_2018_CAT + ', Heilongjiang section (as reported 2018-03-13)'),
    ('大庆经济技术开发区', None, '230600', None, None, CIT_ETDZ_2018_CAT + ', Heilongjiang section (as reported 2018-03-13)'),
    ('牡丹江经济技术开发区', None, '231000', None, None, CIT_ETDZ_2018_CAT + ', Heilongjiang section (as reported 2018-03-13)'),
    ('绥化经济技术开发区', None, '231200', None, None, CIT_ETDZ_2018_CAT + ', Heilongjiang section (as reported 2018-03-13)'),
    ('陕西航天经济技术开发区', 'shaanxi-aerospace', '610100', None, 'Shaanxi Aerospace ETDZ',
     CIT_ETDZ_2018_CAT + ', Xi\'an entries (西安晚报, 2018-03-07)'),
    ('六安经济技术开发区', None, '341500', None, None, 'Anhui\'s 13 national ETDZs as listed after 国办函〔2021〕64号 (2021-06)'),
    ('淮南经济技术开发区', None, '340400', None, None, 'Anhui\'s 13 national ETDZs as listed after 国办函〔2021〕64号 (2021-06)'),
    ('宁国经济技术开发区', 'ningguo', '341800', None, 'Ningguo ETDZ', 'Anhui\'s 13 national ETDZs as listed after 国办函〔2021〕64号 (2021-06)'),
    ('桐城经济技术开发区', 'tongcheng', '340800', None, 'Tongcheng ETDZ', 'Anhui\'s 13 national ETDZs as listed after 国办函〔2021〕64号 (2021-06)'),
    ('宣城经济技术开发区', None, '341800', None, None, 'Anhui\'s 13 national ETDZs as listed after 国办函〔2021〕64号 (2021-06)'),
    ('合肥蜀山经济技术开发区', 'hefei-shushan', '340100', '2021-06', 'Hefei Shushan ETDZ', '国办函〔2021〕64号 (2021-06): 13 provincial zones upgraded'),
    ('张家口经济技术开发区', None, '130700', '2021-06', None, '国办函〔2021〕64号 (2021-06): 13 provincial zones upgraded'),
    ('台州湾经济技术开发区', 'taizhou-bay', '331000', '2021-06', 'Taizhou Bay ETDZ', '国办函〔2021〕64号 (2021-06): 13 provincial zones upgraded'),
    ('东侨经济技术开发区', 'dongqiao', '350900', None, 'Dongqiao ETDZ', 'MOFCOM 2021 comprehensive evaluation of national ETDZs (top 30, published 2022-02)'),
    ('宜宾临港经济技术开发区', 'yibin-lingang', '511500', None, 'Yibin Lingang ETDZ',
     'NDRC list of Yangtze River Economic Belt transformation demonstration development zones (2016-06)'),
    ('蒙自经济技术开发区', 'mengzi', '532500', None, 'Mengzi ETDZ',
     'NDRC list of Yangtze River Economic Belt transformation demonstration development zones (2016-06)'),
    ('绵阳经济技术开发区', None, '510700', None, None, '四川日报 (2012): 绵阳经济开发区 upgraded to national level'),
]
# Citations and English names for the corrected rows of ETDZ_FIX.
ETDZ_FIX_CITATION = {'长春西新经济技术开发区': 'name and approval date: zh.wikipedia 长春汽车经济技术开发区 (CC BY-SA)'}
ETDZ_FIX_EN = {'长春西新经济技术开发区': 'Changchun Automotive ETDZ'}

# National ETDZs of 2021-06 completed from the MOFCOM list of national ETDZs (商务部 国家级经济技术开发区名单), as
# transcribed (232 entries, in MOFCOM's order: a group of leading zones, then pinyin order, then the zones added from
# 2021-06 in order of approval) in a data-import script of a public GitHub repository (stored copy read through the
# search index, file id 3825512268; the index does not name the repository). Checked against the dataset: 228 of its
# entries are zones of the dataset or below; entries 229–232 (广州花都, 贵溪, 涪陵, 沈阳金融商贸) follow the 13 zones of
# 国办函〔2021〕64号 and were added after 2021-06 (not included, dates unknown). The list no longer has 绥化 (on the
# 2018 catalogue; kept here).
CIT_ETDZ_MOFCOM_LIST = ('MOFCOM list of national ETDZs (商务部 国家级经济技术开发区名单, 232 entries, after 2021-06), as transcribed '
                        'in a public GitHub repository\'s data-import script (stored copy, search-index file id 3825512268)')
CIT_ETDZ_2021 = ('国办函〔2021〕64号 (2021-06), 国务院办公厅关于河北张家口经济开发区等13个省级开发区升级为国家级经济技术开发区的复函 '
                 '(title and count as reported 2021-06-22, hangzhou0112819.11467.com/news/1367274.asp); the 13 are entries 216–228 '
                 'of ' + CIT_ETDZ_MOFCOM_LIST + ', listed last in the official province order and including the three confirmed '
                 'individually (张家口, 台州湾, 合肥蜀山)')
ETDZ_EXTRA_2021_LIST = [
    # (zh, slug or None for the host-city default, host code, approved or None, en, citation)
    ('珠海经济技术开发区', None, '440400', '2012-03', None,
     CIT_ETDZ_MOFCOM_LIST + '; date: zh.wikipedia 珠海经济技术开发区 (珠海高栏港经济区, upgraded 2012-03; snapshot chinapedia/wikipedia.zh.mediawiki)'),
    ('巴彦淖尔经济技术开发区', None, '150800', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('呼伦贝尔经济技术开发区', None, '150700', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('晋城经济技术开发区', None, '140500', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('旅顺经济技术开发区', 'lushun', '210200', None, 'Lüshun ETDZ', CIT_ETDZ_MOFCOM_LIST),
    ('沈阳辉山经济技术开发区', 'shenyang-huishan', '210100', None, 'Shenyang Huishan ETDZ', CIT_ETDZ_MOFCOM_LIST),
    ('铁岭经济技术开发区', None, '211200', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('松原经济技术开发区', None, '220700', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('天津子牙经济技术开发区', 'tianjin-ziya', '120000', None, 'Tianjin Ziya ETDZ', CIT_ETDZ_MOFCOM_LIST),
    ('丽水经济技术开发区', None, '331100', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('南昌小蓝经济技术开发区', 'nanchang-xiaolan', '360100', None, 'Nanchang Xiaolan ETDZ', CIT_ETDZ_MOFCOM_LIST),
    ('龙南经济技术开发区', 'longnan', '360700', None, 'Longnan ETDZ', CIT_ETDZ_MOFCOM_LIST),
    ('瑞金经济技术开发区', 'ruijin', '360700', None, 'Ruijin ETDZ', CIT_ETDZ_MOFCOM_LIST),
    ('宜春经济技术开发区', None, '360900', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('滨州经济技术开发区', None, '371600', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('聊城经济技术开发区', None, '371500', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('明水经济技术开发区', 'mingshui', '370100', None, 'Mingshui ETDZ', CIT_ETDZ_MOFCOM_LIST),
    ('威海临港经济技术开发区', 'weihai-lingang', '371000', None, 'Weihai Lingang ETDZ', CIT_ETDZ_MOFCOM_LIST),
    ('濮阳经济技术开发区', None, '410900', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('红旗渠经济技术开发区', 'hongqiqu', '410500', None, 'Hongqiqu ETDZ', CIT_ETDZ_MOFCOM_LIST),
    ('广西-东盟经济技术开发区', 'guangxi-asean', '450100', None, 'Guangxi-ASEAN ETDZ', CIT_ETDZ_MOFCOM_LIST),
    ('中国-马来西亚钦州产业园区', 'china-malaysia-qinzhou', '450700', None, 'China-Malaysia Qinzhou Industrial Park', CIT_ETDZ_MOFCOM_LIST),
    ('广元经济技术开发区', None, '510800', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('内江经济技术开发区', None, '511000', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('汉中经济技术开发区', None, '610700', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('榆林经济技术开发区', None, '610800', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('张掖经济技术开发区', None, '620700', None, None, CIT_ETDZ_MOFCOM_LIST),
    ('格尔木昆仑经济技术开发区', 'golmud-kunlun', '632800', None, 'Golmud Kunlun ETDZ', CIT_ETDZ_MOFCOM_LIST),
    ('库车经济技术开发区', 'kuqa', '652900', None, 'Kuqa ETDZ', CIT_ETDZ_MOFCOM_LIST),
    # the other 10 of the 13 zones of 国办函〔2021〕64号
    ('无锡惠山经济技术开发区', 'wuxi-huishan', '320200', '2021-06', 'Wuxi Huishan ETDZ', CIT_ETDZ_2021),
    ('滕州经济技术开发区', 'tengzhou', '370400', '2021-06', 'Tengzhou ETDZ', CIT_ETDZ_2021),
    ('枣阳经济技术开发区', 'zaoyang', '420600', '2021-06', 'Zaoyang ETDZ', CIT_ETDZ_2021),
    ('汉川经济技术开发区', 'hanchuan', '420900', '2021-06', 'Hanchuan ETDZ', CIT_ETDZ_2021),
    ('永州经济技术开发区', None, '431100', '2021-06', None, CIT_ETDZ_2021),
    ('邵阳经济技术开发区', None, '430500', '2021-06', None, CIT_ETDZ_2021),
    ('揭东经济技术开发区', 'jiedong', '445200', '2021-06', 'Jiedong ETDZ', CIT_ETDZ_2021),
    ('广西北海工业园区', 'beihai-industrial-park', '450500', '2021-06', 'Guangxi Beihai Industrial Park', CIT_ETDZ_2021),
    ('成都青白江经济技术开发区', 'chengdu-qingbaijiang', '510100', '2021-06', 'Chengdu Qingbaijiang ETDZ', CIT_ETDZ_2021),
    ('雅安经济技术开发区', None, '511800', '2021-06', None, CIT_ETDZ_2021),
]
ETDZ_EXTRA_NOTE = {
    '旅顺经济技术开发区': 'In Dalian (Lüshunkou district).',
    '明水经济技术开发区': 'In Jinan (Zhangqiu).',
    '红旗渠经济技术开发区': 'In Anyang (Linzhou).',
    '龙南经济技术开发区': 'In Ganzhou (Longnan).',
    '瑞金经济技术开发区': 'In Ganzhou (Ruijin).',
    '广西-东盟经济技术开发区': 'In Nanning (Wuming).',
    '格尔木昆仑经济技术开发区': 'In Haixi prefecture (Golmud).',
    '库车经济技术开发区': 'In Aksu prefecture (Kuqa).',
    '滕州经济技术开发区': 'In Zaozhuang (Tengzhou).',
    '枣阳经济技术开发区': 'In Xiangyang (Zaoyang).',
    '汉川经济技术开发区': 'In Xiaogan (Hanchuan).',
    '揭东经济技术开发区': 'In Jieyang (Jiedong district).',
    '绥化经济技术开发区': 'Not on the later MOFCOM list of 232 entries (may have left the list after 2021-06; not checked).',
}
# Zones on the zh.wikipedia list that have left the national list (deliberately left out).
ETDZ_WITHDRAWN = {'石嘴山经济技术开发区': 'withdrawn from the national list 2021-01-27 after MOFCOM assessment'}

# Border (边境) and cross-border (跨境) economic cooperation zones.
# (zh, slug, en, subtype, host code, approved or None, note)
BORDER_ZONES = [
    ('黑河边境经济合作区', 'heihe', 'Heihe', 'border-economic-cooperation-zone', '231100', '1992', None),
    ('绥芬河边境经济合作区', 'suifenhe', 'Suifenhe', 'border-economic-cooperation-zone', '231000', '1992', 'Suifenhe is a county-level city of Mudanjiang'),
    ('珲春边境经济合作区', 'hunchun', 'Hunchun', 'border-economic-cooperation-zone', '222400', '1992', 'Hunchun is a county-level city of Yanbian'),
    ('和龙边境经济合作区', 'helong', 'Helong', 'border-economic-cooperation-zone', '222400', '2015', 'Helong is a county-level city of Yanbian'),
    ('丹东边境经济合作区', 'dandong', 'Dandong', 'border-economic-cooperation-zone', '210600', '1992', None),
    ('满洲里边境经济合作区', 'manzhouli', 'Manzhouli', 'border-economic-cooperation-zone', '150700', '1992', 'Manzhouli is a county-level city in Hulunbuir'),
    ('二连浩特边境经济合作区', 'erenhot', 'Erenhot', 'border-economic-cooperation-zone', '152500', '1992', 'Erenhot is a county-level city in Xilingol League'),
    ('伊宁边境经济合作区', 'yining', 'Yining', 'border-economic-cooperation-zone', '654000', '1992', None),
    ('博乐边境经济合作区', 'bole', 'Bole', 'border-economic-cooperation-zone', '652700', '1992', None),
    ('塔城边境经济合作区', 'tacheng', 'Tacheng', 'border-economic-cooperation-zone', '654200', '1992', None),
    ('吉木乃边境经济合作区', 'jeminay', 'Jeminay', 'border-economic-cooperation-zone', '654300', '2011', None),
    ('畹町边境经济合作区', 'wanding', 'Wanding', 'border-economic-cooperation-zone', '533100', '1992', 'Wanding lies in Ruili, Dehong'),
    ('瑞丽边境经济合作区', 'ruili', 'Ruili', 'border-economic-cooperation-zone', '533100', '1992', None),
    ('河口边境经济合作区', 'hekou', 'Hekou', 'border-economic-cooperation-zone', '532500', '1992', None),
    ('临沧边境经济合作区', 'lincang', 'Lincang', 'border-economic-cooperation-zone', '530900', '2013', None),
    ('凭祥边境经济合作区', 'pingxiang', 'Pingxiang', 'border-economic-cooperation-zone', '451400', '1992', 'Pingxiang is a county-level city of Chongzuo'),
    ('东兴边境经济合作区', 'dongxing', 'Dongxing', 'border-economic-cooperation-zone', '450600', '1992', 'Dongxing is a county-level city of Fangchenggang'),
    ('中哈霍尔果斯国际边境合作中心', 'horgos-international-border-cooperation-centre', 'China–Kazakhstan Horgos International Border Cooperation Centre',
     'cross-border-economic-cooperation-zone', '654000', None, 'cross-border zone straddling the China–Kazakhstan border; approval year not recorded here'),
    ('中国老挝磨憨—磨丁经济合作区', 'mohan-boten', 'China–Laos Mohan–Boten Economic Cooperation Zone',
     'cross-border-economic-cooperation-zone', '532800', None, 'cross-border zone on the China–Laos border; approval year not recorded here'),
    ('中蒙二连浩特—扎门乌德经济合作区', 'erenhot-zamyn-uud', 'China–Mongolia Erenhot–Zamyn-Üüd Economic Cooperation Zone',
     'cross-border-economic-cooperation-zone', '152500', '2024-03-19',
     'approved by 国函〔2024〕40号 (2024-03-19); the third cross-border cooperation zone after Horgos and Mohan–Boten'),
]

# Cross-border e-commerce comprehensive pilot zones: batch → [(zh place, host code, slug)].
# Places below prefecture level are hosted by their prefecture.
CBEC = {
    1: [('杭州', '330100', 'hangzhou')],
    2: [('天津', '120000', 'tianjin'), ('上海', '310000', 'shanghai'), ('重庆', '500000', 'chongqing'), ('合肥', '340100', 'hefei'),
        ('郑州', '410100', 'zhengzhou'), ('广州', '440100', 'guangzhou'), ('成都', '510100', 'chengdu'), ('大连', '210200', 'dalian'),
        ('宁波', '330200', 'ningbo'), ('青岛', '370200', 'qingdao'), ('深圳', '440300', 'shenzhen'), ('苏州', '320500', 'suzhou')],
    3: [('北京', '110000', 'beijing'), ('呼和浩特', '150100', 'hohhot'), ('沈阳', '210100', 'shenyang'), ('长春', '220100', 'changchun'),
        ('哈尔滨', '230100', 'harbin'), ('南京', '320100', 'nanjing'), ('南昌', '360100', 'nanchang'), ('武汉', '420100', 'wuhan'),
        ('长沙', '430100', 'changsha'), ('南宁', '450100', 'nanning'), ('海口', '460100', 'haikou'), ('贵阳', '520100', 'guiyang'),
        ('昆明', '530100', 'kunming'), ('西安', '610100', 'xian'), ('兰州', '620100', 'lanzhou'), ('厦门', '350200', 'xiamen'),
        ('唐山', '130200', 'tangshan'), ('无锡', '320200', 'wuxi'), ('威海', '371000', 'weihai'), ('珠海', '440400', 'zhuhai'),
        ('东莞', '441900', 'dongguan'), ('义乌', '330700', 'yiwu')],
    4: [('石家庄', '130100', 'shijiazhuang'), ('太原', '140100', 'taiyuan'), ('赤峰', '150400', 'chifeng'), ('抚顺', '210400', 'fushun'),
        ('珲春', '222400', 'hunchun'), ('绥芬河', '231000', 'suifenhe'), ('徐州', '320300', 'xuzhou'), ('南通', '320600', 'nantong'),
        ('温州', '330300', 'wenzhou'), ('绍兴', '330600', 'shaoxing'), ('芜湖', '340200', 'wuhu'), ('福州', '350100', 'fuzhou'),
        ('泉州', '350500', 'quanzhou'), ('赣州', '360700', 'ganzhou'), ('济南', '370100', 'jinan'), ('烟台', '370600', 'yantai'),
        ('洛阳', '410300', 'luoyang'), ('黄石', '420200', 'huangshi'), ('岳阳', '430600', 'yueyang'), ('汕头', '440500', 'shantou'),
        ('佛山', '440600', 'foshan'), ('泸州', '510500', 'luzhou'), ('海东', '630200', 'haidong'), ('银川', '640100', 'yinchuan')],
    5: [('雄安新区', '130600', 'xiongan'), ('大同', '140200', 'datong'), ('满洲里', '150700', 'manzhouli'), ('营口', '210800', 'yingkou'),
        ('盘锦', '211100', 'panjin'), ('吉林', '220200', 'jilin'), ('黑河', '231100', 'heihe'), ('常州', '320400', 'changzhou'),
        ('连云港', '320700', 'lianyungang'), ('淮安', '320800', 'huaian'), ('盐城', '320900', 'yancheng'), ('宿迁', '321300', 'suqian'),
        ('湖州', '330500', 'huzhou'), ('嘉兴', '330400', 'jiaxing'), ('衢州', '330800', 'quzhou'), ('台州', '331000', 'taizhou'),
        ('丽水', '331100', 'lishui'), ('安庆', '340800', 'anqing'), ('漳州', '350600', 'zhangzhou'), ('莆田', '350300', 'putian'),
        ('龙岩', '350800', 'longyan'), ('九江', '360400', 'jiujiang'), ('东营', '370500', 'dongying'), ('潍坊', '370700', 'weifang'),
        ('临沂', '371300', 'linyi'), ('南阳', '411300', 'nanyang'), ('宜昌', '420500', 'yichang'), ('湘潭', '430300', 'xiangtan'),
        ('郴州', '431000', 'chenzhou'), ('梅州', '441400', 'meizhou'), ('惠州', '441300', 'huizhou'), ('中山', '442000', 'zhongshan'),
        ('江门', '440700', 'jiangmen'), ('湛江', '440800', 'zhanjiang'), ('茂名', '440900', 'maoming'), ('肇庆', '441200', 'zhaoqing'),
        ('崇左', '451400', 'chongzuo'), ('三亚', '460200', 'sanya'), ('德阳', '510600', 'deyang'), ('绵阳', '510700', 'mianyang'),
        ('遵义', '520300', 'zunyi'), ('德宏', '533100', 'dehong'), ('延安', '610600', 'yanan'), ('天水', '620500', 'tianshui'),
        ('西宁', '630100', 'xining'), ('乌鲁木齐', '650100', 'urumqi')],
    6: [('鄂尔多斯', '150600', 'ordos'), ('扬州', '321000', 'yangzhou'), ('镇江', '321100', 'zhenjiang'), ('泰州', '321200', 'taizhou-jiangsu'),
        ('金华', '330700', 'jinhua'), ('舟山', '330900', 'zhoushan'), ('马鞍山', '340500', 'maanshan'), ('宣城', '341800', 'xuancheng'),
        ('景德镇', '360200', 'jingdezhen'), ('上饶', '361100', 'shangrao'), ('淄博', '370300', 'zibo'), ('日照', '371100', 'rizhao'),
        ('襄阳', '420600', 'xiangyang'), ('韶关', '440200', 'shaoguan'), ('汕尾', '441500', 'shanwei'), ('河源', '441600', 'heyuan'),
        ('阳江', '441700', 'yangjiang'), ('清远', '441800', 'qingyuan'), ('潮州', '445100', 'chaozhou'), ('揭阳', '445200', 'jieyang'),
        ('云浮', '445300', 'yunfu'), ('南充', '511300', 'nanchong'), ('眉山', '511400', 'meishan'), ('红河', '532500', 'honghe'),
        ('宝鸡', '610300', 'baoji'), ('喀什', '653100', 'kashgar'), ('阿拉山口', '652700', 'alashankou')],
    7: [('廊坊', '131000', 'langfang'), ('沧州', '130900', 'cangzhou'), ('运城', '140800', 'yuncheng'), ('包头', '150200', 'baotou'),
        ('鞍山', '210300', 'anshan'), ('延吉', '222400', 'yanji'), ('同江', '230800', 'tongjiang'), ('蚌埠', '340300', 'bengbu'),
        ('南平', '350700', 'nanping'), ('宁德', '350900', 'ningde'), ('萍乡', '360300', 'pingxiang'), ('新余', '360500', 'xinyu'),
        ('宜春', '360900', 'yichun'), ('吉安', '360800', 'jian'), ('枣庄', '370400', 'zaozhuang'), ('济宁', '370800', 'jining'),
        ('泰安', '370900', 'taian'), ('德州', '371400', 'dezhou'), ('聊城', '371500', 'liaocheng'), ('滨州', '371600', 'binzhou'),
        ('菏泽', '371700', 'heze'), ('焦作', '410800', 'jiaozuo'), ('许昌', '411000', 'xuchang'), ('衡阳', '430400', 'hengyang'),
        ('株洲', '430200', 'zhuzhou'), ('柳州', '450200', 'liuzhou'), ('贺州', '451100', 'hezhou'), ('宜宾', '511500', 'yibin'),
        ('达州', '511700', 'dazhou'), ('铜仁', '520600', 'tongren'), ('大理', '532900', 'dali'), ('拉萨', '540100', 'lhasa'),
        ('伊犁', '654000', 'ili')],
}
CBEC_YEAR = {1: '2015', 2: '2016', 3: '2018', 4: '2019', 5: '2020', 6: '2022', 7: '2022'}
CBEC_SUBPREFECTURE = {'义乌': 'county-level city of Jinhua', '珲春': 'county-level city of Yanbian', '绥芬河': 'county-level city of Mudanjiang',
                      '雄安新区': "Xiong'an New Area (in Baoding's area)", '满洲里': 'county-level city in Hulunbuir',
                      '延吉': 'county-level city, seat of Yanbian', '同江': 'county-level city of Jiamusi',
                      '阿拉山口': 'county-level city in Bortala', '喀什': 'Kashgar (designation named 喀什地区 or 喀什市 in reports; hosted by Kashgar Prefecture)',
                      '伊犁': 'Ili Kazakh Autonomous Prefecture', '红河': 'Honghe Hani and Yi Autonomous Prefecture',
                      '德宏': 'Dehong Dai and Jingpo Autonomous Prefecture', '大理': 'Dali Bai Autonomous Prefecture'}

ZJ_CITIES = ['330100', '330200', '330300', '330400', '330500', '330600', '330700', '330800', '330900', '331000', '331100']


def major_reform_platforms():
    return [
        zone('mrp-xiongan', '河北雄安新区', "Xiong'an New Area (major reform pilot platform)", 'major-reform-platform', None,
             'national', ['130600'], approved='2017-04-01', citation=SEED_000 + '; 中共中央 国务院 decision announced 2017-04-01',
             note='Same territory as the national new area nna-xiongan; listed by 《区域发展重大战略功能平台的联动发展研究》 among the major reform pilot platforms.'),
        zone('mrp-zhejiang-common-prosperity', '浙江高质量发展建设共同富裕示范区', 'Zhejiang High-Quality Development Common Prosperity Demonstration Zone',
             'major-reform-platform', 'pilot-zone', 'national', ZJ_CITIES, approved='2021',
             citation=SEED_000 + '; 《中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见》 (2021)',
             note='Whole province of Zhejiang.'),
        zone('mrp-hengqin', '横琴粤澳深度合作区', 'Guangdong–Macao In-Depth Cooperation Zone in Hengqin', 'major-reform-platform',
             'cooperation-zone', 'national', ['440400'], approved='2021-09',
             citation=SEED_000 + '; 中共中央 国务院《横琴粤澳深度合作区建设总体方案》 (2021-09)'),
        zone('mrp-qianhai', '前海深港现代服务业合作区', 'Qianhai Shenzhen–Hong Kong Modern Service Industry Cooperation Zone',
             'major-reform-platform', 'cooperation-zone', 'national', ['440300'], approved='2010-08',
             citation=SEED_000 + '; 国务院 approval of the Qianhai overall development plan (2010-08); 《全面深化前海深港现代服务业合作区改革开放方案》 (2021-09)',
             note='Expanded by the 2021-09 reform plan.'),
    ]


def case_zones():
    """Zones named in the source papers' cases or in documented 1+N arrangements."""
    return [
        zone('idz-zhangjiang', '上海张江国家自主创新示范区', 'Shanghai Zhangjiang National Independent Innovation Demonstration Zone',
             'national-development-zone', 'innovation-demonstration-zone', 'national', ['310000'], approved='2011',
             citation=SEED_000 + '; 国务院 approval (2011)'),
        zone('cbz-tianjin-binhai', '天津滨海新区综合保税区', 'Tianjin Binhai New Area Comprehensive Bonded Zone', 'customs-area-or-ftz',
             'comprehensive-bonded-zone', 'national', ['120000'], approved='2008',
             citation=SEED_000 + ' (case); approval year: 国务院 approval (2008)'),
        zone('ftp-hainan', '海南自由贸易港', 'Hainan Free Trade Port', 'customs-area-or-ftz', 'free-trade-port', 'national', HAINAN_ALL,
             approved='2020-06', citation=SEED_002 + ' (case); 中共中央 国务院《海南自由贸易港建设总体方案》 (2020-06)'),
        zone('coop-binhai-zhongguancun', '天津滨海—中关村科技园', 'Tianjin Binhai–Zhongguancun Science Park', 'enclave-park',
             'cooperation-zone', 'provincial', ['120000'], approved='2016',
             citation='co-built by the Beijing and Tianjin governments (2016) (general knowledge; ' + SEED_000 + ' says only that TEDA and Zhongguancun set up branch platforms across Jing-Jin-Ji)'),
        zone('coop-baoding-zhongguancun', '保定·中关村创新中心', 'Baoding·Zhongguancun Innovation Centre', 'enclave-park', 'branch-park',
             'other', ['130600'], approved='2015',
             citation='opened 2015 (general knowledge; ' + SEED_000 + ' says only that Zhongguancun set up branch platforms across Jing-Jin-Ji)'),
        zone('gz-knowledge-city', '中新广州知识城', 'Sino-Singapore Guangzhou Knowledge City', 'other', 'cooperation-zone', 'national',
             ['440100'], citation=SEED_002 + ' (case)', note='China–Singapore bilateral cooperation project; approval year not recorded here.'),
        zone('gz-science-city', '广州科学城', 'Guangzhou Science City', 'industrial-functional-zone', None, 'other', ['440100'],
             citation=SEED_002 + ' (case)', note='Part of the Guangzhou HTZ area.'),
        zone('gz-pazhou-ai-digital', '琶洲人工智能与数字经济试验区', 'Pazhou AI and Digital Economy Pilot Zone', 'industrial-functional-zone',
             'pilot-zone', 'other', ['440100'], citation=SEED_002 + ' (case)'),
        zone('gz-south-station-hsr', '广州南站高铁经济示范区', 'Guangzhou South Station High-Speed Rail Economy Demonstration Zone',
             'industrial-functional-zone', 'pilot-zone', 'other', ['440100'], citation=SEED_002 + ' (case)'),
        zone('gz-airport-economic-zone', '广州临空经济示范区', 'Guangzhou Airport Economy Demonstration Zone', 'industrial-functional-zone',
             'pilot-zone', 'national', ['440100'], approved='2016', citation=SEED_002 + ' (case); NDRC and CAAC approval (2016)'),
        zone('coop-guangzhou-foshan', '广佛合作区试验区', 'Guangzhou–Foshan cooperation pilot zone', 'other', 'cooperation-zone', 'other',
             ['440100', '440600'], citation=SEED_002 + ' (case; the paper\'s wording)',
             note='Named so in 《中心城市对接服务国家重大区域发展战略研究》; straddles the Guangzhou–Foshan boundary.'),
        zone('coop-guangzhou-qingyuan', '广清经济特别合作区', 'Guangzhou–Qingyuan Special Economic Cooperation Zone', 'other',
             'cooperation-zone', 'provincial', ['441800'], citation=SEED_002 + ' (case)',
             note='Built by Guangzhou in Qingyuan; establishment year not recorded here.'),
        zone('coop-shenzhen-shanwei', '深汕特别合作区', 'Shenzhen–Shanwei Special Cooperation Zone', 'other', 'cooperation-zone',
             'provincial', ['441500'], approved='2011',
             citation='Guangdong provincial government, establishment of 深汕特别合作区 (2011) (general knowledge; 《国家高新区引领区域协同发展的构想》 names no case)',
             note='Lies in Shanwei (Haifeng); run by Shenzhen since 2017. 深汕 = Shenzhen–Shanwei (not Shantou).'),
        zone('coop-suzhou-suqian', '苏州宿迁工业园区', 'Suzhou–Suqian Industrial Park', 'enclave-park', 'cooperation-zone', 'provincial',
             ['321300'], approved='2006', citation='Jiangsu provincial government (2006) South–North co-built park (2006: also stated by 速新闻 2017-06-13, see SOURCES.md)',
             note='Co-built by Suzhou Industrial Park in Suqian.'),
        zone('coop-suzhou-nantong', '苏通科技产业园', 'Sutong Science and Technology Industrial Park', 'enclave-park', 'cooperation-zone',
             'provincial', ['320600'], approved='2009', citation='Jiangsu provincial government (2009) (general knowledge; 《国家高新区引领区域协同发展的构想》 names no case)',
             note='Co-built by Suzhou Industrial Park and Nantong.'),
    ]


def case_linkages():
    L = []

    def add(id_, s, t, mode, **kw):
        rec = OrderedDict([('id', id_), ('source', s), ('target', t), ('mode', mode)])
        for k in ['directed', 'weight', 'startYear', 'endYear', 'cooperationType', 'mechanism', 'arrangement', 'enclave',
                  'description', 'citation']:
            if k in kw and kw[k] is not None:
                rec[k] = kw[k]
        L.append(rec)

    # 《区域发展重大战略功能平台的联动发展研究》
    add('l-ftz-shanghai-zhangjiang', 'ftz-shanghai', 'idz-zhangjiang', 'resource-factor', startYear=2015, arrangement='joint-plan',
        mechanism='cooperation',
        description='上海市政府《关于加快推进中国（上海）自由贸易试验区和上海张江国家自主创新示范区联动发展的实施方案》 (2015-11)',
        citation=SEED_000)
    for area in ['waigaoqiao-bonded-zone', 'waigaoqiao-bonded-logistics-park', 'yangshan-bonded-port-area',
                 'pudong-airport-comprehensive-bonded-zone']:
        add(f'l-customs-ftz-shanghai-{area}', 'ftz-shanghai', f'ftz-area-shanghai-{area}', 'resource-factor', startYear=2021,
            arrangement='joint-plan',
            description='商务部、海关总署等8部门《关于推动海关特殊监管区域与自贸试验区统筹发展若干措施的通知》 (2021-11, 20 measures) '
                        'on customs special supervision areas and FTZs; encoded for the customs areas that are areas of the Shanghai FTZ',
            citation=SEED_000)
    add('l-binhai-etdz-cbz', 'etdz-tianjin', 'cbz-tianjin-binhai', 'industrial-chain', mechanism='cooperation',
        description='Tianjin Binhai New Area combines the policy advantages of its ETDZ and comprehensive bonded zone',
        citation=SEED_000)
    add('l-binhai-nna-etdz', 'nna-binhai', 'etdz-tianjin', 'industrial-chain', arrangement='membership', mechanism='cooperation',
        description='the ETDZ inside Binhai New Area, combined with the bonded zone as Tianjin\'s growth leader', citation=SEED_000)
    add('l-binhai-nna-cbz', 'nna-binhai', 'cbz-tianjin-binhai', 'industrial-chain', arrangement='membership', mechanism='cooperation',
        description='the comprehensive bonded zone inside Binhai New Area', citation=SEED_000)
    add('l-zhongguancun-binhai-park', 'htz-zhongguancun', 'coop-binhai-zhongguancun', 'cross-regional', directed=True, startYear=2016,
        arrangement='co-built-park', mechanism='cooperation',
        description='Zhongguancun branch platform in Tianjin Binhai New Area (Jing-Jin-Ji coordinated development)',
        citation=SEED_000)
    add('l-binhai-binhai-zhongguancun-park', 'nna-binhai', 'coop-binhai-zhongguancun', 'cross-regional', directed=True, startYear=2016,
        arrangement='co-built-park', mechanism='cooperation', description='co-built with Zhongguancun', citation=SEED_000)
    add('l-zhongguancun-baoding', 'htz-zhongguancun', 'coop-baoding-zhongguancun', 'cross-regional', directed=True, startYear=2015,
        arrangement='branch-park', description='Zhongguancun branch platform in Baoding (Jing-Jin-Ji)', citation=SEED_000)
    add('l-teda-xiongan', 'etdz-tianjin', 'nna-xiongan', 'cross-regional', directed=True, mechanism='cooperation',
        description='Tianjin ETDZ serving Xiong\'an New Area through industrial cooperation, transfer and operation elsewhere',
        citation=SEED_000)
    add('l-zhongguancun-xiongan', 'htz-zhongguancun', 'nna-xiongan', 'cross-regional', directed=True, mechanism='cooperation',
        description='Zhongguancun serving Xiong\'an New Area through industrial cooperation, transfer and operation elsewhere',
        citation=SEED_000)
    add('l-liangjiang-tianfu', 'nna-liangjiang', 'nna-tianfu', 'cross-regional', startYear=2020, arrangement='agreement',
        mechanism='cooperation',
        description='planning and strategy coordination, inland opening, transport links; mutual recognition of government services '
                    'and pension insurance (Chengdu–Chongqing twin-city economic circle)', citation=SEED_000)
    add('l-liangjiang-tianfu-industry', 'nna-liangjiang', 'nna-tianfu', 'industrial-chain', startYear=2020, arrangement='agreement',
        mechanism='cooperation', description='joint industrial development of the two new areas', citation=SEED_000)
    # 《中心城市对接服务国家重大区域发展战略研究》 (Guangzhou)
    nansha = 'ftz-area-guangdong-nansha'
    for tgt, mode, what in [('mrp-hengqin', 'resource-factor', 'Hengqin'), ('mrp-qianhai', 'resource-factor', 'Qianhai'),
                            ('810000', 'cross-regional', 'Hong Kong'), ('820000', 'cross-regional', 'Macao'),
                            ('ftp-hainan', 'cross-regional', 'Hainan free trade port')]:
        add(f'l-nansha-{tgt}', nansha, tgt, mode, mechanism='cooperation',
            description=f'Nansha FTZ area docking and linking with {what} (called for by the paper)', citation=SEED_002)
    add('l-guangzhou-foshan-coop', '440100', '440600', 'cross-regional', arrangement='co-built-park', mechanism='cooperation',
        description='广佛合作区试验区: joint development of the Guangzhou–Foshan boundary area', citation=SEED_002)
    add('l-guangzhou-qingyuan-coop', '440100', 'coop-guangzhou-qingyuan', 'cross-regional', directed=True,
        arrangement='special-cooperation-zone', mechanism='cooperation', enclave=True,
        description='广清经济特别合作区, built by Guangzhou in Qingyuan', citation=SEED_002)
    gba_60 = ['440300', '440400', '441300', '442000', '440700', '441200', '810000', '820000']
    for c in ['440600', '441900']:
        add(f'l-guangzhou-30min-{c}', '440100', c, 'resource-factor',
            description='30-minute commuting circle between city centres (transport target)', citation=SEED_002)
    for c in gba_60:
        add(f'l-guangzhou-60min-{c}', '440100', c, 'resource-factor',
            description='60-minute rail circle to every Greater Bay Area city (transport target)', citation=SEED_002)
    # documented 1+N arrangements (the form of 《国家高新区引领区域协同发展的构想》)
    add('l-shenzhen-shenshan', '440300', 'coop-shenzhen-shanwei', 'cross-regional', directed=True, startYear=2011,
        arrangement='special-cooperation-zone', enclave=True, mechanism='cooperation',
        description='Shenzhen–Shanwei special cooperation zone, led by Shenzhen', citation=SEED_004 + ' (1+N form); Guangdong provincial government')
    add('l-shanwei-shenshan', '441500', 'coop-shenzhen-shanwei', 'cross-regional', startYear=2011,
        arrangement='special-cooperation-zone', description='host city of the Shenzhen–Shanwei special cooperation zone',
        citation=SEED_004 + ' (1+N form); Guangdong provincial government')
    add('l-sip-suqian', 'etdz-suzhou-industrial-park', 'coop-suzhou-suqian', 'cross-regional', directed=True, startYear=2006,
        arrangement='co-built-park', enclave=True, mechanism='cooperation',
        description='Suzhou Industrial Park co-builds and manages the Suzhou–Suqian Industrial Park (Jiangsu South–North co-building)',
        citation=SEED_004 + ' (1+N form); Jiangsu provincial government')
    add('l-sip-sutong', 'etdz-suzhou-industrial-park', 'coop-suzhou-nantong', 'cross-regional', directed=True, startYear=2009,
        arrangement='co-built-park', mechanism='cooperation',
        description='Suzhou Industrial Park co-builds the Sutong Science and Technology Industrial Park in Nantong',
        citation=SEED_004 + ' (1+N form); Jiangsu provincial government')
    return L


# --------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------
CITY_INDEX = {}


def zone(id_, zh, en, category, subtype, level, hosts, approved=None, batch=None, parent=None, area=None, citation=None,
         note=None, coord=True):
    rec = OrderedDict([('kind', 'zone'), ('id', id_), ('name', OrderedDict([('zh', zh)] + ([('en', en)] if en else []))),
                       ('category', category)])
    if subtype:
        rec['subtype'] = subtype
    rec['level'] = level
    if approved:
        rec['approved'] = approved
    if batch is not None:
        rec['batch'] = batch
    rec['hostCities'] = list(hosts)
    rec['province'] = PROVINCE_ID[hosts[0][:2]]
    if parent:
        rec['parent'] = parent
    c = CITY_INDEX.get(hosts[0], {}).get('coordinates')
    if coord and c:
        # County-level hosts carry approximate label points: the zone inherits the point and its precision.
        rec['coordinates'] = OrderedDict([('lon', c['lon']), ('lat', c['lat']),
                                          ('precision', 'approximate' if c.get('precision') == 'approximate' else 'host-city')])
    if area:
        rec['areaKm2'] = area
    if citation:
        rec['citation'] = citation
    if note:
        rec['note'] = note
    return rec


def read_csv(ref, name):
    with open(os.path.join(ref, name), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def parse_city_en():
    out = {}
    for line in CITY_EN_TEXT.strip().splitlines():
        for item in line.split('|'):
            item = item.strip()
            code, name = item.split(' ', 1)
            slug_base = name
            if '(' in name:
                base, paren = name.split(' (')
                name = base
                slug_base = base + '-' + paren.rstrip(')')
            if 'Autonomous Prefecture' in name:
                slug_base = name.split(' ')[0]
            out[code] = (name, slugify(slug_base))
    return out


def slugify(text):
    t = text.lower().replace('ü', 'u').replace('ê', 'e').replace("'", '')
    t = t.replace(' autonomous prefecture', '').replace(' prefecture', '').replace(' league', '')
    out = []
    for ch in t:
        out.append(ch if ch.isalnum() else '-')
    s = ''.join(out)
    while '--' in s:
        s = s.replace('--', '-')
    return s.strip('-')


def city_level(row):
    if row['level'] == 'municipality':
        return 'municipality'
    n = row['name']
    if n.endswith('自治州'):
        return 'autonomous-prefecture'
    if n.endswith('地区'):
        return 'prefecture'
    if n.endswith('盟'):
        return 'league'
    return 'prefecture-city'


def build_cities(ref):
    rows = read_csv(ref, 'china_prefecture_cities_2024.csv')
    en = parse_city_en()
    assert len(rows) == 337, len(rows)
    assert set(en) == {r['code'] for r in rows}, set(en) ^ {r['code'] for r in rows}
    cluster_members = {}
    for cid, (_, members, _) in CLUSTERS.items():
        if isinstance(members, str):
            continue
        for c in members:
            cluster_members.setdefault(c, []).append(cid)
    cities = []
    slugs = {}
    for r in rows:
        code = r['code']
        strategies = []
        if r['jingjinji'] == '1':
            strategies.append('jing-jin-ji')
        if r['yrd_2019_all41'] == '1':
            strategies.append('yangtze-river-delta')
        if r['gba'] == '1':
            strategies.append('greater-bay-area')
        if r['yangtze_economic_belt'] == '1':
            strategies.append('yangtze-river-economic-belt')
        if r['yellow_river_9prov'] == '1':
            strategies.append('yellow-river-basin')
        if r['chengyu_2021'] in ('full', 'partial'):
            strategies.append('chengdu-chongqing')
        clusters = []
        for cid, (_, members, _) in CLUSTERS.items():
            if members == 'ref:jingjinji' and r['jingjinji'] == '1':
                clusters.append(cid)
            elif members == 'ref:gba' and r['gba'] == '1':
                clusters.append(cid)
            elif members == 'ref:chengyu' and r['chengyu_2021'] in ('full', 'partial'):
                clusters.append(cid)
            elif not isinstance(members, str) and code in members:
                clusters.append(cid)
        name_en, slug = en[code]
        slugs[code] = slug
        rec = OrderedDict([
            ('kind', 'city'), ('id', code), ('name', OrderedDict([('zh', r['name']), ('en', name_en)])),
            ('level', city_level(r)), ('province', PROVINCE_ID[code[:2]]), ('region', REGION_ID[r['region4']]),
            ('strategies', strategies), ('cityClusters', clusters),
            ('nationalCentralCity', code in NATIONAL_CENTRAL_CITIES), ('provincialCapital', code in PROVINCIAL_CAPITALS),
            ('coordinates', OrderedDict([('lon', float(r['lon_wgs84'])), ('lat', float(r['lat_wgs84']))])),
            ('citation', CIT_CITY),
        ])
        if r['chengyu_2021'] == 'partial':
            rec['note'] = 'Part of the city belongs to the Chengdu–Chongqing economic circle (2021 outline).'
        if r['coord_source'].endswith('(old code)'):
            rec['note'] = 'Centre point taken from the pre-2018 code 542400 (Nagqu Prefecture) in the cpca table.'
        cities.append(rec)
    # extra city nodes
    ec = {r['echarts_id']: r for r in read_csv(ref, 'echarts4_prefecture_centers.csv')}
    for code, zh, name_en, level, note in EXTRA_CITIES:
        e = ec[code]
        region = None
        if code[:2] == '42':
            region = 'central'
        elif code[:2] == '65':
            region = 'west'
        clusters = []
        strategies = []
        if code in ('810000', '820000'):
            strategies = ['greater-bay-area']
            clusters = ['pearl-river-delta']
        elif code in ('429004', '429005'):
            strategies = ['yangtze-river-economic-belt']
            clusters = ['middle-yangtze']
        rec = OrderedDict([('kind', 'city'), ('id', code), ('name', OrderedDict([('zh', zh), ('en', name_en)])), ('level', level),
                           ('province', PROVINCE_ID[code[:2]])])
        if region:
            rec['region'] = region
        rec['strategies'] = strategies
        rec['cityClusters'] = clusters
        rec['nationalCentralCity'] = False
        rec['provincialCapital'] = False
        rec['coordinates'] = OrderedDict([('lon', float(e['cp_lon'])), ('lat', float(e['cp_lat'])), ('precision', 'approximate')])
        rec['citation'] = 'Code and name: MCA 2024 (yescallop/areacodes, CC0); label point: ECharts 4 china-cities map (Apache-2.0)'
        rec['note'] = note
        cities.append(rec)
        slugs[code] = slugify(name_en)
    for c in cities:
        CITY_INDEX[c['id']] = c
    return cities, slugs


def strip_suffix(name):
    for suf in ['市', '地区', '盟']:
        if name.endswith(suf):
            return name[: -len(suf)]
    return name


def build_zones(ref, slugs):
    zones = []
    # SEZ
    for r in read_csv(ref, 'zones_special_economic_zones.csv'):
        slug = SEZ_SLUG[r['name_zh']]
        hosts = HAINAN_ALL if slug == 'hainan' else [r['host_code']]
        note = None
        if slug in ('kashgar', 'horgos'):
            note = 'Economic development zone with SEZ policies (2010 Central Xinjiang Work Conference; 国发〔2011〕33号); counted among the 7 SEZs by 《区域发展重大战略功能平台的联动发展研究》.'
        if slug == 'hainan':
            note = 'The whole province of Hainan.'
        if slug == 'xiamen':
            note = 'Approval date from general knowledge (the reference flags it).'
        zones.append(zone(f'sez-{slug}', r['name_zh'], r['name_en'], 'special-economic-zone', None, 'national', hosts,
                          approved=r['approved'], citation=CIT_SEZ, note=note))
    # national new areas
    for r in read_csv(ref, 'zones_national_new_areas.csv'):
        slug = NNA_SLUG[int(r['seq'])]
        hosts = [r['host_code']] + ([r['secondary_host_code']] if r['secondary_host_code'] else [])
        zones.append(zone(f'nna-{slug}', r['name_zh'], r['name_en'], 'national-new-area', None, 'national', hosts,
                          approved=r['approved'], citation=CIT_NNA, note=r['note'] or None))
    # FTZs and areas
    ftz_rows = read_csv(ref, 'zones_pilot_ftz_areas.csv')
    ftz_order = []
    ftz_info = {}
    for r in ftz_rows:
        slug = FTZ_SLUG_BY_PROVINCE[r['ftz_province']]
        if slug not in ftz_info:
            ftz_order.append(slug)
            ftz_info[slug] = {'rows': [], 'zh': None}
        ftz_info[slug]['rows'].append(r)
        if '（' in r['ftz'] and ('扩' in r['ftz'] or '临港' in r['ftz']):
            continue
        ftz_info[slug]['zh'] = ftz_info[slug]['zh'] or r['ftz']
    for slug in ftz_order:
        info = ftz_info[slug]
        rows = info['rows']
        base = [r for r in rows if r['ftz'] == info['zh']]
        hosts = []
        for r in rows:
            for h in (HAINAN_ISLAND if r['area'] == '海南岛全岛' else [r['host_code']]):
                if h not in hosts:
                    hosts.append(h)
        area = float(base[0]['ftz_total_km2']) if len({r['ftz'] for r in rows}) == 1 else None
        note = 'Approval date: the zh.wikipedia table date (mostly the launch date).'
        if slug == 'shanghai':
            note += ' State Council approval 2013-08-22, launched 2013-09-29; extended 2015-04 (Lujiazui, Jinqiao, Zhangjiang) and 2019-08 (Lingang New Area).'
        if slug == 'zhejiang':
            note += ' Extended 2020-09 (Hangzhou, Ningbo, Jinyi areas).'
        if slug == 'xinjiang':
            note = 'Overall plan issued 2023-10-31, unveiled 2023-11-01.'
        zones.append(zone(f'ftz-{slug}', info['zh'], f'China ({FTZ_EN[slug]}) Pilot Free Trade Zone', 'customs-area-or-ftz',
                          'pilot-ftz', 'national', hosts, approved=base[0]['approved'], batch=FTZ_BATCH[slug], area=area,
                          citation=CIT_FTZ_XJ if slug == 'xinjiang' else CIT_FTZ, note=note))
        for r in rows:
            aslug, aen = FTZ_AREA_SLUG[r['area']]
            ahosts = HAINAN_ISLAND if r['area'] == '海南岛全岛' else [r['host_code']]
            anote = None
            if r['area'] in FTZ_AREA_CUSTOMS_KIND:
                anote = 'Customs special supervision area (' + FTZ_AREA_CUSTOMS_KIND[r['area']] + '); merged into the FTZ\'s bonded-zones area in 2015.'
            if r['ftz'] != info['zh']:
                anote = ((anote + ' ') if anote else '') + 'Added by ' + r['ftz'] + '.'
            zones.append(zone(f'ftz-area-{slug}-{aslug}', r['area'], aen, 'customs-area-or-ftz', 'ftz-area', 'national', ahosts,
                              approved=r['approved'], parent=f'ftz-{slug}',
                              area=float(r['area_km2']) if r['area_km2'] else None,
                              citation=CIT_FTZ_XJ if slug == 'xinjiang' else CIT_FTZ, note=anote))
    zones.extend(major_reform_platforms())
    # HTZ
    for r in read_csv(ref, 'zones_htz_zhwiki_2018.csv'):
        name = r['name_zh']
        host = r['host_code']
        en = None
        if name in HTZ_SLUG:
            slug = HTZ_SLUG[name]
        else:
            short = strip_suffix(r['host_name'])
            assert name == short + '高新技术产业开发区', name
            slug = slugs[host]
            en = CITY_INDEX[host]['name']['en'] + ' High-Tech Industrial Development Zone'
        note = r['note'] or None
        if name in HTZ_NAME_FIX:
            name, note = HTZ_NAME_FIX[name]
        if slug == 'zhangjiang':
            note = 'Approved 1991 as the Shanghai HTZ (Caohejing), Zhangjiang joined 1992; renamed.'
        if slug == 'zhongguancun':
            note = 'Approved 1988 as the Beijing new-technology industry development pilot zone; national independent innovation demonstration zone since 2009.'
        approved = HTZ_YEAR.get(slug)
        citation = CIT_HTZ + CIT_HTZ_YEAR.get(approved, '')
        if slug in HTZ_DATED:
            assert approved is None, slug
            approved, extra = HTZ_DATED[slug]
            citation = CIT_HTZ + extra
        zones.append(zone(f'htz-{slug}', name, en, 'national-development-zone', 'htz', 'national', [host],
                          approved=approved, citation=citation, note=note))
    for zh, slug, host, approved, cit in HTZ_EXTRA:
        en = None
        if slug is None:
            assert zh == strip_suffix(CITY_INDEX[host]['name']['zh']) + '高新技术产业开发区', zh
            slug = slugs[host]
            en = CITY_INDEX[host]['name']['en'] + ' High-Tech Industrial Development Zone'
        zones.append(zone(f'htz-{slug}', zh, en, 'national-development-zone', 'htz', 'national', [host], approved=approved,
                          citation=cit, note=None if approved else 'Approval date not recorded here.'))
    # ETDZ
    for r in read_csv(ref, 'zones_etdz_zhwiki_partial.csv'):
        if r['name_zh'] in ETDZ_WITHDRAWN:
            continue
        name = r['name_zh']
        host = r['host_code']
        en = None
        if name in ETDZ_SLUG:
            slug = ETDZ_SLUG[name]
        else:
            short = strip_suffix(r['host_name'])
            assert name == short + '经济技术开发区', name
            slug = slugs[host]
            en = CITY_INDEX[host]['name']['en'] + ' Economic and Technological Development Zone'
        approved = r['approved']
        note = ETDZ_NOTE.get(name)
        citation = CIT_ETDZ
        if name in ETDZ_FIX:
            fixed = ETDZ_FIX[name][0]
            if name in ETDZ_FIX_CITATION:
                citation = CIT_ETDZ + '; ' + ETDZ_FIX_CITATION[name]
            if en is None and name in ETDZ_FIX_EN:
                en = ETDZ_FIX_EN[name]
            name, approved, note = ETDZ_FIX[name]
            assert name == fixed
        zones.append(zone(f'etdz-{slug}', name, en, 'national-development-zone', 'etdz', 'national', [host], approved=approved,
                          citation=citation, note=note))
    for zh, slug, host, approved, en, cit in ETDZ_EXTRA + ETDZ_EXTRA_2021_LIST:
        if slug is None:
            assert zh == strip_suffix(CITY_INDEX[host]['name']['zh']) + '经济技术开发区', zh
            slug = slugs[host]
            en = CITY_INDEX[host]['name']['en'] + ' Economic and Technological Development Zone'
        note = ETDZ_EXTRA_NOTE.get(zh)
        if not approved:
            note = (note + ' ' if note else '') + 'Approval date not recorded here.'
        zones.append(zone(f'etdz-{slug}', zh, en, 'national-development-zone', 'etdz', 'national', [host], approved=approved,
                          citation=cit, note=note))
    # border / cross-border
    for zh, slug, en, subtype, host, approved, note in BORDER_ZONES:
        prefix = 'becz' if subtype == 'border-economic-cooperation-zone' else 'cbecz'
        zones.append(zone(f'{prefix}-{slug}', zh, en + ('' if subtype != 'border-economic-cooperation-zone' else ' Border Economic Cooperation Zone'),
                          'national-development-zone', subtype, 'national', [host], approved=approved, citation=CIT_BORDER,
                          note=note))
    # cross-border e-commerce
    for batch in sorted(CBEC):
        for place, host, slug in CBEC[batch]:
            zh = f'中国（{place}）跨境电子商务综合试验区'
            en_city = CITY_INDEX[host]['name']['en'] if place not in CBEC_SUBPREFECTURE else slug.replace('-', ' ').title()
            note = None
            if place in CBEC_SUBPREFECTURE:
                note = 'Designated place: ' + CBEC_SUBPREFECTURE[place] + '; hosted by its prefecture-level unit.'
            zones.append(zone(f'cbec-{slug}', zh, f'China ({en_city}) Cross-Border E-Commerce Comprehensive Pilot Zone',
                              'cross-border-ecommerce-zone', 'city-designation', 'national', [host], approved=CBEC_YEAR[batch],
                              batch=batch, citation=CIT_CBEC[batch], note=note))
    zones.extend(case_zones())
    return zones


def count_programmes(linkages):
    out = {}
    for l in linkages:
        out[l.get('programme', '-')] = out.get(l.get('programme', '-'), 0) + 1
    return out


def build_metadata(cities, zones, linkages, stats):
    def count(pred):
        return sum(1 for z in zones if pred(z))
    htz = count(lambda z: z.get('subtype') == 'htz')
    htz_years = count(lambda z: z.get('subtype') == 'htz' and 'approved' in z)
    etdz = count(lambda z: z.get('subtype') == 'etdz')
    etdz_years = count(lambda z: z.get('subtype') == 'etdz' and 'approved' in z)
    sources = [
        {'id': 'areacodes', 'title': 'yescallop/areacodes — GB/T 2260 codes and names (data/2024.txt, commit eed219a)',
         'url': 'https://github.com/yescallop/areacodes', 'licence': 'CC0-1.0'},
        {'id': 'cpca', 'title': 'DQinYuan/chinese_province_city_area_mapper — cpca/resources/adcodes.csv (commit 9bdfd6e)',
         'url': 'https://github.com/DQinYuan/chinese_province_city_area_mapper', 'licence': 'MIT'},
        {'id': 'adcode', 'title': 'Vonng/adcode — 2016 snapshot of Amap centre points (GCJ-02), upstream of cpca',
         'url': 'https://github.com/Vonng/adcode', 'licence': 'CC BY 4.0 (claimed)'},
        {'id': 'echarts4', 'title': 'ECharts 4.9.0 china-cities map label points (for SARs and county-level cities)',
         'url': 'https://www.npmjs.com/package/echarts/v/4.9.0', 'licence': 'Apache-2.0'},
        {'id': 'zhwiki-sez', 'title': 'zh.wikipedia 经济特区', 'url': 'https://zh.wikipedia.org/wiki/经济特区', 'licence': 'CC BY-SA'},
        {'id': 'zhwiki-nna', 'title': 'zh.wikipedia 国家级新区', 'url': 'https://zh.wikipedia.org/wiki/国家级新区', 'licence': 'CC BY-SA'},
        {'id': 'zhwiki-ftz', 'title': 'zh.wikipedia 中国自由贸易试验区 (table as of 2020)',
         'url': 'https://zh.wikipedia.org/wiki/中国自由贸易试验区', 'licence': 'CC BY-SA'},
        {'id': 'xinjiang-ftz', 'title': '国务院《中国（新疆）自由贸易试验区总体方案》 (2023-10-31), as reported by people.cn (2023-11-02)',
         'licence': 'government document (facts)'},
        {'id': 'zhwiki-htz', 'title': 'zh.wikipedia 国家级高新技术产业开发区 (156 zones as of 2018-03, citing most.gov.cn)',
         'url': 'https://zh.wikipedia.org/wiki/国家级高新技术产业开发区', 'licence': 'CC BY-SA'},
        {'id': 'zhwiki-etdz', 'title': 'zh.wikipedia 国家级经济技术开发区 (partial list)',
         'url': 'https://zh.wikipedia.org/wiki/国家级经济技术开发区', 'licence': 'CC BY-SA'},
        {'id': 'mofcom-etdz-list', 'title': 'MOFCOM list of national ETDZs (商务部 国家级经济技术开发区名单, 232 entries, after 2021-06), '
         'as transcribed in a data-import script of a public GitHub repository (stored copy; repository not named by the search index)',
         'licence': 'government information (facts)'},
        {'id': 'gov-documents', 'title': 'State Council approvals and plans named in each record\'s citation (国函, 国发, cluster plans, outlines)',
         'licence': 'government documents (facts)'},
        {'id': 'seed-000', 'title': SEED_000, 'note': 'source paper (functional platforms and their linkage modes): cases of platform linkage; see docs/references.md'},
        {'id': 'seed-002', 'title': SEED_002, 'note': 'source paper by Qin Jian, Zhao Beilei and Wu Xibo (Guangzhou as a central city): Guangzhou cases; see docs/references.md'},
        {'id': 'seed-004', 'title': SEED_004, 'note': 'source paper (national high-tech zones leading regional coordination): "1+N" arrangements of national HTZs; see docs/references.md'},
        {'id': 'census', 'title': 'leiii/census — census_city_2010-2020_v1.csv (commit 0ba0f1e); Dong, Du & Liu, "Mapping Evolving '
         'Population Geography in China", SSRN 4049338', 'url': 'https://github.com/leiii/census', 'licence': 'MIT (Copyright 2022 Lei Dong)'},
        {'id': 'nbs-census-2020', 'title': '国家统计局《第七次全国人口普查公报（第三号）》 (provincial totals; used to check the census table)',
         'licence': 'government statistics (facts)'},
        {'id': 'railwayvis', 'title': 'thaddywu/RailwayVIS — railway lines and stations mapped to cities (commit 68e6980)',
         'url': 'https://github.com/thaddywu/RailwayVIS', 'licence': 'Apache-2.0'},
        {'id': 'programme-documents', 'title': '国办发〔2017〕22号; 《中国农村扶贫开发的新进展》 (2011) 表2; 中办、国办 东西部扶贫协作指导意见 (2016-12); '
         '2021 东西部协作 adjustment (pairs from reports); 对口援疆 2010 list; 对口援藏 pairs; co-built parks — each linkage names its '
         'document and where it was read (SOURCES.md)',
         'licence': 'government documents (facts)'},
    ]
    nclusters = len(CLUSTERS)
    coverage = [
        {'scope': 'cities', 'complete': True, 'count': 337,
         'note': 'All 337 prefecture-level units and municipalities (MCA 2024 codes), plus Hong Kong and Macao (SAR) and five '
                 'province-administered county-level cities that host national zones (Xiantao, Qianjiang, Shihezi, Aral, Wujiaqu).'},
        {'scope': 'city coordinates', 'complete': True, 'count': len(cities),
         'note': 'WGS84 centre points (2016 Amap snapshot converted from GCJ-02; accurate to a few km). SAR and county-level '
                 'nodes carry ECharts 4 label points with precision "approximate".'},
        {'scope': 'city clusters', 'complete': False, 'count': nclusters,
         'note': f'Membership for {nclusters} of the 19 clusters (a prefecture counts when its cluster plan names it in whole or in part). '
                 'No membership for ' + ', '.join(CLUSTERS_WITHOUT_MEMBERSHIP) + '.'},
        {'scope': 'regional strategies', 'complete': True,
         'note': 'Yellow River basin membership is by province (the 9 provinces of the 2021 outline), not by basin boundary.'},
        {'scope': 'special economic zones', 'complete': True, 'count': count(lambda z: z['category'] == 'special-economic-zone'),
         'note': '7, including Kashgar and Horgos economic development zones (established by 国发〔2011〕33号; year only).'},
        {'scope': 'national new areas', 'complete': True, 'count': count(lambda z: z['category'] == 'national-new-area'),
         'note': 'All 19 with approval dates from zh.wikipedia, except 南京江北 2015-06-27, 福州 2015-08-30 and 哈尔滨 2015-12-16, '
                 'corrected to the State Council approval dates (zh.wikipedia gives the gov.cn publication dates). The dates of 长春, '
                 '滇中, 西咸 and 贵安 may also be publication dates: the 国函 were not found in any source read (flagged in each note).'},
        {'scope': 'pilot free trade zones', 'complete': True, 'count': count(lambda z: z.get('subtype') == 'pilot-ftz'),
         'note': '22 FTZs with every area (片区) in the zh.wikipedia table as of 2020 plus Xinjiang (2023); dates are mostly launch dates. '
                 'Later boundary changes after 2020 are not recorded.'},
        {'scope': 'FTZ areas', 'complete': True, 'count': count(lambda z: z.get('subtype') == 'ftz-area'),
         'note': 'One record per area; Shanghai\'s four original customs areas are areas of their own.'},
        {'scope': 'major reform pilot platforms', 'complete': True, 'count': count(lambda z: z['category'] == 'major-reform-platform'),
         'note': 'The 4 platforms of 《区域发展重大战略功能平台的联动发展研究》.'},
        {'scope': 'national high-tech zones', 'complete': False, 'count': htz,
         'note': f'{htz} of the 178 national HTZs (MIIT, 2023-11): the 156 of the 2018-03 list, Suzhou Industrial Park (counted as an HTZ '
                 f'by 2020), and 18 zones approved later, checked against the State Council approvals (12 in 2018-02, 4 in 2022-06, '
                 f'Xuchang 2022, Ningxiang). Missing: 3 zones approved between 2022 and 2023-11, not identified from any source read. '
                 f'Approval dates for {htz_years} zones: Zhongguancun 1988, the 1991 (26) and 1992 (25) batches, Yangling 1997, '
                 f'Xiangtan and Taizhou 2009-03, Changzhi, Jinzhou and Lianyungang 2015-02, the 10 upgrades of 2017-02, the 12 of '
                 f'2018-02 and the 5 of 2022. No date for the other {htz - htz_years} (the upgrades of 1993–2017 not named above, '
                 f'Suzhou Industrial Park as an HTZ, Ningxiang).'},
        {'scope': 'national ETDZs', 'complete': False, 'count': etdz,
         'note': f'{etdz} of the 230 national ETDZs of 2021-06 (219 in 2015; Jiuquan left 2020-01, Shizuishan 2021-01; 13 added by '
                 f'国办函〔2021〕64号, all 13 present): the zh.wikipedia partial list (160, minus Shizuishan; Jinqiao and Changchun '
                 f'Xixin→Automotive corrected), 31 zones from the 2018 catalogue, the 2021 upgrade and provincial lists, and 39 zones '
                 f'completed from the MOFCOM list of 232 entries (transcribed in a public repository; see SOURCES.md). Missing: 1 zone '
                 f'of the 230, not identified (the later list of 232 = the 2021-06 list minus two zones plus 4 later upgrades: '
                 f'Guangzhou Huadu, Guixi, Fuling, Shenyang financial-commercial; Suihua, kept from the 2018 catalogue, is not on it). '
                 f'The 4 later upgrades are not included (dates unknown). {etdz_years} have approval dates; {etdz - etdz_years} have none '
                 f'(mostly zones upgraded 2011–2015 that the zh.wikipedia list lacks).'},
        {'scope': 'border and cross-border economic cooperation zones', 'complete': False,
         'count': count(lambda z: z.get('subtype') in ('border-economic-cooperation-zone', 'cross-border-economic-cooperation-zone')),
         'note': 'The 17 national border economic cooperation zones of the 2018 catalogue (later additions, e.g. a Tengchong zone reported '
                 'in 2017, are not included) and the 3 cross-border zones (Horgos centre and Mohan–Boten without approval years; '
                 'Erenhot–Zamyn-Üüd 2024-03-19).'},
        {'scope': 'cross-border e-commerce comprehensive pilot zones', 'complete': True,
         'count': count(lambda z: z['category'] == 'cross-border-ecommerce-zone'),
         'note': '165 designations in 7 batches (2015–2022) as whole-city zones with batch and year; county-level designations hosted by their prefecture.'},
        {'scope': 'customs special supervision areas', 'complete': False,
         'count': count(lambda z: z.get('subtype') in ('comprehensive-bonded-zone', 'bonded-zone', 'bonded-port-area', 'export-processing-zone', 'bonded-logistics-park')),
         'note': 'No list of comprehensive bonded zones (about 160 in 2023) with host cities and approval years was found in any source '
                 'read (the stored zh.wikipedia snapshot has no 综合保税区 page); only zones named by the cases are present '
                 '(Tianjin Binhai comprehensive bonded zone, and the four Shanghai customs areas as FTZ areas).'},
        {'scope': 'linkages', 'complete': False, 'count': len(linkages),
         'note': f'{len(linkages)} linkages, every one stated by the document or paper its citation names (audit: data/china/linkage-audit.csv). '
                 'By programme: ' + ', '.join(f'{p} {n}' for p, n in sorted(count_programmes(linkages).items())) + '. '
                 'Programme linkages (all but the paper cases) are cross-regional pairings or co-built parks; an east–west pair that continues '
                 'across rounds appears once per round (2001–2010, 2016, 2021), told apart by its id and start year. Many pairs are taken from '
                 'reports (news, government sites, some read in mirrors) that state them, not from the assignment documents themselves, which '
                 'were not found in full; each citation names the report and where it was read. '
                 'Of the 36 linkages of version 0.1.0, 11 stay (paper cases), 2 became partOf (containment in Binhai New Area), '
                 '4 were Shanghai FTZ → own area (containment; dropped), 10 Guangzhou travel-time targets moved to accessibility, '
                 'and 9 were dropped as not stated by their source (Zhongguancun/Binhai parks, Shenzhen–Shanwei, Suzhou–Suqian, '
                 'Suzhou–Nantong, the Binhai ETDZ–bonded-zone pair, the duplicate Liangjiang–Tianfu industrial-chain linkage).'},
        {'scope': 'northeast–east counterpart cooperation (国办发〔2017〕22号)', 'complete': True, 'count': 7,
         'note': 'All 3 province pairs and 4 city pairs of the 2017 plan; province pairs end at province nodes.'},
        {'scope': 'east–west pairing (东西部扶贫协作)', 'complete': False, 'count': count_programmes(linkages).get('east-west-pairing', 0),
         'note': 'The 2001–2010 table (15 pairs) and its 2010-06 adjustment (3) from the 2011 white paper; the 2016 list read up to '
                 '宁波—黔西南 (17 pairs) in the Xinhua text, and 10 pairs of its unread part from reports that state them (佛山→凉山 2016–2020, '
                 '中山→昭通, 东莞→昭通, 珠海→怒江, 济南→湘西, 青岛→陇南, 青岛→安顺, 广州→毕节, 广州→黔南, 广东→甘孜 since 2014); the end of '
                 '杭州→黔东南 (2020, 佛山 took over in 2021). The 2021 adjustment (东西部协作; the adjusted list was not published in full): '
                 '21 pairs from reports of the new round: 11 province pairs (北京→内蒙古, 天津→甘肃, 上海→云南, 江苏→陕西, 江苏→青海, '
                 '浙江→四川, 福建→宁夏, 山东→重庆, 山东→甘肃, 广东→广西, 广东→贵州) and 10 city pairs (青岛→定西, 广州→毕节/安顺/黔南, '
                 '珠海→遵义, 中山→六盘水, 东莞→铜仁, 佛山→黔东南, 深圳→南宁/桂林). Missing: 福建→宁夏, 福州→定西, 厦门→临夏, 山东→重庆 and 广东→广西 of the '
                 '2016 list (only reports of continuing or earlier pairs were found, not the list), the other city pairs of the 2021 round '
                 '(e.g. the 广东 cities for 黔西南 and 广西, the 山东 cities in 甘肃 and 重庆), and the 2013 Guizhou pairs (国办发〔2013〕11号, ''read only as "8 cities one-to-one", without the pairs). Searched: the pages corpus for the 2016 list text (only the '
                 'truncated Xinhua reprints of 宁波日报 and 文汇报 were found), for the 2021 list (no text lists it), and per-pair reports.'},
        {'scope': 'counterpart support to Xinjiang (对口援疆, 2010)', 'complete': False, 'count': count_programmes(linkages).get('xinjiang-counterpart-support', 0),
         'note': 'The 19 provinces and cities of the 2010 round and the prefectures (and XPCC cities Aral and Wujiaqu) their assigned '
                 'counties lie in; the list names counties, which are given in each description. XPCC divisions that are not nodes '
                 '(农二、四、五、七、九、十、十三、十四师) are left out. Read in a forum reproduction of the list (see SOURCES.md), not the '
                 'government text; 19 of its 22 rows are also stated by a news report (Xinhua, 新疆日报, provincial papers; named in each '
                 'citation), the other 3 (河北→巴州, 吉林→阿勒泰, 山西→五家渠) only by the forum list. One pair the forum list omits is added '
                 'from 辽宁日报 2010-07-18: 辽宁→农八师石河子市. The 2014 extension (克拉玛依, 兵团十一、十二师) is not included.'},
        {'scope': 'counterpart support to Tibet (对口援藏)', 'complete': False, 'count': count_programmes(linkages).get('tibet-counterpart-support', 0),
         'note': 'All 17 provinces and municipalities with the prefecture they support, each pair from a report that states it '
                 '(no single official list was found): 北京、江苏→拉萨; 上海、山东、黑龙江、吉林→日喀则; 天津、重庆→昌都; 湖北、湖南、'
                 '安徽→山南; 广东、福建→林芝; 浙江、辽宁→那曲; 河北、陕西→阿里, and 福建→昌都 (Fujian\'s cadres go to Chamdo by 2022; '
                 'when the assignment moved is not stated, so 福建→林芝 has no end year). Start years: 1994 (the 第三次西藏工作座谈会) where '
                 'the report says so, 1995 for Hunan, 2002 for Anhui; none for Shandong, Heilongjiang, Jilin and Fujian (the reports give no '
                 'year). Jiangsu: 1994 (交汇点) vs 1995 (Xinhua 2021); 1994 is used. Missing: the central enterprises (宝武, 中化 → 日喀则 '
                 'and others), which are not nodes, and county-level assignments.'},
        {'scope': 'co-built and enclave parks', 'complete': False,
         'count': sum(1 for l in linkages if l.get('arrangement') == 'co-built-park'),
         'note': 'City-to-city linkages (builder → host) for the Jiangsu 南北共建园区 named in reports (Suzhou→Suqian with its 6 parks, '
                 'Wuxi→Xuzhou, Nanjing→Huai\'an, Changzhou→Yancheng; 4 of the 45 pairs) and one Guangdong industrial-transfer park '
                 '(Guangzhou→Meizhou, 2013), and 深汕 (Shenzhen→Shanwei: the 深圳（汕尾）产业转移工业园 of 2008, the 深汕特别合作区 '
                 'from 2011; zh.wikipedia, citing the provincial approval). Missing: the other Jiangsu pairs, the other Guangdong transfer '
                 'parks. Also Shenzhen→Heyuan (the 深河 一区六园 transfer parks), three Jiangsu cross-river parks (江阴—靖江 2003, 苏通, '
                 '锡通), four Zhongguancun parks (天津滨海—中关村科技园 2016, 保定·中关村创新中心 2015, 中关村海淀园秦皇岛分园 2014, '
                 '涿州中关村科技产业园 2017; zone → zone, or zone → host city where the park is not a node) and two parks co-built by '
                 'Suzhou Industrial Park\'s developer 中新集团 (苏滁 2011, 中新嘉善 2018). Missing: the other Zhongguancun parks (中关村信息谷 '
                 'runs 49 projects in 39 cities; no list read), and the China–Singapore government projects proper (中新天津生态城, '
                 '中新广州知识城, 中新（重庆）互联互通): their second party is Singapore, which is not a node. The old Shenzhen–Shanwei and '
                 'Suzhou Industrial Park links of 0.1.0 were dropped (their cited paper names no case); 深汕 and the SIP parks are back with '
                 'sources that state them, under new ids.'},
        {'scope': 'Guangdong counterpart assistance (珠三角对口帮扶粤东西北, 粤办发〔2013〕27号)', 'complete': True,
         'count': count_programmes(linkages).get('guangdong-counterpart-assistance', 0),
         'note': 'The 8 pairs of the 2013 adjustment (6 Pearl River Delta cities → 8 cities), as reported by 中新社 2013-11-07; '
                 'the 2013 notice itself was not read (its number is cited by 粤府办〔2016〕122号). Later county- and town-level pairs '
                 'are not included.'},
        {'scope': 'counterpart support to the Tibetan areas of Qinghai (对口支援青海藏区, 2010)', 'complete': True,
         'count': count_programmes(linkages).get('qinghai-tibetan-areas-counterpart-support', 0),
         'note': 'The 6 provinces and municipalities and their prefectures (北京→玉树, 上海→果洛, 天津→黄南, 江苏→海南, 浙江→海西, '
                 '山东→海北), each from a report; central ministries and enterprises are not nodes. The Tibetan areas of Sichuan, Yunnan '
                 'and Gansu are not included (only 广东→甘孜 appears, as a pair of the 2016 east–west list).'},
        {'scope': 'province nodes', 'complete': True, 'count': stats['provinces'],
         'note': 'A province node (kind "province", id = province code) for every province a programme document names as a whole; '
                 'municipalities are their city nodes; nothing is pinned to a provincial capital.'},
        {'scope': 'accessibility', 'complete': False, 'count': stats['hsr'] + stats['access'],
         'note': f'Not linkages (never edges of the linkage network). {stats["hsr"]} high-speed/fast-rail key-stop city pairs (RailwayVIS, '
                 'lines opened up to 2020-09; key stops only, so a pair can skip intermediate cities, e.g. Tianjin → Dezhou skips '
                 'Cangzhou; some fast lines are upgraded old lines) and Guangzhou\'s 30/60-minute planning targets (《中心城市对接服务国家重大区域发展战略研究》; 10 pairs).'
                 + (f' {len(stats["hsrSkipped"])} rail pairs skipped (an end is not a node).' if stats['hsrSkipped'] else '')},
        {'scope': 'city indicators: census population', 'complete': False, 'count': stats['census']['cities'],
         'note': 'population (resident, persons), urbanPopulation and urbanShare at the 2010 and 2020 censuses for '
                 f'{stats["census"]["cities"]} city nodes (Dong, Du & Liu, SSRN 4049338; leiii/census, MIT). No 2020 value for '
                 + (', '.join(stats['census']['missing2020']) or 'none') + '; no census value at all for ' + (', '.join(stats['census']['noCensus']) or 'none') +
                 '. Province sums of the source table equal the official 7th-census totals (国家统计局 第七次全国人口普查公报（第三号）) '
                 'for 26 of 31 provinces; short in ' + ', '.join(f'{KNOWN_SHORTFALLS[p]} ({v / 1e6:+.2f} M)' for p, v in sorted(stats['census']['shortfalls'].items(), key=lambda kv: kv[1])) +
                 ' (units outside the prefecture bulletins; XPCC cities without 2020 values). Hong Kong and Macao values are official '
                 'mid-year estimates, not census counts.'},
        {'scope': 'city indicators: GDP', 'complete': False, 'count': 0,
         'note': 'No GDP: no source whose licence allows redistribution with every value traceable was found. Join your own with '
                 'data/templates/city-indicators.csv (see the README).'},
    ]
    return OrderedDict([
        ('name', 'zonelink China dataset'),
        ('version', '0.2.0'),
        ('asOf', AS_OF),
        ('description', 'China\'s national functional platforms (SEZs, new areas, FTZs and their areas, HTZs, ETDZs, border zones, '
                        'cross-border e-commerce zones, major reform platforms), its prefecture-level cities (with census population 2010 and 2020), '
                        'province nodes, the linkages stated by the source papers and by programme documents (NE–East counterpart cooperation, '
                        'east–west pairing, counterpart support to Xinjiang, Tibet and the Tibetan areas of Qinghai, Guangdong counterpart assistance, co-built and branch parks), and accessibility (HSR key-stop pairs, '
                        'Guangzhou\'s travel-time targets). Facts current to: codes 2024; FTZs 2023-11; e-commerce zones 2022-11 (7 batches); HTZs 2023-11 '
                        '(175 of 178); ETDZs 2021-06 (229 of 230); see coverage. City clusters (cityClusters ids): ' +
                        '; '.join(f'{cid} = {v[0]} ({v[2]})' for cid, v in CLUSTERS.items())),
        ('sources', sources),
        ('coverage', coverage),
    ])



# --------------------------------------------------------------------------
# Linkage audit (issue 12): the 36 linkages of version 0.1.0 checked against the
# papers they cited (../shared/reference-data/audit_linkages_vs_papers.csv).
# Only linkages the source states stay; containment becomes `partOf`; Guangzhou's
# travel-time circles become accessibility.
# --------------------------------------------------------------------------
# What each source paper says, with its section, for the linkages that stay.
SEED_000_S3 = SEED_000 + ', 二（四）联动发展的主要模式'
SEED_000_S_MECH = SEED_000 + ', 二（三）联动发展的主要机制'
SEED_002_S = SEED_002 + ', 三、3. 推动开放创新平台联动与共建'
KEPT_CASES = {
    # id: (citation with section, what the source says)
    'l-ftz-shanghai-zhangjiang': (SEED_000_S3 + ' (资源要素联动); 上海市政府《关于加快推进中国（上海）自由贸易试验区和上海张江国家自主创新示范区联动发展的实施方案》 (2015-11)',
                                  '《区域发展重大战略功能平台的联动发展研究》 names the 2015 Shanghai plan linking the Shanghai FTZ and the Zhangjiang national independent innovation demonstration zone'),
    'l-teda-xiongan': (SEED_000_S3 + ' (跨区域联动)', '《区域发展重大战略功能平台的联动发展研究》: 天津经开区 … 服务雄安新区 (cross-regional linkage across Jing-Jin-Ji)'),
    'l-zhongguancun-xiongan': (SEED_000_S3 + ' (跨区域联动)', '《区域发展重大战略功能平台的联动发展研究》: 中关村 … 服务雄安新区 (cross-regional linkage across Jing-Jin-Ji)'),
    'l-liangjiang-tianfu': (SEED_000_S3 + ' (跨区域联动)', '《区域发展重大战略功能平台的联动发展研究》: 重庆两江新区与四川天府新区 (since 2020) in planning, transport, industry and mutual recognition of services'),
    'l-nansha-mrp-hengqin': (SEED_002_S, '《中心城市对接服务国家重大区域发展战略研究》 recommends 南沙…强化与横琴、前海、港澳以及海南自由贸易港的对接联动 (a proposal)'),
    'l-nansha-mrp-qianhai': (SEED_002_S, '《中心城市对接服务国家重大区域发展战略研究》 recommends 南沙…强化与横琴、前海、港澳以及海南自由贸易港的对接联动 (a proposal)'),
    'l-nansha-810000': (SEED_002_S, '《中心城市对接服务国家重大区域发展战略研究》 recommends 南沙…强化与横琴、前海、港澳以及海南自由贸易港的对接联动 (a proposal)'),
    'l-nansha-820000': (SEED_002_S, '《中心城市对接服务国家重大区域发展战略研究》 recommends 南沙…强化与横琴、前海、港澳以及海南自由贸易港的对接联动 (a proposal)'),
    'l-nansha-ftp-hainan': (SEED_002_S, '《中心城市对接服务国家重大区域发展战略研究》 recommends 南沙…强化与横琴、前海、港澳以及海南自由贸易港的对接联动 (a proposal)'),
    'l-guangzhou-foshan-coop': (SEED_002_S, '《中心城市对接服务国家重大区域发展战略研究》 names 广佛合作区试验区 (Guangzhou–Foshan)'),
    'l-guangzhou-qingyuan-coop': (SEED_002_S, '《中心城市对接服务国家重大区域发展战略研究》 names 广清经济特别合作区 (built by Guangzhou in Qingyuan)'),
}
# Audited linkages that are containment: (zone, container).
CONTAINMENT_FROM_AUDIT = {'l-binhai-nna-etdz': ('etdz-tianjin', 'nna-binhai'), 'l-binhai-nna-cbz': ('cbz-tianjin-binhai', 'nna-binhai')}
# Zones that exist only for dropped linkages (their own record is not in question, but nothing states the linkage).
GUANGZHOU_TIME_CIRCLES = {'l-guangzhou-30min-440600': ('440600', 30), 'l-guangzhou-30min-441900': ('441900', 30)}
for _c in ['440300', '440400', '441300', '442000', '440700', '441200', '810000', '820000']:
    GUANGZHOU_TIME_CIRCLES[f'l-guangzhou-60min-{_c}'] = (_c, 60)


def audit_cases(ref, case_links):
    """Apply the audit: returns (kept linkages, audit rows, containment pairs, accessibility records)."""
    audit = {r['id']: r for r in read_csv(ref, 'audit_linkages_vs_papers.csv')}
    by_id = {l['id']: l for l in case_links}
    assert set(audit) == set(by_id), set(audit) ^ set(by_id)
    kept, rows, contain, access = [], [], [], []
    for lid, a in audit.items():
        l = by_id[lid]
        if lid in KEPT_CASES:
            citation, says = KEPT_CASES[lid]
            l = OrderedDict(l)
            l['citation'] = citation
            l['programme'] = 'paper-cases'
            if lid == 'l-liangjiang-tianfu':
                l.pop('arrangement', None)  # "agreement" is not in the paper
            kept.append(l)
            rows.append((lid, citation, says, 'stated', 'kept (audit: ' + a['verdict'] + ')'))
        elif lid in CONTAINMENT_FROM_AUDIT:
            contain.append(CONTAINMENT_FROM_AUDIT[lid])
            rows.append((lid, SEED_000, a['note'], 'containment', 'removed as a linkage; recorded as partOf ' + CONTAINMENT_FROM_AUDIT[lid][1]))
        elif lid.startswith('l-customs-ftz-shanghai-'):
            rows.append((lid, SEED_000, a['note'], a['verdict'], 'removed; the FTZ area is partOf its FTZ (containment)'))
        elif lid in GUANGZHOU_TIME_CIRCLES:
            dest, minutes = GUANGZHOU_TIME_CIRCLES[lid]
            access.append(OrderedDict([
                ('id', 'a-guangzhou-%dmin-%s' % (minutes, dest)), ('origin', '440100'), ('destination', dest), ('minutes', minutes),
                ('mode', 'rail' if minutes == 60 else 'multimodal'), ('directed', True), ('planned', True),
                ('citation', SEED_002 + ', 三、1. 健全中枢式便捷高效交通网络'),
                ('note', 'Planning target of the paper: %s' % ('60分钟轨道直接到达 every Greater Bay Area city' if minutes == 60 else '30-minute circle to Foshan and Dongguan'))]))
            rows.append((lid, SEED_002, a['note'], 'accessibility', 'removed as a linkage; moved to accessibility'))
        else:
            rows.append((lid, l.get('citation', ''), a['note'], a['verdict'], 'removed (not stated by its source)'))
    return kept, rows, contain, access


# --------------------------------------------------------------------------
# Programme linkages (documented pairings, at the level the document names)
# --------------------------------------------------------------------------
MUNICIPALITIES = {'110000', '120000', '310000', '500000'}
CIT_NE_EAST = '国务院办公厅《东北地区与东部地区部分省市对口合作工作方案》 国办发〔2017〕22号 (2017-03-07)'
CIT_EW_2001 = '国务院新闻办公室白皮书《中国农村扶贫开发的新进展》 (2011-11), 表2 (东西扶贫协作结对关系)'
CIT_EW_2010 = '国务院新闻办公室白皮书《中国农村扶贫开发的新进展》 (2011-11), note to 表2 (2010-06 adjustment)'
CIT_EW_2016 = '中共中央办公厅、国务院办公厅《关于进一步加强东西部扶贫协作工作的指导意见》 (2016-12), 二、结对关系'
CIT_XJ = ('新一轮对口援疆 (2010, decided at the 全国对口支援新疆工作会议, Beijing, 2010-03-29/30, as Xinhua reported on 2010-04-19): list of 19 provinces and '
          'cities and their assigned prefectures and counties, as reproduced in the 行政区划网 (xzqh.info) forum thread 69347')
# (helper code, helper name, recipient prefecture code, counties/divisions the list names)
XJ_2010 = [
    ('440000', '广东省', '653100', '疏附、伽师 (农十三师图木舒克市 not a node)'),
    ('440300', '深圳市', '653100', '喀什市、塔什库尔干塔吉克自治县'),
    ('370000', '山东省', '653100', '疏勒、英吉沙、岳普湖、麦盖提'),
    ('310000', '上海市', '653100', '莎车、泽普、叶城、巴楚'),
    ('110000', '北京市', '653200', '和田市、和田县、洛浦、墨玉 (农十四师 not a node)'),
    ('120000', '天津市', '653200', '策勒、于田、民丰'),
    ('340000', '安徽省', '653200', '皮山'),
    ('210000', '辽宁省', '654200', '塔城地区'),
    ('220000', '吉林省', '654300', '阿勒泰市、布尔津、哈巴河、吉木乃'),
    ('230000', '黑龙江省', '654300', '青河、福海、富蕴 (农十师 not a node)'),
    ('330000', '浙江省', '652900', '阿克苏地区八县一市'),
    ('330000', '浙江省', '659002', '农一师阿拉尔市'),
    ('430000', '湖南省', '650400', '吐鲁番地区'),
    ('420000', '湖北省', '652700', '博尔塔拉蒙古自治州 (农五师 not a node)'),
    ('130000', '河北省', '652800', '巴音郭楞蒙古自治州 (农二师 not a node)'),
    ('350000', '福建省', '652300', '昌吉回族自治州'),
    ('140000', '山西省', '652300', '阜康市'),
    ('140000', '山西省', '659004', '农六师五家渠市'),
    ('360000', '江西省', '653000', '阿克陶'),
    ('320000', '江苏省', '653000', '阿图什市、乌恰、阿合奇'),
    ('320000', '江苏省', '654000', '伊犁河谷州直八县二市 (农四师、农七师 not nodes)'),
    ('410000', '河南省', '650500', '哈密地区'),
]
# Reports that state a pair of the 2010 Xinjiang list independently of the forum reproduction: (helper, prefecture) → (says, where).
XJ_CORROBORATION = {
    ('110000', '653200'): ('按照中央的总体部署，北京市对口支援和田地区的和田市、和田县、墨玉县、洛浦县和新疆生产建设兵团农十四师团场',
                           'Xinhua 2010-04-19, read in a mirror (103.249.53.35/zt/szzt/xjgz_1/lgwsm4/xjgz_7/201005/t20100528_1391410.htm)'),
    ('120000', '653200'): ('自2010年，新一轮对口援疆工作启动以来，天津市对口支援和田地区策勒县、于田县、民丰县',
                           '2016 report read at wulumuqi.baogaosu.com (津和相拥情意深); 新疆日报 2024-04-27 on ts.cn'),
    ('440000', '653100'): ('2010年，新一轮对口援疆工作开启，广东对口支援喀什地区 (伽师县、疏附县 named)',
                           'www.baogao.com/chanjing/9a777bbf-85d3-4436-80e8-eaf282be123c.html (a secondary web text)'),
    ('440300', '653100'): ('2010年新一轮援疆工作以来，深圳作为19个援疆省市中唯一的计划单列市，对口支援喀什市和塔什库尔干塔吉克自治县',
                           '深圳新闻网 2019-05-07, read in a mirror (greatbrookproperties.com/news/content/2019-05/07/content_21720454.htm)'),
    ('370000', '653100'): ('山东省对口支援喀什地区的疏勒、英吉沙、麦盖提、岳普湖四县', '新疆日报 2023-10-24 via 新华网 (xj.news.cn/20231024/636100d5095a491eba19e5d09c0b55ac/c.html)'),
    ('310000', '653100'): ('自2010年新一轮对口支援新疆工作开展以来，上海已选派464名援疆干部人才进疆 … 上海对口支援的喀什四县',
                           '东方早报 2015-06 via 中国网 (gongyi.china.com.cn/zczxd/2015-06/12/content_7987534.htm); 2017 report on 上海援建泽普县 (zhengwu.iyaxin.com)'),
    ('330000', '652900'): ('浙江省自2010年对口支援新疆阿克苏地区和兵团第一师', '新疆日报 2023-05, read in a mirror (m.hzgjvip.cn/2023/0520/2445550.shtml)'),
    ('330000', '659002'): ('浙江省自2010年对口支援新疆阿克苏地区和兵团第一师', '新疆日报 2023-05, read in a mirror (m.hzgjvip.cn/2023/0520/2445550.shtml)'),
    ('320000', '654000'): ('2010年新一轮对口援疆工作开始后，江苏援疆范围扩展为伊犁州直属所有10个县（市）、克孜勒苏柯尔克孜州3个县（市）、新疆生产建设兵团2个师和霍尔果斯经济开发区',
                           '江苏经济报 2024-04-26 via 新浪 (cj.sina.com.cn/articles/view/3233134660/c0b5b8440200166zk)'),
    ('320000', '653000'): ('2010年新一轮对口援疆工作开始后，江苏援疆范围扩展为伊犁州直属所有10个县（市）、克孜勒苏柯尔克孜州3个县（市）…',
                           '江苏经济报 2024-04-26 via 新浪 (cj.sina.com.cn/articles/view/3233134660/c0b5b8440200166zk)'),
    ('410000', '650500'): ('从2010年起，河南省由支援新疆阿克苏地区调整为对口支援哈密地区和兵团十三师',
                           '河南日报 2014-05-27, read at zhengzhou.baogaosu.com; 光明日报 2018-01-08 (news.gmw.cn/2018-01/08/content_27290181.htm)'),
    ('430000', '650400'): ('“十二五”期间，湖南省将安排12.84亿元援助资金 … 援助吐鲁番地区开工建设7160户农村安居富民房', '2012 report read in a mirror (irydgn.com/news/201201/09/46837.html)'),
    ('210000', '654200'): ('此次对口援疆工作，我省承担着支援塔城地区五县两市、农八师石河子市和农九师团场的任务',
                           '辽宁日报 2010-07-18 via 中国日报网 (covid-19.chinadaily.com.cn/dfpd/2010-07/18/content_10123445.htm)'),
    ('230000', '654300'): ('在新一轮对口援疆战略中，黑龙江省对口支援阿勒泰地区福海县、富蕴县、青河县和新疆生产建设兵团农十师',
                           '中新网 2010-12-18 via 搜狐 (news.sohu.com/20101218/n278376988.shtml)'),
    ('350000', '652300'): ('1999年，福建省首批援疆干部从闽水之畔奔赴茫茫戈壁，开启福建对口援疆之路，自此福建与昌吉结下了深厚情谊',
                           '昌吉日报 2024-09-01 (cjxww.cn/zt/lzcjhhqsn/hhcja05/cjzsa05/202409/t20240904_23567072.html)'),
    ('140000', '652300'): ('2010年，山西省首批援疆干部响应党中央号召，投身于对口援疆工作中 (福建省、山西省开展对口援疆成就综述, 昌吉)',
                           '昌吉日报 2024-09-01 (cjxww.cn/zt/lzcjhhqsn/hhcja05/cjzsa05/202409/t20240904_23567072.html)'),
    ('420000', '652700'): ('湖北对口援博14年，“双层全覆盖，有限无限相结合”的湖北模式成效显著', 'report of 张春贤\'s visit to 博州, read at wisor.cc/policy/show.php?itemid=101504'),
    ('340000', '653200'): ('按照国家统一部署，我省在深入调研和有效对接的基础上，精心谋划了383个援建项目 (安徽, 和田地区及皮山县)',
                           '安徽市场星报 2011-06-19 (ahscb.com/html/2011-06/19/content_47714.htm); 民生周刊 2026-01-22 (皮山安徽工业园区)'),
    ('360000', '653000'): ('2020年以来，江西省对口支援新疆前方指挥部始终将阿克陶县作为江西“特殊第一县”对待', '新疆日报 2023-06-26 (chinaxinjiang.cn/2023/06/26/33a799edfd894defa8b358ac629277a1.html)'),
}
# A pair of the 2010 round that the forum list omits, stated by a provincial newspaper of 2010.
XJ_EXTRA = [('210000', '辽宁省', '659001', '农八师石河子市', '此次对口援疆工作，我省承担着支援塔城地区五县两市、农八师石河子市和农九师团场的任务',
             '辽宁日报 2010-07-18 via 中国日报网 (covid-19.chinadaily.com.cn/dfpd/2010-07/18/content_10123445.htm)')]

# Tibet (对口援藏): the assignments decided at the 1994 第三次西藏工作座谈会 and later, one pair per report that states it
# (no single official list was found). (helper, name, prefecture, start year or None, what the source says, where it was read, note)
CIT_TIBET = '对口支援西藏 (分片负责、对口支援、定期轮换; decided at the 1994 中央第三次西藏工作座谈会)'
TIBET = [
    ('320000', '江苏省', '540100', 1994, '自1994年江苏建立对口支援西藏拉萨工作机制以来',
     '新华日报·交汇点《江苏援藏系列报道①》 (2023-06-15), reprinted at laowu.nanfei.cn/zonghe/2023/0615/11847.html',
     'Sources disagree on the year: a Xinhua report of 2021-11-03 (中国西藏网 援藏 column, read in a mirror, '
     'panopticimage.com/cn/aid_tibet/news/202111/t20211103_7089924.html) says 自1995年对口支援西藏拉萨以来; 1994 is the year of the '
     'central decision, 1995 the year the first cadres arrived.'),
    ('120000', '天津市', '540300', 1994, '1994年，中央启动对口支援西藏政策，天津与昌都结下不解之缘',
     'article on Tianjin\'s support to Chamdo, tippy.cn/shenghuojingyan/29421.html (a secondary web text)', None),
    ('330000', '浙江省', '540600', 1994, '浙江援藏干部 … 助力那曲 (1994: 中央第三次西藏工作座谈会拉开了对口支援西藏的帷幕)',
     '中国西藏网 tibet.cn/cn/zt2024/yz30y/yzyw (对口援藏30年 special)', None),
    ('110000', '北京市', '540100', 1994, '自1994年中央第三次西藏工作座谈会以来，北京对口援藏工作已走过30年 … 北京市始终高度重视对口支援拉萨工作',
     'xztzb.gov.cn/jiaoliu/1718850247435.shtml (2024, 北京对口援藏30年); also 人民网 2017-12-07 北京拉萨共商对口支援工作 (xwzx.qqzyw.com/show-146280.html)', None),
    ('310000', '上海市', '540200', 1994, '1994年7月，中央召开第三次西藏工作座谈会议，上海开始援藏工作 … 松江于1995年起对口支援定日县 (日喀则)',
     '澎湃新闻 2020-07-17 (www.thepaper.cn/newsDetail_forward_8312222_1); Xinhua 2018-12-12 (1994年至2018年以来，上海市对口援藏项目1582个, '
     'read in a mirror of 央广网, huiyingmeng.com/xz/jrxz/20181214/t20181214_524449986.shtml)', None),
    ('370000', '山东省', '540200', None, '1994年以来，西藏日喀则累计接受四省市、两企业对口援藏项目 … 山东省对口援藏项目1355个',
     'Xinhua 2018-12-12, read in a mirror of 央广网 (huiyingmeng.com/xz/jrxz/20181214/t20181214_524449986.shtml)',
     'The report gives the 1994–2018 totals of the four provinces without the year each began.'),
    ('230000', '黑龙江省', '540200', None, '1994年以来，西藏日喀则累计接受四省市、两企业对口援藏项目 … 黑龙江省对口援藏项目356个',
     'Xinhua 2018-12-12, read in a mirror of 央广网 (huiyingmeng.com/xz/jrxz/20181214/t20181214_524449986.shtml)',
     'The report gives the 1994–2018 totals of the four provinces without the year each began.'),
    ('220000', '吉林省', '540200', None, '1994年以来，西藏日喀则累计接受四省市、两企业对口援藏项目 … 吉林省对口援藏项目297个',
     'Xinhua 2018-12-12, read in a mirror of 央广网 (huiyingmeng.com/xz/jrxz/20181214/t20181214_524449986.shtml)',
     'The report gives the 1994–2018 totals of the four provinces without the year each began.'),
    ('500000', '重庆市', '540300', 1994, '2014年，是中央实施对口援藏决策方针20周年，也是重庆对口援藏20周年 … 赴西藏自治区昌都地区工作',
     '重庆晨报 2015-03-21, read in a mirror of 西藏新闻网 (www.customartwest.com/cd/2015-03/21/content_1252990.html); '
     '重庆市经济信息委 2022-06-17 (jjxxw.cq.gov.cn/zwxx_213/jxdt/202206/t20220617_10826320.html: 重庆市对口支援的类乌齐、察雅、芒康三个县)', None),
    ('130000', '河北省', '542500', 1994, '自1994年中央第三次西藏工作座谈会作出“分片负责、对口支援、定期轮换”重大决策，确定河北省对口支援西藏阿里地区',
     '西藏日报 2024-09, read in a mirror of 中国西藏网 (www.tyjgjz.com/cn/in/szqs/202409/t20240918_7688624.html)', None),
    ('610000', '陕西省', '542500', 1994, '1994年，中央第三次西藏工作座谈会确定陕西对口支援阿里地区',
     '群众新闻 2024-09-06 (xmz.gov.cn/html/news/shina/2024/0906/16751.html)', None),
    ('210000', '辽宁省', '540600', 1994, '辽宁对口支援那曲 … 对口援藏30年来 (2024)',
     '西藏日报 2024-06-21 via 央视网 (local.cctv.com/2024/06/21/ARTIkwkaS3zFCRMLnBwLCqYf240621.shtml)',
     'Start year from "30 years" in 2024 (the 1994 decision).'),
    ('420000', '湖北省', '540500', 1994, '1994年，党中央召开第三次西藏工作座谈会，拉开全国对口支援西藏建设的序幕。相隔数千公里的湖北与山南，因此结缘',
     '湖北日报, read in a reprint (www.hflpw.com/portal.php?aid=278225&mod=view); 曲松县政府 2021-10 (www.qusong.gov.cn, 湖北·西藏对口支援工作座谈会 in 山南)', None),
    ('430000', '湖南省', '540500', 1995, '湖南省从1995年开始，对口支援西藏山南地区',
     '2007 report read in a mirror (nakedoat.com/gzdt/2007-04/06/content_573714.htm); 湖南日报 2021-08 (1995年以来，湖南根据党中央统一部署和安排 … 山南; '
     'reprint www.iuu7.com/qzkx/show-21764.html)', None),
    ('340000', '安徽省', '540500', 2002, '2002年，中央决定安徽省对口支援山南市以来，安徽省先后派出八批援藏工作队',
     '中国网·西藏 2024-07-15 (big5.china.com.cn/gate/big5/xz.china.com.cn/2024-07/15/content_42861375.htm)', None),
    ('440000', '广东省', '540400', 1994, '自1994年起，广东与林芝跨越3000公里的山海之隔，携手筑梦，开启了一段跨越时空的深情援藏之旅',
     'yule.kcwzh.com/news/23403.html (2024-08-20, a secondary web text); 西藏日报 2025-06-30 广东省第十批援藏干部人才 … 林芝 '
     '(mirror www.tyjgjz.com/cn/culture/202506/t20250630_7816870.html)', None),
    ('350000', '福建省', '540400', None, '西藏林芝地区是福建省的对口援助地区，福建省迄今已派出了五批援藏工作队进入林芝地区',
     'Xinhua 2009-03-11 on gov.cn (www.gov.cn/jrzg/2009-03/11/content_1256629.htm)',
     'By 2022 Fujian\'s cadres go to Chamdo instead (see l-tibet-350000-540300); no source read says when the assignment moved, so no end year.'),
    ('350000', '福建省', '540300', None, '2022年7月15日，福建省第十批援藏工作队131名干部人才从东海之滨跨越3300公里来到西藏昌都',
     '福建日报 2025-07-10, read in a mirror (www.gdbyq.com/news/fujian/gcdt/2025-07-10/2836904.html); 福州新闻网 2023-02-16 (福州对口援助八宿县, '
     'news.fznews.com.cn/fzxw/20230216/m07S0ya5qN.shtml)',
     'Start year not stated in any source read (the tenth batch arrived 2022-07; Fujian earlier supported Nyingchi).'),
]


# East–west pairs of the 2016 list beyond the part read in the reprint, each from a report that states it.
EW_EXTRA = [
    ('440600', '佛山市', '513400', '凉山彝族自治州', 2016, 2020,
     '2016年,佛山市对口帮扶凉山州 … 新阶段,国家东西部协作结对关系调整,佛山不再对口帮扶凉山 (so the pair ended with the 2021 adjustment)',
     '中国网·四川 sc.china.com.cn/2021/toutiao_0518/405863.html (2021-05-18, from 川观新闻)'),
    ('442000', '中山市', '530600', '昭通市', None, None, '依据省委、省政府工作安排,中山联合东莞对口帮扶云南昭通市10县1区 (东西部扶贫协作; no year given)',
     'report of the Zhaotong delegation to Zhongshan, www.zzkailai.com/newdetail-261548.html (a reprint)'),
    ('441900', '东莞市', '530600', '昭通市', None, None, '中山联合东莞对口帮扶云南昭通市10县1区 (东西部扶贫协作; no year given)',
     'report of the Zhaotong delegation to Zhongshan, www.zzkailai.com/newdetail-261548.html (a reprint)'),
    ('440400', '珠海市', '533300', '怒江傈僳族自治州', 2016, None, '自2016年底开展东西部扶贫协作以来，珠海市秉持“中央要求、怒江所需，珠海所能”原则 … 帮扶怒江',
     '南方日报 2020-10-16《珠海&怒江：山海同心小康路》 (static.nfapp.southcn.com/content/202010/16/c4161658.html)'),
    ('370100', '济南市', '433100', '湘西土家族苗族自治州', 2016, None, '自2016年年底东西部扶贫协作启动以来，济南市和湘西州党委、政府高度重视 … 建立了工作对接、高层互访、联席会议、干部挂职等工作机制',
     '济南日报 report on the first 体验湘西 week, reprinted at www.xuehua.us/a/5ec01aa956a42ff72b3f2d7b; 中国产业经济信息网 2020-06-23 '
     '(济南市—湘西州东西部扶贫协作高层联席会议, www.cinic.org.cn/xy/jinan/tbch/847577.html)'),
    ('370200', '青岛市', '621200', '陇南市', 2016, None, '自去年10月中央确定青岛市结对帮扶陇南市以来，两市通过召开联席会议 … 稳步推进东西扶贫协作工作 (甘肃日报, 2017-08)',
     '甘肃日报 2017-08-10, read in a reprint (www.lfbxx.com/html/1326/2017-08-10/content-177087.html)'),
    ('370200', '青岛市', '520400', '安顺市', None, None, '助力安顺54.58万贫困人口脱贫 … 2016年以来，累计帮助安顺、陇南引进项目99个 (青岛 东西部扶贫协作)',
     '青岛日报 2021-02-26, reprinted at qing5.com/2021/0226/380193.shtml; 中国经济网 2017-10-16 (tuopin.ce.cn/news/201710/16/t20171016_26546873.shtml: '
     '山东省青岛市与贵州省安顺市“东西部”协作)'),
    ('440100', '广州市', '520500', '毕节市', 2016, None, '2016年以来，广州持续深化东西部扶贫协作 … 截至2019年底，贵州毕节、黔南减少贫困人口逾180.49万人',
     '人民网 2020-10-16《广州聚力东西部扶贫协作》, reprinted at xcgbb.com/xczx/202010/t20201016_6835092.shtml; 广州文明网 2020-07-13 '
     '(gdgz.wenming.cn/2020index/wmcj/202007/t20200713_6578771.html)'),
    ('440100', '广州市', '522700', '黔南布依族苗族自治州', 2016, None, '2016年以来，广州持续深化东西部扶贫协作 … 截至2019年底，贵州毕节、黔南减少贫困人口逾180.49万人',
     '人民网 2020-10-16《广州聚力东西部扶贫协作》, reprinted at xcgbb.com/xczx/202010/t20201016_6835092.shtml'),
    ('440000', '广东省', '513300', '甘孜藏族自治州', 2014, None, '2014年以来，广东省携手四川省甘孜藏族自治州开展东西部扶贫协作，惠州市负责对口支援两个贫困县',
     '南方网 (pc.nfapp.southcn.com/76/4162512.html, 国家扶贫日 report on 惠州 and 道孚/丹巴); 2014年，广东—甘孜对口援藏工作启动 '
     '(report read at tjtfjx.com/html/xw/dzyw/23801.html). The pair began in 2014 as counterpart support to the Sichuan Tibetan areas'),
]
# End of a 2016 pair stated by a report of the 2021 adjustment: (helper, helped) → (end year, what the source says, where).
EW_2016_END = {
    ('330100', '522600'): (2020, '根据国家新阶段东西部协作调整工作部署，佛山市“接棒”杭州市，结对黔东南',
                           '黔东南日报 2021-07-11 (dzb.qdnrbs.cn/szb/pc/202107/11/c163304.html)'),
}
# The 2021 adjustment (新阶段东西部协作; 结对关系 adjusted by the centre in 2021, the list itself not published in full): pairs a report
# states for the new round. (helper, name, helped, name, start year, what the source says, where it was read)
CIT_EW_2021 = ('东西部协作 结对关系调整 (2021, 新阶段; 中共中央办公厅、国务院办公厅《关于坚持和完善东西部协作机制的意见》, 2021-03; the '
               'adjusted list was not published in full)')
EW_2021 = [
    ('440000', '广东省', '450000', '广西壮族自治区', 2021, '在中央重新调整东西部结对帮扶关系后，广东负责帮扶广西、贵州两省区',
     '南方日报 report of 2021-05 on the new round, reprinted at www.hwsss.com/guoji/2021050118825.html'),
    ('440300', '深圳市', '450100', '南宁市', 2021, '两广的协作关系大体保持稳定，双方协作地市基本与此前一致，只是此前分别由茂名、肇庆帮扶的南宁、桂林的2市5县调整为深圳帮扶',
     '南方日报 report of 2021-05 on the new round, reprinted at www.hwsss.com/guoji/2021050118825.html (5 counties of the two cities)'),
    ('440300', '深圳市', '450300', '桂林市', 2021, '两广的协作关系大体保持稳定，双方协作地市基本与此前一致，只是此前分别由茂名、肇庆帮扶的南宁、桂林的2市5县调整为深圳帮扶',
     '南方日报 report of 2021-05 on the new round, reprinted at www.hwsss.com/guoji/2021050118825.html (5 counties of the two cities)'),
    ('440000', '广东省', '520000', '贵州省', 2021, '2021年，中央重新调整新一轮东西部结对帮扶关系，决定广东继续帮扶贵州',
     '中新网 2021-12-09《粤黔构建协作新格局 山海携手共同富裕》 (www.gz.chinanews.com/jjgz/2021-12-09/doc-ihatrmfi0058416.shtml); '
     '南方日报 2021-05 (www.hwsss.com/guoji/2021050118825.html)'),
    ('370000', '山东省', '620000', '甘肃省', 2021, '鲁甘协作是习近平总书记和党中央交给山东的光荣政治任务 … 山东将全面落实好两省联合编制的“十四五”东西部协作发展规划',
     '甘肃日报 2021-12-05 (山东省·甘肃省东西部协作座谈会在济南召开; read in a mirror, yhg994208.cn/news/gansu/2021120507394033457.htm)'),
    ('370200', '青岛市', '621100', '定西市', 2021, '青岛与定西自2021年4月结对',
     '新浪财经 2026-01-15《“青定桥”架起东西部协作共富路》, read at reportify.cn (tags/concept?tagValue=一核四化)'),
    ('440100', '广州市', '520500', '毕节市', 2021, '广州市党政代表团赴贵州省毕节市、安顺市和黔南州，深入推进东西部协作工作',
     '广州市人民政府 2022-07-28 (www.gz.gov.cn/xw/gzyw/content/post_8454760.html, from 广州日报)'),
    ('440100', '广州市', '520400', '安顺市', 2021, '广州市党政代表团赴贵州省毕节市、安顺市和黔南州，深入推进东西部协作工作',
     '广州市人民政府 2022-07-28 (www.gz.gov.cn/xw/gzyw/content/post_8454760.html, from 广州日报)'),
    ('440100', '广州市', '522700', '黔南布依族苗族自治州', 2021, '广州市党政代表团赴贵州省毕节市、安顺市和黔南州，深入推进东西部协作工作',
     '广州市人民政府 2022-07-28 (www.gz.gov.cn/xw/gzyw/content/post_8454760.html, from 广州日报)'),
    ('440400', '珠海市', '520300', '遵义市', 2021, '按照党中央对新一轮东西部协作结对关系的调整安排，“十四五”期间，广东省珠海市将结对帮扶遵义市',
     'www.zgxbyx.cc/infoview.asp?id=9052; 珠海市人民政府门户 2021 (遵义市党政代表团来珠考察对接东西部协作工作, reprinted at cgjd.org.cn/show-146630.html)'),
    ('442000', '中山市', '520200', '六盘水市', 2021, '2021年国家新一轮东西部协作关系调整后，粤、黔两省建立起新的结对帮扶协作关系，中山市与六盘水市从此结下“山水情缘”',
     '水城融媒 2024-03-06《中山·六盘水东西部协作工作综述》 (read at freewechat.com); 中山市人民政府 (zs.gov.cn/zwgk/ldzc/ldhd/content/post_2253980.html)'),
    ('441900', '东莞市', '520600', '铜仁市', 2021, '《“十四五”时期东莞·铜仁宣传文化工作东西部协作协议》 … 坚决贯彻落实党中央决策部署及粤黔两省的统一部署，切实增强做好莞铜协作的政治责任感',
     'i东莞 2021-09-07 (pub.timedg.com/a/2021-09/07/AP6137058fe4b024870891f032.html)'),
    ('440600', '佛山市', '522600', '黔东南苗族侗族自治州', 2021, '今年，根据国家新阶段东西部协作调整工作部署，佛山市“接棒”杭州市，结对黔东南，帮扶我州',
     '黔东南日报 2021-07-11 (dzb.qdnrbs.cn/szb/pc/202107/11/c163304.html)'),
    ('110000', '北京市', '150000', '内蒙古自治区', 2021, '2021年，京蒙协作按照党中央、国务院及京蒙两地党委和政府部署，把巩固脱贫攻坚成果摆在优先位置 … 2021年度协作任务全部超额完成',
     '内蒙古 report of 2022-07-11 on the 全区京蒙协作工作推进会 (listed at www.jctt100.cn/shengwen.html); 人民网内蒙古 2024-08-24 (1996年，京蒙两地正式结对)'),
    ('120000', '天津市', '620000', '甘肃省', 2021, '1996年，中央确定天津对口帮扶甘肃 … 进入“十四五”，津甘东西部协作步入新阶段。《天津市·甘肃省“十四五”深化东西部协作规划》实施',
     'wanbiaoku.com/new/0b6c6c7ee4ce41558e1b7006a3af7c67 (a secondary web text); 甘肃日报 2025-06-07 on the 津陇共振兴 meeting (gs.people.com.cn/BIG5/n2/2025/0607/c183283-41252414.html)'),
    ('310000', '上海市', '530000', '云南省', 2021, '自1996年党中央确定上海市对口帮扶云南省以来，沪滇协作已走过28个春秋 … 召开奉贤区—大理州2024年东西部协作联席会议',
     '大理日报 2024-05-31, read in a mirror (www.thenutrichic.com/content/2024-05/31/content_65158.html)'),
    ('320000', '江苏省', '610000', '陕西省', 2021, '2021年，江苏省共向我省投入苏陕协作财政援助资金26.9亿元，实施项目1343个 … 2021年，苏陕两省全面完成了互访、具体对接',
     '陕西日报 2022-02-16, read in a mirror (m.imneio.com/guonei/2022/0217/13101.html)'),
    ('320000', '江苏省', '630000', '青海省', 2021, '根据中央部署安排，江苏自2010年起对口支援青海省海南州，2016年起与青海省西宁市、海东市开展对口协作，2021年起江苏与青海协作范围扩大到青海全省',
     '新华日报·交汇点 2022-07-22, read in a mirror (f2djj.com/zh/2022/0722/32026.html)'),
    ('330000', '浙江省', '510000', '四川省', 2021, '新一轮浙川东西部新闻发布会在杭召开 … 浙江结对四川68个县开启新一轮东西部协作',
     '浙江在线 2021-05-31 (js.zjol.com.cn/ycxw_zxtf/202105/t20210531_22606114.shtml); 四川日报 2023-06-16 on sc.gov.cn (2021年6月，浙江省在原先结对四川省40个县的基础上，新增加28个县)'),
    ('350000', '福建省', '640000', '宁夏回族自治区', 2021, '2021年5月，福建和宁夏召开了闽宁协作第25次联席会议，签订合作项目49个，共同编制了《“十四五”闽宁协作规划》',
     'Xinhua report read in a mirror (m.hbcasj.com/zw/news/13000776/20220724/42900850_2.html); 福建日报 2021-05-31 (news.fznews.com.cn/dsxw/20210531/60b3c5df89fc1.shtml)'),
    ('370000', '山东省', '500000', '重庆市', 2021, '2021年起鲁渝两地从对口支援转向双向协作 … 聚力打造鲁渝协作“升级版”',
     '新华网重庆 2022-09-23 (big5.news.cn/gate/big5/cq.news.cn/2022-09/23/c_1129024951.htm)'),
]
# Guangdong: the Pearl River Delta cities' counterpart assistance to eastern, western and northern Guangdong (2013 adjustment).
CIT_GD_ASSIST = ('中共广东省委办公厅、广东省人民政府办公厅《关于调整珠三角地区与粤东西北地区对口帮扶关系的通知》 粤办发〔2013〕27号 (under '
                 '粤发〔2013〕9号; number read in 粤府办〔2016〕122号, luhe.gov.cn/luhe/zwgk/1500/1502/content/post_315873.html); pairs as stated in '
                 '中新社 2013-11-07 (www.chinanews.com/gn/2013/11-07/5477380.shtml)')
GD_ASSIST_SAYS = ('根据会议部署，广州市将对口帮扶梅州、清远市；深圳市对口帮扶河源、汕尾市；珠海对口帮扶阳江市；佛山市对口帮扶云浮市；东莞对口帮扶韶关市；'
                  '中山市对口帮扶潮州市')
GD_ASSIST = [('440100', '广州市', '441400', '梅州市'), ('440100', '广州市', '441800', '清远市'), ('440300', '深圳市', '441600', '河源市'),
             ('440300', '深圳市', '441500', '汕尾市'), ('440400', '珠海市', '441700', '阳江市'), ('440600', '佛山市', '445300', '云浮市'),
             ('441900', '东莞市', '440200', '韶关市'), ('442000', '中山市', '445100', '潮州市')]

# Counterpart support to the Tibetan areas of Qinghai (2010, after the 中央第五次西藏工作座谈会 and the 2010 中共中央、国务院
# 《关于加快四川云南甘肃青海省藏区经济社会发展的意见》): (helper, name, prefecture, start year or None, says, where, note)
CIT_QINGHAI = ('对口支援青海藏区 (2010: 中央第五次西藏工作座谈会; 中共中央、国务院《关于加快四川云南甘肃青海省藏区经济社会发展的意见》, 2010-01)')
QINGHAI = [
    ('110000', '北京市', '632700', 2010, '2010年1月，《中共中央、国务院关于加快四川云南甘肃青海省藏区经济社会发展的意见》出台，北京市成为青海省玉树藏族自治州的对口支援城市',
     '新京报 2020-04 (www.bjnews.com.cn/detail/158686793614359.html); 北京市发展和改革委员会, 对口支援·青海省玉树州 (fgw.beijing.gov.cn/fzggzl/zyhz/gzdt/yq)', None),
    ('310000', '上海市', '632600', 2010, '上海对口支援青海果洛藏族自治州的接力棒已传递十五载 … 2010年的果洛 … 首批七名上海援青干部肩负使命抵达这里',
     '中新网 2025-09-25, read in a mirror (blog.meiducn.com/p?id=1970285)', None),
    ('120000', '天津市', '632300', 2010, '天津市委市政府认真贯彻落实中央第五次西藏工作座谈会精神，全力推动对口支援我省黄南藏族自治州工作',
     'www.smeqh.com/Html/news/qhnew/55658764473.html (a 2011 report); Xinhua 2018-06-29 (天津对口支援黄南州座谈会, read at ayczsq.com/ayxw/16259.html)',
     'Start year: the 2010 decision the report names (中央第五次西藏工作座谈会).'),
    ('320000', '江苏省', '632500', 2010, '根据中央部署安排，江苏自2010年起对口支援青海省海南州',
     '新华日报·交汇点 2022-07-22, read in a mirror (f2djj.com/zh/2022/0722/32026.html)', None),
    ('330000', '浙江省', '632800', None, '今年是浙江省对口援助青海省海西蒙古族藏族自治州的第十五年',
     'report of 2025-02 read at www.impta.org/t/单国栋.html (a secondary web text)', 'No start year: "the fifteenth year" in 2025 does not fix it.'),
    ('370000', '山东省', '632200', 2010, '2010年召开的中央第五次西藏工作座谈会，作出了对口支援青海藏区的决策部署 … 确定山东省对口支援海北藏族自治州',
     '齐鲁周刊 2017 no. 35《援青家国志》, read in a mirror (m.handmsg.com/page/2017/0909/2240660.shtml)', None),
]

# Branch and co-built parks whose ends are zones (or a zone and a city): (id, source, target, start year or None, arrangement,
# description, what the source says, where it was read, programme, citation head)
CIT_ZGC = '中关村 (Zhongguancun) parks built with other cities under the Jing-Jin-Ji coordinated development strategy (2015 outline)'
CIT_SIP = '苏州工业园区 (China–Singapore Suzhou Industrial Park) and its developer 中新集团: parks co-built outside Suzhou'
PARK_LINKS = [
    ('l-zgc-binhai-zhongguancun', 'htz-zhongguancun', 'coop-binhai-zhongguancun', 2016, 'co-built-park',
     '天津滨海—中关村科技园, co-built by the Zhongguancun administration and Binhai New Area (agreements of 2016-09-28, opened 2016-11-22)',
     '2016年9月28日，两市政府在北京签署《加快建设天津滨海—中关村科技园合作协议》，随后由中关村科技园区管理委员会与天津市滨海新区人民政府共同签署《共建协议》。同年11月22日，园区正式挂牌',
     '中评社 2025-08-30 (hk.crntt.com/doc/1601/6/0/0/160160005.html); 经济日报 2019-04-11 (tech.jiangsulong.com/a/2019/0411/216437.html)',
     'zhongguancun-branch-parks', CIT_ZGC),
    ('l-zgc-baoding-zhongguancun', 'htz-zhongguancun', 'coop-baoding-zhongguancun', 2015, 'branch-park',
     '保定·中关村创新中心 (opened 2015-04-28), Zhongguancun\'s first innovation centre outside Beijing, in the Baoding HTZ',
     '中关村与河北省保定市携手共建科技创新中心。今天保定·中关村创新中心在保定正式揭牌 (2015-04-28)',
     '中新网 2015-04-28 (www.chinanews.com.cn/cj/2015/04-28/7240178.shtml); Xinhua 2020-04-29 (zhb.hebei.com.cn/system/2020/04/29/100294414.shtml)',
     'zhongguancun-branch-parks', CIT_ZGC),
    ('l-zgc-qinhuangdao-haidian', 'htz-zhongguancun', 'etdz-qinhuangdao', 2014, 'branch-park',
     '中关村海淀园秦皇岛分园 (2014-05-12), in the Qinhuangdao ETDZ',
     '2014年5月12日，中关村海淀园秦皇岛分园在秦皇岛经济技术开发区揭牌成立 … 中关村科技园区海淀园管委会与秦皇岛经济技术开发区管委会签定合作协议',
     'encyclopaedia entry 中关村海淀园秦皇岛分园, read in a mirror (weilinceramic.com/weilinceramic/中关村海淀园秦皇岛分园/15279476)',
     'zhongguancun-branch-parks', CIT_ZGC),
    ('l-zgc-130600-zhuozhou', 'htz-zhongguancun', '130600', 2017, 'co-built-park',
     '涿州中关村科技产业园 (agreement of 2017-03-23 between Baoding, Zhuozhou, 中关村协同发展投资有限公司 and Vanke), in 涿州 (a county-level city of Baoding)',
     '3月23日，河北省保定市、涿州市与中关村协同发展投资有限公司、北京万科企业有限公司签署合作协议，四方约定共建涿州中关村科技产业园',
     'report of 2017 read in a mirror (www.victorzhang.cn/page/2017/0504/1685727.shtml)',
     'zhongguancun-branch-parks', CIT_ZGC),
    ('l-sip-341100-suchu', 'etdz-suzhou-industrial-park', '341100', 2011, 'co-built-park',
     '苏滁现代产业园 (signed 2011-12-27, built from 2012-04; 中新苏滁高新技术产业开发区 since 2019-02), co-built by 中新集团 and Chuzhou',
     '12月27日，滁州市与中新集团合作共建苏滁现代产业园在合肥正式签约 … 苏滁现代产业园是苏州工业园跨省发展的“一号项目”',
     'anhui.3158.cn/info/20111228/n8599000006823.html (2011-12-28); 解放日报·上观 2020-05-30 reprinted at www.029.ac.cn (2012年4月，苏滁现代产业园开工建设 … 苏州工业园区走出江苏省实行市场化合作共建的第一个开发园区)',
     'suzhou-industrial-park-co-built-parks', CIT_SIP),
    ('l-sip-330400-jiashan', 'etdz-suzhou-industrial-park', '330400', 2018, 'co-built-park',
     '中新嘉善现代产业园 (signed 2018-12-30), co-built by 中新集团 and Jiashan county (Jiaxing)',
     '12月30日，嘉善县与中新苏州工业园区开发集团签约 … 在嘉善打造一个全新的“万亩千亿”产业平台——中新嘉善现代产业园',
     'uniwire.cn/html/2019/keji_0103/135391.html (2019-01-03); 嘉善 government page of 2020-10-22 read in a mirror (www.waqvlmxb.cn/art/2020/10/22/art_1229245364_59018437.html)',
     'suzhou-industrial-park-co-built-parks', CIT_SIP),
]

# Co-built (enclave) parks with both endpoints named in a report: (builder, host, start year, park, says, where, programme).
CO_BUILT = [
    ('320500', '321300', 2006, '苏州宿迁工业园区 and 5 more Suzhou–Suqian parks (昆山沭阳, 吴江泗阳, 常熟泗洪, 张家港宿豫, 吴中宿城)',
     '自2006年苏州宿迁两市南北挂钩合作进入以共建园区为主要载体的新阶段以来 … 苏宿工业园、昆山沭阳工业园、吴江泗阳工业园、常熟泗洪工业园、张家港宿豫工业园、吴中宿城工业园6个南北共建园区',
     '速新闻 via ourjiangsu.com/a/20170613/1497335276868.shtml (2017-06-13); 苏州宿迁工业园区 2006, 江苏省唯一由两个地级市合作共建的工业园区 (handmsg.com reprint, 2021)',
     'jiangsu-south-north-co-built-parks'),
    ('320200', '320300', None, '无锡徐州工业园区', '45家共建工业园区中 … 苏州宿迁工业园区、无锡徐州工业园区、宁淮智能制造产业园、常州盐城工业园区4家成为省级创新试点园区',
     '现代快报 xdkb.net/rd/231258 (2021-11, citing 新华日报 2021-11-15)', 'jiangsu-south-north-co-built-parks'),
    ('320100', '320800', None, '宁淮智能制造产业园', '宁淮智能制造产业园 (Nanjing–Huai\'an), one of the 4 provincial innovation pilot co-built parks',
     '现代快报 xdkb.net/rd/231258 (2021-11, citing 新华日报 2021-11-15)', 'jiangsu-south-north-co-built-parks'),
    ('320400', '320900', None, '常州盐城工业园区', '常州盐城工业园区, one of the 4 provincial innovation pilot co-built parks',
     '现代快报 xdkb.net/rd/231258 (2021-11, citing 新华日报 2021-11-15)', 'jiangsu-south-north-co-built-parks'),
    ('440100', '441400', 2013, '广州（梅州）产业转移工业园', '广梅产业园成立于2013年,是广州市全面对口帮扶梅州市的重要项目 … 梅州承接广州产业转移的主要园区',
     'bkwk.cn/article/jmmztxzzcszjgyydmmyjy.html (a secondary web text)', 'guangdong-industrial-transfer-parks'),
    ('440300', '441500', 2008, '深圳（汕尾）产业转移工业园 (2008), from 2011 the 深汕特别合作区 (coop-shenzhen-shanwei) in 海丰县',
     '2008年12月10日，由汕尾市政府和深圳市政府合作共建的深圳（汕尾）产业转移工业园动工建设 … 2011年2月11日，广东省委、省政府批复《深汕（尾）特别合作区基本框架方案》，'
     '批准成立深汕特别合作区 … 2017年 … 形成深圳全面主导、汕尾积极配合的合作格局',
     'zh.wikipedia 深汕特别合作区 (CC BY-SA; snapshot chinapedia/wikipedia.zh.mediawiki, 深/深汕特别合作区.md), citing 南方网 2008-12-18 and 2011-12-13 '
     'and the 2017 调整方案 (深圳市财政委员会); the 2011 framework plan is 广东省委、省政府批复《深汕（尾）特别合作区基本框架方案》 (2011-02-11)',
     'guangdong-industrial-transfer-parks'),
    ('440300', '441600', None, '深圳河源 产业转移工业园 (“一区六园”, 7 parks)', '目前，深河两地在河源建成了“一区六园”产业转移工业园，约70%的入园企业均来自深圳',
     '央广网 2017-03-31 (深圳-河源产业共建推介会), read in a mirror (hainiu11.com/newscenter/native/city/20170331/t20170331_523687647.shtml)',
     'guangdong-industrial-transfer-parks'),
    ('320200', '321200', 2003, '江阴—靖江工业园区 (江阴, a county-level city of Wuxi, builds in 靖江, of Taizhou)',
     '江苏江阴—靖江工业园区高质量跨江融合发展大会在靖江举行 … 共同回首“砥砺奋进二十载”的光辉历程 (2023-12; 携手二十载)',
     '新华日报·交汇点 2023-12 (www.xhby.net/content/s658e8884e4b0057884fc263b.html)', 'jiangsu-cross-river-co-built-parks'),
    ('320500', '320600', None, '苏通科技产业园 (from 2020 part of the 苏锡通科技产业园区)',
     '苏锡通科技产业园区 … 由苏通科技产业园区、锡通科技产业园一体化融合而成 … 是南通、苏州、无锡三市跨江联动、推动区域协同发展的示范园区',
     '科技日报 2023-05-19, read in a mirror (www.xingdayinshua.com/index/kejixinwen/202305/e0f33d7d55594605aa2bc5866ebba997.shtml)',
     'jiangsu-cross-river-co-built-parks'),
    ('320200', '320600', None, '锡通科技产业园 (from 2020 part of the 苏锡通科技产业园区)',
     '苏锡通科技产业园区 … 由苏通科技产业园区、锡通科技产业园一体化融合而成 … 是南通、苏州、无锡三市跨江联动、推动区域协同发展的示范园区',
     '科技日报 2023-05-19, read in a mirror (www.xingdayinshua.com/index/kejixinwen/202305/e0f33d7d55594605aa2bc5866ebba997.shtml)',
     'jiangsu-cross-river-co-built-parks'),
]
CIT_JS_COBUILT = '江苏省 南北共建园区 (南北挂钩合作; 45 co-built parks assessed by the 省苏北发展协调小组)'
CIT_GD_TRANSFER = '广东省 产业转移工业园 (双转移 strategy; Guangzhou\'s counterpart assistance to Meizhou)'
CIT_JS_CROSS_RIVER = '江苏省 跨江联动开发 (parks built by cities south of the Yangtze in Nantong and Taizhou)'
CIT_COBUILT = {'jiangsu-south-north-co-built-parks': CIT_JS_COBUILT, 'guangdong-industrial-transfer-parks': CIT_GD_TRANSFER,
               'jiangsu-cross-river-co-built-parks': CIT_JS_CROSS_RIVER}


def endpoint(code):
    """The node a document's place code names: a city node, a municipality's city node, or a province node."""
    if code.endswith('0000') and code not in MUNICIPALITIES and code[:2] not in ('81', '82'):
        return code  # province node
    return code


def programme_linkages(ref):
    L, audit = [], []

    def add(rec, says):
        L.append(rec)
        audit.append((rec['id'], rec['citation'], says, 'stated', 'kept'))

    for r in read_csv(ref, 'northeast_east_counterpart_cooperation_2017.csv'):
        s, t = endpoint(r['northeast_code']), endpoint(r['east_code'])
        add(OrderedDict([('id', f'l-ne-east-{s}-{t}'), ('source', s), ('target', t), ('mode', 'cross-regional'),
                         ('startYear', 2017), ('mechanism', 'cooperation'), ('arrangement', 'agreement'),
                         ('description', f'{r["northeast_name"]}—{r["east_name"]} 对口合作 ({r["level"]} pair)'),
                         ('programme', 'northeast-east-counterpart-cooperation'), ('citation', CIT_NE_EAST)]),
            f'国办发〔2017〕22号 pairs {r["northeast_name"]} with {r["east_name"]} (read in: {r["read_from"]})')
    for r in read_csv(ref, 'east_west_pairing_partial.csv'):
        s, t = endpoint(r['helper_code']), endpoint(r['helped_code'])
        if r['period'] == '2001-2010':
            cit, start, end, tag = CIT_EW_2001, 2001, 2010, '2001'
        elif r['period'].startswith('2010-06'):
            cit, start, end, tag = CIT_EW_2010, 2010, None, '2010'
        else:
            cit, start, end, tag = CIT_EW_2016, 2016, None, '2016'
        rec = OrderedDict([('id', f'l-east-west-{tag}-{s}-{t}'), ('source', s), ('target', t), ('mode', 'cross-regional'),
                           ('directed', True), ('startYear', start)])
        if end:
            rec['endYear'] = end
        says = f'{r["helper_name"]} 帮扶 {r["helped_name"]} ({r["period"]}; read in: {r["source"][:160]})'
        ended = EW_2016_END.get((s, t)) if tag == '2016' else None
        if ended:
            rec['endYear'] = ended[0]
            says += f'; end: {ended[1]} ({ended[2]})'
        rec.update([('mechanism', 'cooperation'), ('description', f'{r["helper_name"]} 帮扶 {r["helped_name"]} (东西部扶贫协作, {r["period"]})'),
                    ('programme', 'east-west-pairing'), ('citation', cit + (f'; its end ({ended[0]}) as reported in {ended[2]}' if ended else ''))])
        add(rec, says)
    for helper, hname, helped, dname, start, end, says, where in EW_EXTRA:
        rec = OrderedDict([('id', f'l-east-west-2016-{helper}-{helped}'), ('source', helper), ('target', helped), ('mode', 'cross-regional'),
                           ('directed', True)])
        if start:
            rec['startYear'] = start
        if end:
            rec['endYear'] = end
        rec.update([('mechanism', 'cooperation'), ('description', f'{hname} 帮扶 {dname} (东西部扶贫协作)'), ('programme', 'east-west-pairing'),
                    ('citation', CIT_EW_2016 + '; pair as stated in ' + where)])
        add(rec, says)
    for helper, hname, helped, dname, start, says, where in EW_2021:
        add(OrderedDict([('id', f'l-east-west-2021-{helper}-{helped}'), ('source', helper), ('target', helped), ('mode', 'cross-regional'),
                         ('directed', True), ('startYear', start), ('mechanism', 'cooperation'),
                         ('description', f'{hname} 帮扶 {dname} (东西部协作, 2021 round)'), ('programme', 'east-west-pairing'),
                         ('citation', CIT_EW_2021 + '; pair as stated in ' + where)]), says)
    for builder, host, start, park, says, where, programme in CO_BUILT:
        rec = OrderedDict([('id', f'l-cobuilt-{builder}-{host}'), ('source', builder), ('target', host), ('mode', 'cross-regional'),
                           ('directed', True)])
        if start:
            rec['startYear'] = start
        rec.update([('mechanism', 'cooperation'), ('arrangement', 'co-built-park'), ('enclave', True),
                    ('description', f'{park}: built by {builder} in {host}'), ('programme', programme),
                    ('citation', CIT_COBUILT[programme] + '; pair as stated in ' + where)])
        add(rec, says)
    for helper, hname, helped, dname in GD_ASSIST:
        add(OrderedDict([('id', f'l-gd-assist-{helper}-{helped}'), ('source', helper), ('target', helped), ('mode', 'cross-regional'),
                         ('directed', True), ('startYear', 2013), ('mechanism', 'cooperation'),
                         ('description', f'{hname} 对口帮扶 {dname} (珠三角对口帮扶粤东西北, adjusted 2013-11)'),
                         ('programme', 'guangdong-counterpart-assistance'), ('citation', CIT_GD_ASSIST)]),
            GD_ASSIST_SAYS + f' ({hname}→{dname})')
    for lid, src, tgt, start, arrangement, desc, says, where, programme, head in PARK_LINKS:
        rec = OrderedDict([('id', lid), ('source', src), ('target', tgt), ('mode', 'cross-regional'), ('directed', True)])
        if start:
            rec['startYear'] = start
        rec.update([('mechanism', 'cooperation'), ('arrangement', arrangement), ('enclave', True), ('description', desc),
                    ('programme', programme), ('citation', head + '; park as stated in ' + where)])
        add(rec, says)
    for helper, name, prefecture, counties in XJ_2010:
        s = endpoint(helper)
        also = XJ_CORROBORATION.get((helper, prefecture))
        add(OrderedDict([('id', f'l-xinjiang-{s}-{prefecture}'), ('source', s), ('target', prefecture), ('mode', 'cross-regional'),
                         ('directed', True), ('startYear', 2010), ('mechanism', 'cooperation'),
                         ('description', f'{name} 对口支援 {counties}'), ('programme', 'xinjiang-counterpart-support'),
                         ('citation', CIT_XJ + (f'; pair also stated in {also[1]}' if also else ''))]),
            f'{name} 对口支援 {counties} (the list names counties; the linkage ends at their prefecture node)'
            + (f'; also: {also[0]} ({also[1]})' if also else ''))
    for helper, name, target, tname, says, where in XJ_EXTRA:
        s = endpoint(helper)
        add(OrderedDict([('id', f'l-xinjiang-{s}-{target}'), ('source', s), ('target', target), ('mode', 'cross-regional'),
                         ('directed', True), ('startYear', 2010), ('mechanism', 'cooperation'),
                         ('description', f'{name} 对口支援 {tname} (not in the forum list)'), ('programme', 'xinjiang-counterpart-support'),
                         ('citation', '新一轮对口援疆 (2010, 全国对口支援新疆工作会议); pair as stated in ' + where)]), says)
    for helper, name, prefecture, year, says, where, note in TIBET:
        s = endpoint(helper)
        rec = OrderedDict([('id', f'l-tibet-{s}-{prefecture}'), ('source', s), ('target', prefecture), ('mode', 'cross-regional'),
                           ('directed', True)])
        if year:
            rec['startYear'] = year
        rec.update([('mechanism', 'cooperation'), ('description', f'{name} 对口援藏' + (f'. {note}' if note else '')),
                    ('programme', 'tibet-counterpart-support'), ('citation', CIT_TIBET + '; pair as stated in ' + where)])
        add(rec, says + (f' [note: {note}]' if note else ''))
    for helper, name, prefecture, year, says, where, note in QINGHAI:
        s = endpoint(helper)
        rec = OrderedDict([('id', f'l-qinghai-{s}-{prefecture}'), ('source', s), ('target', prefecture), ('mode', 'cross-regional'),
                           ('directed', True)])
        if year:
            rec['startYear'] = year
        rec.update([('mechanism', 'cooperation'), ('description', f'{name} 对口支援 (青海藏区)' + (f'. {note}' if note else '')),
                    ('programme', 'qinghai-tibetan-areas-counterpart-support'), ('citation', CIT_QINGHAI + '; pair as stated in ' + where)])
        add(rec, says + (f' [note: {note}]' if note else ''))
    return L, audit


def province_nodes(ref, linkages):
    """Province nodes for every province-level unit a linkage names (municipalities are city nodes)."""
    used = {e for l in linkages for e in (l['source'], l['target']) if e.endswith('0000') and e not in MUNICIPALITIES and e[:2] not in ('81', '82')}
    out = []
    for r in read_csv(ref, 'china_provinces_regions.csv'):
        if r['code'] not in used:
            continue
        rec = OrderedDict([('kind', 'province'), ('id', r['code']), ('name', OrderedDict([('zh', r['name'])]))])
        rec['province'] = PROVINCE_ID[r['code'][:2]]
        rec['region'] = REGION_ID[r['region4']]
        if r['lon_wgs84']:
            rec['coordinates'] = OrderedDict([('lon', float(r['lon_wgs84'])), ('lat', float(r['lat_wgs84'])), ('precision', 'approximate')])
        rec['citation'] = 'codes and names: areacodes 2024 (CC0); centre: cpca/adcode, GCJ-02→WGS84 (a label point, not a centroid)'
        rec['note'] = 'Province-level endpoint of documented programme linkages (the document names the whole province).'
        out.append(rec)
    assert {r['id'] for r in out} == used, used - {r['id'] for r in out}
    return out


# --------------------------------------------------------------------------
# High-speed rail key-stop adjacency → accessibility
# --------------------------------------------------------------------------
CIT_HSR = ('thaddywu/RailwayVIS json/network.json (commit 68e6980, Apache-2.0), lines opened up to 2020-09: consecutive key stops of one '
           'high-speed or fast line, mapped to cities')


def hsr_accessibility(ref, node_ids):
    out, skipped = [], []
    for r in read_csv(ref, 'hsr_key_stop_city_pairs_railwayvis.csv'):
        a, b = r['city_a'], r['city_b']
        if a not in node_ids or b not in node_ids:
            skipped.append((a, b))
            continue
        years = [int(d.split('.')[0]) for d in r['opened_dates'].split('|') if d.strip()]
        mode = 'high-speed-rail' if '高速铁路' in r['service_types'] else 'rail'
        rec = OrderedDict([('id', f'a-hsr-{a}-{b}'), ('origin', a), ('destination', b), ('mode', mode),
                           ('lines', r['lines'].split('|'))])
        if years and min(years) >= 1949:
            rec['year'] = min(years)  # the earliest opening among the pair's lines (omitted when a line predates 1949)
        rec['citation'] = CIT_HSR
        rec['note'] = ('Key stops only: the pair may skip intermediate cities; speeds ' + r['design_speeds'] +
                       ' km/h; services ' + r['service_types'] + '; opened ' + r['opened_dates'])
        out.append(rec)
    return out, skipped


# --------------------------------------------------------------------------
# Census population (2010 and 2020) as city indicators
# --------------------------------------------------------------------------
CIT_CENSUS = ('leiii/census data/census/census_city_2010-2020_v1.csv (commit 0ba0f1e, MIT, Copyright 2022 Lei Dong); cite Dong, Du & Liu, '
              '"Mapping Evolving Population Geography in China", SSRN 4049338')
# 国家统计局《第七次全国人口普查公报（第三号）——地区人口情况》 (2021-05-11): resident population by province, 2020-11-01.
OFFICIAL_2020_PROVINCE_TOTALS = {
    '11': 21893095, '12': 13866009, '13': 74610235, '14': 34915616, '15': 24049155, '21': 42591407, '22': 24073453,
    '23': 31850088, '31': 24870895, '32': 84748016, '33': 64567588, '34': 61027171, '35': 41540086, '36': 45188635,
    '37': 101527453, '41': 99365519, '42': 57752557, '43': 66444864, '44': 126012510, '45': 50126804, '46': 10081232,
    '50': 32054159, '51': 83674866, '52': 38562148, '53': 47209277, '54': 3648100, '61': 39528999, '62': 25019831,
    '63': 5923957, '64': 7202654, '65': 25852345,
}
# Same bulletin: 1,411,778,724 for the 31 provinces plus 2,000,000 active military personnel (现役军人).
OFFICIAL_2020_NATIONAL_TOTAL = 1411778724 - 2000000
KNOWN_SHORTFALLS = {'13': 'Hebei', '65': 'Xinjiang', '61': 'Shaanxi', '46': 'Hainan', '22': 'Jilin'}


def census_indicators(ref, cities):
    assert sum(OFFICIAL_2020_PROVINCE_TOTALS.values()) == OFFICIAL_2020_NATIONAL_TOTAL
    rows = read_csv(ref, 'census_population_2010_2020_prefecture.csv')
    by_city = {c['id']: c for c in cities}
    done, missing2020 = set(), []
    sums = {}
    outside = []  # source units that are not city nodes (county-level units without national zones)
    for r in rows:
        cid = r['zonelink_city_id']
        # Province sums are over every unit of the source table, city node or not.
        if r['popu_2020'] and cid[:2] in OFFICIAL_2020_PROVINCE_TOTALS:
            sums[cid[:2]] = sums.get(cid[:2], 0) + int(float(r['popu_2020']))
        if cid not in by_city:
            outside.append(r['city'])
            continue
        assert cid not in done, cid
        done.add(cid)
        ind = OrderedDict()
        for year in ('2010', '2020'):
            pop = r[f'popu_{year}']
            if not pop:
                if year == '2020':
                    missing2020.append(cid)
                continue
            vals = OrderedDict([('population', int(float(pop)))])
            urban = r[f'popu_urban_{year}']
            if urban:
                vals['urbanPopulation'] = int(float(urban))
                vals['urbanShare'] = round(int(float(urban)) / int(float(pop)), 6)
            ind[year] = vals
        if ind:
            by_city[cid]['indicators'] = ind
            by_city[cid]['citation'] = by_city[cid]['citation'] + '; indicators (population, urbanPopulation, urbanShare): ' + CIT_CENSUS
    shortfalls = {}
    for p, official in OFFICIAL_2020_PROVINCE_TOTALS.items():
        got = sums.get(p, 0)
        if got != official:
            shortfalls[p] = got - official
    assert set(shortfalls) == set(KNOWN_SHORTFALLS), shortfalls
    no_census = sorted(c['id'] for c in cities if 'indicators' not in c)
    return {'shortfalls': shortfalls, 'missing2020': sorted(missing2020), 'noCensus': no_census,
            'cities': sum(1 for c in cities if 'indicators' in c), 'outside': outside}


def write_audit(rows, path):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['id', 'source', 'source_says', 'verdict', 'action'])
        for r in rows:
            w.writerow([cite_source_papers(c) if isinstance(c, str) else c for c in r])

# The audit table names the papers by their numbers in the audit's working files
# (e.g. "seed 000"); the published table names them by title (docs/references.md).
SOURCE_PAPER_TITLES = {'seed 000': SEED_000, 'seed 002': SEED_002, 'seed 004': SEED_004}

def cite_source_papers(text):
    for number, title in SOURCE_PAPER_TITLES.items():
        text = text.replace(number, title)
    return text

def dump_records(path, records):
    lines = [json.dumps(r, ensure_ascii=False, separators=(', ', ': ')) for r in records]
    with open(path, 'w', encoding='utf-8') as f:
        f.write('[\n  ' + ',\n  '.join(lines) + '\n]\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ref', default=os.path.join(ROOT, '..', 'shared', 'reference-data'))
    args = ap.parse_args()
    ref = os.path.abspath(args.ref)
    if not os.path.isdir(ref):
        sys.exit(f'reference data not found at {ref}')
    cities, slugs = build_cities(ref)
    zones = build_zones(ref, slugs)
    apply_corrections(zones)
    kept, audit_rows, contain, access = audit_cases(ref, case_linkages())
    prog, prog_audit = programme_linkages(ref)
    linkages = kept + prog
    audit_rows += prog_audit
    zone_by_id = {z['id']: z for z in zones}
    for z in zones:
        if 'parent' in z:
            z['partOf'] = [z['parent']]
    for zid, container in contain:
        zone_by_id[zid].setdefault('partOf', []).append(container)
    provinces = province_nodes(ref, linkages)
    census = census_indicators(ref, cities)
    node_ids = {n['id'] for n in cities + zones + provinces}
    hsr, hsr_skipped = hsr_accessibility(ref, node_ids)
    accessibility = access + hsr
    for a in accessibility:
        assert a['origin'] in node_ids and a['destination'] in node_ids, a
    assert len({a['id'] for a in accessibility}) == len(accessibility)
    ids = [n['id'] for n in cities + zones + provinces]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, dup
    idset = set(ids)
    for l in linkages:
        assert l['source'] in idset and l['target'] in idset, l
    assert len({l['id'] for l in linkages}) == len(linkages)
    for z in zones:
        for h in z['hostCities']:
            assert h in CITY_INDEX, (z['id'], h)
        if 'parent' in z:
            assert z['parent'] in idset
    stats = {'census': census, 'hsr': len(hsr), 'hsrSkipped': hsr_skipped, 'access': len(access), 'provinces': len(provinces),
             'audit': audit_rows}
    metadata = build_metadata(cities, zones, linkages, stats)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'metadata.json'), 'w', encoding='utf-8') as f:
        json.dump(metadata, f, ensure_ascii=False, indent=2)
        f.write('\n')
    dump_records(os.path.join(OUT, 'cities.json'), cities)
    dump_records(os.path.join(OUT, 'zones.json'), zones)
    dump_records(os.path.join(OUT, 'linkages.json'), linkages)
    dump_records(os.path.join(OUT, 'provinces.json'), provinces)
    dump_records(os.path.join(OUT, 'accessibility.json'), accessibility)
    write_audit(audit_rows, os.path.join(OUT, 'linkage-audit.csv'))
    print(f'{len(cities)} cities, {len(provinces)} provinces, {len(zones)} zones, {len(linkages)} linkages, '
          f'{len(accessibility)} accessibility pairs → {OUT}')



# New-area approval dates: the zh.wikipedia dates are partly publication dates. Corrected where the State Council
# approval date was established (issue 12, from the approvals themselves); the others are kept and flagged.
NNA_DATE_FIX = {'nna-jiangbei': '2015-06-27', 'nna-fuzhou': '2015-08-30', 'nna-harbin': '2015-12-16'}
NNA_DATE_UNVERIFIED = ['nna-changchun', 'nna-dianzhong', 'nna-xixian', 'nna-guian']
CIT_SEZ_XJ = ('《国务院关于支持喀什、霍尔果斯经济开发区建设的若干意见》 国发〔2011〕33号 (published on gov.cn 2011-10-08; cited by '
              'zh.wikipedia 经济特区)')


def apply_corrections(zones):
    by_id = {z['id']: z for z in zones}
    for zid, date in NNA_DATE_FIX.items():
        z = by_id[zid]
        z['approved'] = date
        z['citation'] = z['citation'] + '; approval date: the State Council approval (国函) date, not the gov.cn publication date'
    for zid in NNA_DATE_UNVERIFIED:
        z = by_id[zid]
        z['note'] = ((z.get('note') + ' ') if z.get('note') else '') + (
            'The approval date is the zh.wikipedia date, which may be the gov.cn publication date of the 国函; '
            'the 国函 itself was not found in any source read.')
    for zid in ('sez-kashgar', 'sez-horgos'):
        z = by_id[zid]
        z['approved'] = '2011'
        z['citation'] = CIT_SEZ_XJ
        z['note'] = ('Established by 国发〔2011〕33号 (2011; the zh.wikipedia page gives no day); decided at the 2010-05 Central Xinjiang '
                     'Work Conference. SEZ-like policies, not an SEZ under the Legislation Law; counted among the 7 SEZs by 《区域发展重大战略功能平台的联动发展研究》.')
    z = by_id['etdz-kuitun-dushanzi']
    if '650200' not in z['hostCities']:
        z['hostCities'].append('650200')
        z['note'] = ((z.get('note') + ' ') if z.get('note') else '') + 'Hosted by Ili (Kuitun) and Karamay (Dushanzi District).'


if __name__ == '__main__':
    main()
