/**
 * The works the study cites beside its numbers (authors, year, venue), keyed by
 * the short name used in method strings.
 */
export const STUDY_REFERENCES = {
  census: 'Dong, L., Du, R. & Liu, Y. (2022). Mapping evolving population geography in China. SSRN 4049338 (census 2010/2020 city table)',
  gravity: '李敬, 陈澍, 万广华, 付陈梅 (2014). 中国区域经济增长的空间关联及其解释——基于网络分析方法. 经济研究 2014(11), 4–16',
  krackhardt: 'Krackhardt, D. (1994). Graph theoretical dimensions of informal organizations. In Computational Organization Theory, 89–111. Lawrence Erlbaum',
  concor: 'Breiger, R. L., Boorman, S. A. & Arabie, P. (1975). Journal of Mathematical Psychology 12(3), 328–383',
  burt: 'Burt, R. S. (1976). Positions in networks. Social Forces 55(1), 93–122',
  newman: 'Newman, M. E. J. (2002). Assortative mixing in networks. Physical Review Letters 89, 208701',
  gini: 'Gini, C. (1912). Variabilità e mutabilità. Studi Economico-Giuridici dell’Università di Cagliari 3(2)',
  roles: 'Wasserman, S. & Faust, K. (1994). Social Network Analysis, §10.6. Cambridge University Press',
  leiden: 'Traag, V. A., Waltman, L. & van Eck, N. J. (2019). From Louvain to Leiden. Scientific Reports 9, 5233',
  qap: 'Krackhardt, D. (1987). QAP partialling as a test of spuriousness. Social Networks 9(2), 171–186',
  mrqap: 'Dekker, D., Krackhardt, D. & Snijders, T. A. B. (2007). Psychometrika 72(4), 563–581',
  theil: 'Shorrocks, A. F. (1980). The class of additively decomposable inequality measures. Econometrica 48(3), 613–625',
  estebanRay: 'Esteban, J.-M. & Ray, D. (1994). On the measurement of polarization. Econometrica 62(4), 819–851',
  der: 'Duclos, J.-Y., Esteban, J. & Ray, D. (2004). Polarization: concepts, measurement, estimation. Econometrica 72(6), 1737–1772',
  moran: 'Cliff, A. D. & Ord, J. K. (1981). Spatial Processes. Pion',
  lisa: 'Anselin, L. (1995). Local indicators of spatial association—LISA. Geographical Analysis 27(2), 93–115',
  markov: 'Rey, S. J. (2001). Spatial empirics for economic growth and convergence. Geographical Analysis 33(3), 195–214',
  nmi: 'Danon, L., Díaz-Guilera, A., Duch, J. & Arenas, A. (2005). Comparing community structure identification. J. Stat. Mech. P09008',
  pagerank: 'Brin, S. & Page, L. (1998). Computer Networks and ISDN Systems 30, 107–117',
  betweenness: 'Freeman, L. C. (1977). Sociometry 40(1), 35–41',
} as const;
