# Peer of bench/moran.bench.ts: times R spdep on the same inputs.
# Usage: Rscript bench/moran_spdep.R <dir>   (reads <dir>/moran-input.json, writes <dir>/moran-spdep.json)
suppressPackageStartupMessages({ library(spdep); library(jsonlite) })
dir <- commandArgs(trailingOnly = TRUE)[1]
input <- fromJSON(file.path(dir, "moran-input.json"), simplifyVector = TRUE)
runs <- input$runs
coords <- cbind(input$lon, input$lat)
x <- input$values
time_of <- function(f) {
  f() # warm-up
  median(sapply(seq_len(runs), function(r) { t0 <- proc.time()[["elapsed"]]; f(); 1000 * (proc.time()[["elapsed"]] - t0) }))
}
nb <- knn2nb(knearneigh(coords, k = input$k, longlat = TRUE))
lw <- nb2listw(nb, style = "W")
set.seed(1)
out <- list(
  tools = list(R = R.version.string, spdep = as.character(packageVersion("spdep"))),
  weights = time_of(function() nb2listw(knn2nb(knearneigh(coords, k = input$k, longlat = TRUE)), style = "W")),
  moranTest = time_of(function() moran.test(x, lw)),
  moranMc = time_of(function() moran.mc(x, lw, nsim = input$permutations)),
  localmoran = time_of(function() localmoran(x, lw)),
  I = unname(moran.test(x, lw)$estimate[1])
)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), file.path(dir, "moran-spdep.json"))
