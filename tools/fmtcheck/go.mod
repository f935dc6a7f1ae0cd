module goji/tools/fmtcheck

go 1.19
