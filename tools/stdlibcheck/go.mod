module goji/tools/stdlibcheck

go 1.19
